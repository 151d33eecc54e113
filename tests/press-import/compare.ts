// How a draft compares with a fixture's expected draft (issue 14): the fixture world as the
// extractor takes it, and recall and precision per kind of item with every miss named. Used
// by extract.test.ts (the team's texts) and measure-held-out.ts (the blind sets).
import { stemOf } from "@atlas/shared/russian-text";
import type { TPressReleaseDraft } from "@atlas/shared/press-import";
import type { ImportGazetteer } from "@atlas/server/services/press-import/extract";
import { gazetteer as fixtureGazetteer } from "./gazetteer.ts";
import type { ReleaseFixture } from "./fixture-types.ts";

/** The built-in kinds, as the vocabularies migration writes them. */
const meetingKinds = [
  ["MEETING", "Встреча"],
  ["VISIT", "Визит"],
  ["NEGOTIATIONS", "Переговоры"],
  ["CONFERENCE", "Конференция"],
  ["CALL", "Звонок"],
  ["JOINT_COMMISSION", "Заседание совместной комиссии"],
  ["OTHER", "Другое"],
] as const;
const eventKinds = [
  ["FORUM", "Форум"],
  ["EXHIBITION", "Выставка"],
  ["REGION_DAYS", "Дни региона"],
  ["TOUR", "Тур"],
  ["CONFERENCE", "Конференция"],
  ["FESTIVAL", "Фестиваль"],
  ["BUSINESS_MISSION", "Бизнес-миссия"],
  ["OTHER", "Событие"],
] as const;
const agreementKinds = [
  ["COOPERATION_AGREEMENT", "Соглашение о сотрудничестве"],
  ["MEMORANDUM", "Меморандум о взаимопонимании"],
  ["IMPLEMENTATION_PLAN", "План мероприятий"],
  ["TWINNING", "Соглашение о побратимстве"],
  ["JOINT_COMMISSION_PROTOCOL", "Протокол совместной комиссии"],
  ["CONTRACT", "Контракт"],
] as const;

/** The fixture's world as the extractor takes it: ids are the keys; vocabularies' values are their names. */
export const importGazetteer: ImportGazetteer = {
  partners: fixtureGazetteer.partners.map((p) => ({
    id: p.key,
    name: p.name,
    level: p.level,
    parentId: p.parentKey ?? null,
    aliases: p.aliases ?? [],
    isHome: p.isHome ?? false,
  })),
  people: fixtureGazetteer.people.map((p) => ({
    id: p.key,
    fullName: p.fullName,
    post: p.post ?? null,
    organisation: p.organisation ?? null,
    side: p.side,
    partnerId: p.partnerKey ?? null,
  })),
  sectors: fixtureGazetteer.sectors.map((name) => ({ value: name, name })),
  exportCategories: fixtureGazetteer.exportCategories.map((name) => ({ value: name, name })),
  meetingKinds: meetingKinds.map(([code, name]) => ({ code, name })),
  eventKinds: eventKinds.map(([code, name]) => ({ code, name })),
  agreementKinds: agreementKinds.map(([code, name]) => ({ code, name })),
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[«»"“”„.,]/g, "")
    .replace(/\s+/g, " ")
    .trim();
const postStems = (s: string) => norm(s).split(" ").filter(Boolean).map(stemOf);

/**
 * Whether a found post is the expected one: the same words (by stem, so case and the
 * nominative of «Послом» do not matter), or the expected post's first words when the
 * text gives it shorter («заместитель министра» for the gazetteer's full post). Exact and
 * partial matches are counted apart in the output.
 */
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

export type Score = { expected: number; found: number; hits: number };
export const score = (): Score => ({ expected: 0, found: 0, hits: 0 });
export const add = (a: Score, b: Score) => {
  a.expected += b.expected;
  a.found += b.found;
  a.hits += b.hits;
};
export const pct = (n: number, d: number) => (d === 0 ? "—" : `${Math.round((100 * n) / d)}%`);

export type Comparison = {
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

/** A new partner's name may be given with or without its head word («компания «X»» / «X»). */
const partnerNameMatch = (expected: string, found: string) => {
  const e = norm(expected);
  const f = norm(found);
  return e === f || e.endsWith(` ${f}`) || f.endsWith(` ${e}`);
};

export function compare(fixture: ReleaseFixture, draft: TPressReleaseDraft): Comparison {
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
  // Dates: each distinct day and precision once, as the fixture lists them.
  const distinct = [...new Map(draft.dates.map((d) => [`${d.day}/${d.precision}`, { day: d.day, precision: d.precision }])).values()];
  const dates = setScore(
    ex.dates,
    distinct,
    (e, f) => e.day === f.day && e.precision === f.precision,
    (x) => `${x.day} ${x.precision}`,
    "date",
    misses,
  );
  const sectors = setScore(
    ex.sectors,
    draft.terms.filter((t) => t.vocabulary === "sector").map((t) => t.name),
    (e, f) => e === f,
    (x) => x,
    "sector",
    misses,
  );
  const exportCategories = setScore(
    ex.exportCategories,
    draft.terms.filter((t) => t.vocabulary === "exportCategory").map((t) => t.name),
    (e, f) => e === f,
    (x) => x,
    "export",
    misses,
  );
  const agreements = setScore(
    ex.agreements,
    draft.agreements.map((a) => ({ stage: a.stage, kind: a.kind })),
    (e, f) => e.stage === f.stage && e.kind === f.kind,
    (x) => `${x.kind} ${x.stage}`,
    "agreement",
    misses,
  );
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
    ex.happening === null
      ? h === null
      : h !== null && h.kind === ex.happening.kind && h.date?.day === ex.happening.day && h.date?.precision === ex.happening.precision;
  if (!happening)
    misses.push(
      `happening: expected ${JSON.stringify(ex.happening)}, found ${h ? `${h.kind} ${h.date?.day ?? "no date"} ${h.date?.precision ?? ""}` : "null"}`,
    );
  return { partners, people, peoplePartialPosts: partial, dates, sectors, exportCategories, agreements, events, happening, misses };
}
