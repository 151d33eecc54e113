// The press-release extractor on a blind set of texts written without seeing its rules
// (issue 14): per-text and total recall and precision for partners, people, dates, sectors,
// export categories, agreements and events, every miss, and every partner the extractor
// proposes that the text does not name. The comparison is the one the suite uses (compare.ts).
// Run: pnpm exec tsx tests/press-import/measure-held-out.ts held-out   (or held-out-2 … held-out-7)
// or with the path of a module outside the repository whose export is such a set (real releases,
// which are measured but not copied into the repository): … measure-held-out.ts /path/index.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ReleaseFixture } from "./fixture-types.ts";
import { extractDraft } from "@atlas/server/services/press-import/extract";
import { add, compare, importGazetteer, pct, score, type Score } from "./compare.ts";
import { heldOut as firstSet } from "./held-out/index.ts";
import { heldOut2 as secondSet } from "./held-out-2/index.ts";
import { heldOut3 as thirdSet } from "./held-out-3/index.ts";
import { heldOut4 as fourthSet } from "./held-out-4/index.ts";
import { heldOut5 as fifthSet } from "./held-out-5/index.ts";
import { heldOut6 as sixthSet } from "./held-out-6/index.ts";
import { heldOut7 as seventhSet } from "./held-out-7/index.ts";

const sets = {
  "held-out": firstSet,
  "held-out-2": secondSet,
  "held-out-3": thirdSet,
  "held-out-4": fourthSet,
  "held-out-5": fifthSet,
  "held-out-6": sixthSet,
  "held-out-7": seventhSet,
} as const;
const name = process.argv[2] ?? "held-out";
/** A set named here, or the first array a module at that path exports. */
async function loadSet(): Promise<ReleaseFixture[] | undefined> {
  if (name in sets) return sets[name as keyof typeof sets];
  if (!name.endsWith(".ts")) return undefined;
  const module = (await import(pathToFileURL(path.resolve(name)).href)) as Record<string, unknown>;
  return Object.values(module).find((v): v is ReleaseFixture[] => Array.isArray(v));
}
const heldOut = await loadSet();
if (!heldOut) {
  console.error(`Unknown set «${name}»: one of ${Object.keys(sets).join(", ")}, or the path of a .ts module that exports one.`);
  process.exit(2);
}

const categories = ["partners", "people", "dates", "sectors", "exportCategories", "agreements", "events"] as const;
const total = Object.fromEntries(categories.map((c) => [c, score()])) as Record<(typeof categories)[number], Score>;
const cell = (s: Score) => `${pct(s.hits, s.expected)}/${pct(s.hits, s.found)}`.padEnd(12);
const lines: string[] = [
  `${name}: ${heldOut.length} texts. Cells are recall/precision (hits/expected, hits/found).`,
  "",
  "text                             partners    people      dates       sectors     exports     agreements  events      happening",
];
let happenings = 0;
let partialPosts = 0;
const invented: string[] = [];
// Partners apart: existing (in the gazetteer) and new ones, for recall.
const partnerSplit = { existing: score(), fresh: score() };

for (const fixture of heldOut) {
  const started = performance.now();
  const draft = extractDraft(fixture.text, { publishedOn: fixture.publishedOn, gazetteer: importGazetteer });
  const ms = performance.now() - started;
  const c = compare(fixture, draft);
  for (const key of categories) add(total[key], c[key]);
  if (c.happening) happenings++;
  partialPosts += c.peoplePartialPosts;
  lines.push(`${fixture.id.padEnd(33)}${categories.map((k) => cell(c[k])).join("")}${c.happening ? "ok" : "WRONG"}`);
  for (const miss of c.misses) lines.push(`    ${miss}`);
  // Which found partner stands for which words of the text, for the invented ones.
  const extras = c.misses.filter((m) => m.startsWith("partner extra: ")).map((m) => m.slice("partner extra: ".length));
  for (const x of extras) {
    const p = draft.partners.find((d) => `${d.name}${d.partnerId !== null ? "" : " (new)"}` === x);
    invented.push(`${fixture.id}: ${x}${p ? ` ← «${p.text}»` : ""}`);
  }
  for (const e of fixture.expected.partners) {
    const s = e.existing ? partnerSplit.existing : partnerSplit.fresh;
    s.expected++;
    if (!c.misses.includes(`partner missed: ${e.name}${e.existing ? "" : " (new)"}`)) s.hits++;
  }
  if (draft.notes.length > 0) lines.push(`    notes: ${draft.notes.join(" | ")}`);
  lines.push(`    (${Math.round(ms)} ms)`);
}

lines.push(`${"ALL (recall/precision)".padEnd(33)}${categories.map((k) => cell(total[k])).join("")}${happenings}/${heldOut.length}`);
lines.push("");
lines.push("Totals (hits / expected / found):");
for (const k of categories) {
  const s = total[k];
  lines.push(
    `  ${k.padEnd(17)} recall ${pct(s.hits, s.expected).padStart(4)} (${s.hits}/${s.expected})   precision ${pct(s.hits, s.found).padStart(4)} (${s.hits}/${s.found})`,
  );
}
lines.push(`  happening         ${happenings}/${heldOut.length} right`);
lines.push(`  people whose post matched only in part (text gives it shorter or longer): ${partialPosts}`);
lines.push(
  `  partners in the gazetteer: recall ${pct(partnerSplit.existing.hits, partnerSplit.existing.expected)} (${partnerSplit.existing.hits}/${partnerSplit.existing.expected}); new partners: recall ${pct(partnerSplit.fresh.hits, partnerSplit.fresh.expected)} (${partnerSplit.fresh.hits}/${partnerSplit.fresh.expected})`,
);
lines.push("");
lines.push(`Partners the extractor proposes that the texts do not name as expected (${invented.length}):`);
for (const x of invented) lines.push(`  ${x}`);
console.log(lines.join("\n"));
