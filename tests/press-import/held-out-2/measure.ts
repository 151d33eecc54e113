// The press-release extractor on the second held-out set (./index.ts, `heldOut2`): per-text
// and total recall and precision for partners, people, dates, sectors, export categories,
// agreements and events, every miss, and every partner the extractor proposes that the text
// does not name.
// Run: pnpm exec tsx tests/press-import/held-out-2/measure.ts
// (A copy of ../held-out/measure.ts with only the set it measures changed.)
//
// The comparison is that of ../extract.test.ts. That file exports only `importGazetteer`, and
// importing it runs its vitest `describe` blocks, which throw outside the vitest runner; so
// the gazetteer's conversion and the comparison (norm, postMatch, setScore,
// partnerNameMatch, compare) are copied here unchanged. If extract.test.ts changes them,
// change them here too.
import { stemOf } from "@atlas/shared/russian-text";
import type { TPressReleaseDraft } from "@atlas/shared/press-import";
import { extractDraft, type ImportGazetteer } from "@atlas/server/services/press-import/extract";
import { gazetteer as fixtureGazetteer } from "../gazetteer.ts";
import type { ReleaseFixture } from "../fixture-types.ts";
import { heldOut2 as heldOut } from "./index.ts";

// ——— Copied from ../extract.test.ts (unchanged) ———

const meetingKinds = [
  ["MEETING", "Встреча"], ["VISIT", "Визит"], ["NEGOTIATIONS", "Переговоры"], ["CONFERENCE", "Конференция"], ["CALL", "Звонок"],
  ["JOINT_COMMISSION", "Заседание совместной комиссии"], ["OTHER", "Другое"],
] as const;
const eventKinds = [
  ["FORUM", "Форум"], ["EXHIBITION", "Выставка"], ["REGION_DAYS", "Дни региона"], ["TOUR", "Тур"], ["CONFERENCE", "Конференция"],
  ["FESTIVAL", "Фестиваль"], ["BUSINESS_MISSION", "Бизнес-миссия"], ["OTHER", "Событие"],
] as const;
const agreementKinds = [
  ["COOPERATION_AGREEMENT", "Соглашение о сотрудничестве"], ["MEMORANDUM", "Меморандум о взаимопонимании"], ["IMPLEMENTATION_PLAN", "План мероприятий"],
  ["TWINNING", "Соглашение о побратимстве"], ["JOINT_COMMISSION_PROTOCOL", "Протокол совместной комиссии"], ["CONTRACT", "Контракт"],
] as const;

const importGazetteer: ImportGazetteer = {
  partners: fixtureGazetteer.partners.map((p) => ({ id: p.key, name: p.name, level: p.level, parentId: p.parentKey ?? null, aliases: p.aliases ?? [], isHome: p.isHome ?? false })),
  people: fixtureGazetteer.people.map((p) => ({ id: p.key, fullName: p.fullName, post: p.post ?? null, organisation: p.organisation ?? null, side: p.side, partnerId: p.partnerKey ?? null })),
  sectors: fixtureGazetteer.sectors.map((name) => ({ value: name, name })),
  exportCategories: fixtureGazetteer.exportCategories.map((name) => ({ value: name, name })),
  meetingKinds: meetingKinds.map(([code, name]) => ({ code, name })),
  eventKinds: eventKinds.map(([code, name]) => ({ code, name })),
  agreementKinds: agreementKinds.map(([code, name]) => ({ code, name })),
};

const norm = (s: string) => s.toLowerCase().replaceAll("ё", "е").replace(/[«»"“”„.,]/g, "").replace(/\s+/g, " ").trim();
const postStems = (s: string) => norm(s).split(" ").filter(Boolean).map(stemOf);

function postMatch(expected: string | null, found: string | null): "exact" | "partial" | null {
  if (expected === null) return found === null ? "exact" : "partial";
  if (found === null) return null;
  const e = postStems(expected);
  const f = postStems(found);
  if (e.join(" ") === f.join(" ")) return "exact";
  const shorter = e.length < f.length ? e : f;
  const longer = e.length < f.length ? f : e;
  if (shorter.length >= 1 && shorter.every((s, i) => longer[i] === s)) return "partial";
  return null;
}

type Score = { expected: number; found: number; hits: number };
const score = (): Score => ({ expected: 0, found: 0, hits: 0 });
const add = (a: Score, b: Score) => {
  a.expected += b.expected;
  a.found += b.found;
  a.hits += b.hits;
};
const pct = (n: number, d: number) => (d === 0 ? "—" : `${Math.round((100 * n) / d)}%`);

type Comparison = {
  partners: Score;
  people: Score;
  peoplePartialPosts: number;
  dates: Score;
  sectors: Score;
  exportCategories: Score;
  agreements: Score;
  events: Score;
  happening: boolean;
  misses: string[];
};

function setScore<T>(expected: T[], found: T[], same: (e: T, f: T) => boolean, label: (x: T) => string, kind: string, misses: string[]): Score {
  const s: Score = { expected: expected.length, found: found.length, hits: 0 };
  const used = new Set<number>();
  for (const e of expected) {
    const i = found.findIndex((f, k) => !used.has(k) && same(e, f));
    if (i >= 0) {
      used.add(i);
      s.hits++;
    } else misses.push(`${kind} missed: ${label(e)}`);
  }
  found.forEach((f, k) => {
    if (!used.has(k)) misses.push(`${kind} extra: ${label(f)}`);
  });
  return s;
}

const partnerNameMatch = (expected: string, found: string) => {
  const e = norm(expected);
  const f = norm(found);
  return e === f || e.endsWith(` ${f}`) || f.endsWith(` ${e}`);
};

function compare(fixture: ReleaseFixture, draft: TPressReleaseDraft): Comparison {
  const misses: string[] = [];
  const ex = fixture.expected;
  const partners = setScore(
    ex.partners,
    draft.partners.map((p) => ({ name: p.name, existing: p.partnerId !== null })),
    (e, f) => e.existing === f.existing && partnerNameMatch(e.name, f.name),
    (x) => `${x.name}${x.existing ? "" : " (new)"}`,
    "partner",
    misses,
  );
  let partial = 0;
  const people = setScore(
    ex.people,
    draft.people,
    (e, f) => {
      if (norm(e.fullName) !== norm(f.fullName) || e.side !== f.side) return false;
      const m = postMatch(e.post, f.post);
      if (m === "partial") partial++;
      return m !== null;
    },
    (x) => `${x.fullName} — ${x.post ?? "no post"} (${x.side})`,
    "person",
    misses,
  );
  const distinct = [...new Map(draft.dates.map((d) => [`${d.day}/${d.precision}`, { day: d.day, precision: d.precision }])).values()];
  const dates = setScore(ex.dates, distinct, (e, f) => e.day === f.day && e.precision === f.precision, (x) => `${x.day} ${x.precision}`, "date", misses);
  const sectors = setScore(ex.sectors, draft.terms.filter((t) => t.vocabulary === "sector").map((t) => t.name), (e, f) => e === f, (x) => x, "sector", misses);
  const exportCategories = setScore(ex.exportCategories, draft.terms.filter((t) => t.vocabulary === "exportCategory").map((t) => t.name), (e, f) => e === f, (x) => x, "export", misses);
  const agreements = setScore(ex.agreements, draft.agreements.map((a) => ({ stage: a.stage, kind: a.kind })), (e, f) => e.stage === f.stage && e.kind === f.kind, (x) => `${x.kind} ${x.stage}`, "agreement", misses);
  const events = setScore(
    ex.events,
    draft.events.map((e) => ({ kind: e.kind, day: e.date?.day ?? null, precision: e.date?.precision ?? null })),
    (e, f) => e.kind === f.kind && e.day === f.day && e.precision === f.precision,
    (x) => `${x.kind} ${x.day ?? "no date"} ${x.precision ?? ""}`,
    "event",
    misses,
  );
  const h = draft.happening;
  const happening =
    ex.happening === null ? h === null : h !== null && h.kind === ex.happening.kind && h.date?.day === ex.happening.day && h.date?.precision === ex.happening.precision;
  if (!happening) misses.push(`happening: expected ${JSON.stringify(ex.happening)}, found ${h ? `${h.kind} ${h.date?.day ?? "no date"} ${h.date?.precision ?? ""}` : "null"}`);
  return { partners, people, peoplePartialPosts: partial, dates, sectors, exportCategories, agreements, events, happening, misses };
}

// ——— End of the copy ———

const categories = ["partners", "people", "dates", "sectors", "exportCategories", "agreements", "events"] as const;
const total = Object.fromEntries(categories.map((c) => [c, score()])) as Record<(typeof categories)[number], Score>;
const cell = (s: Score) => `${pct(s.hits, s.expected)}/${pct(s.hits, s.found)}`.padEnd(12);
const lines: string[] = [
  `Held-out texts (set 2): ${heldOut.length}. Cells are recall/precision (hits/expected, hits/found).`,
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
  lines.push(`  ${k.padEnd(17)} recall ${pct(s.hits, s.expected).padStart(4)} (${s.hits}/${s.expected})   precision ${pct(s.hits, s.found).padStart(4)} (${s.hits}/${s.found})`);
}
lines.push(`  happening         ${happenings}/${heldOut.length} right`);
lines.push(`  people whose post matched only in part (text gives it shorter or longer): ${partialPosts}`);
lines.push(`  partners in the gazetteer: recall ${pct(partnerSplit.existing.hits, partnerSplit.existing.expected)} (${partnerSplit.existing.hits}/${partnerSplit.existing.expected}); new partners: recall ${pct(partnerSplit.fresh.hits, partnerSplit.fresh.expected)} (${partnerSplit.fresh.hits}/${partnerSplit.fresh.expected})`);
lines.push("");
lines.push(`Partners the extractor proposes that the texts do not name as expected (${invented.length}):`);
for (const x of invented) lines.push(`  ${x}`);
console.log(lines.join("\n"));
