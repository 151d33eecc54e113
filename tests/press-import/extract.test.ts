// The press-release extractor (issue 14) on the team's own release-like texts: each
// fixture's expected draft against what the extractor finds, with per-fixture recall and
// precision in the output, and the bar on the whole set (≥ 90 % of partners,
// people with posts, dates and sectors; no partner the text does not name).
import { describe, expect, it } from "vitest";
import { extractDraft, extractNotes, maxImportTextLength } from "@atlas/server/services/press-import/extract";
import { findDates } from "@atlas/server/services/press-import/dates";
import { fixtures } from "./fixtures/index.ts";
import type { ReleaseFixture } from "./fixture-types.ts";
import { add, compare, importGazetteer, pct, score, type Score } from "./compare.ts";

/** Texts not in Russian: the brief has the extractor say so and find nothing (see the report on 15-english). */
const isRussian = (f: ReleaseFixture) =>
  /[А-Яа-яЁё]/.test(f.text) && (f.text.match(/[А-Яа-яЁё]/g)?.length ?? 0) / (f.text.match(/\p{L}/gu)?.length ?? 1) >= 0.3;

describe("press-release extractor on the team's texts", () => {
  const russian = fixtures.filter(isRussian);
  const results = russian.map((fixture) => {
    const draft = extractDraft(fixture.text, { publishedOn: fixture.publishedOn, gazetteer: importGazetteer });
    return { fixture, draft, comparison: compare(fixture, draft) };
  });

  it("has at least 12 Russian texts", () => {
    expect(russian.length).toBeGreaterThanOrEqual(12);
  });

  it("reports recall and precision per text and reaches the issue's bar on the whole set", () => {
    const total = { partners: score(), people: score(), dates: score(), sectors: score(), exportCategories: score(), agreements: score(), events: score() };
    let happenings = 0;
    let partialPosts = 0;
    const lines: string[] = ["fixture                          partners    people      dates       sectors     exports     agreements  events      happening"];
    const cell = (s: Score) => `${pct(s.hits, s.expected)}/${pct(s.hits, s.found)}`.padEnd(12);
    for (const { fixture, comparison: c } of results) {
      for (const key of Object.keys(total) as Array<keyof typeof total>) add(total[key], c[key]);
      if (c.happening) happenings++;
      partialPosts += c.peoplePartialPosts;
      lines.push(
        `${fixture.id.padEnd(33)}${cell(c.partners)}${cell(c.people)}${cell(c.dates)}${cell(c.sectors)}${cell(c.exportCategories)}${cell(c.agreements)}${cell(c.events)}${c.happening ? "ok" : "WRONG"}`,
      );
      for (const miss of c.misses) lines.push(`    ${miss}`);
    }
    lines.push(
      `${"ALL (recall/precision)".padEnd(33)}${cell(total.partners)}${cell(total.people)}${cell(total.dates)}${cell(total.sectors)}${cell(total.exportCategories)}${cell(total.agreements)}${cell(total.events)}${happenings}/${results.length}`,
    );
    lines.push(`    people whose post matched only in part (text gives it shorter or longer): ${partialPosts}`);
    console.log(lines.join("\n"));

    const recall = (s: Score) => s.hits / s.expected;
    expect(recall(total.partners)).toBeGreaterThanOrEqual(0.9);
    expect(recall(total.people)).toBeGreaterThanOrEqual(0.9);
    expect(recall(total.dates)).toBeGreaterThanOrEqual(0.9);
    expect(recall(total.sectors)).toBeGreaterThanOrEqual(0.9);
    // No partner the text does not name.
    expect(total.partners.found - total.partners.hits, "partners found that the texts do not name").toBe(0);
  });

  it("finds nothing in a text with no cooperation facts, and says so", () => {
    const noFacts = results.filter((r) => r.fixture.expected.partners.length === 0 && r.fixture.expected.people.length === 0);
    expect(noFacts.length).toBeGreaterThan(0);
    for (const { draft } of noFacts) {
      expect(draft.partners).toEqual([]);
      expect(draft.people).toEqual([]);
      expect(draft.notes).toContain(extractNotes.nothingFound);
    }
  });

  it("keeps every item's sentence and words within the text", () => {
    for (const { fixture, draft } of results) {
      const spans = [...draft.partners, ...draft.people, ...draft.terms, ...draft.agreements, ...draft.events, ...draft.dates].map((x) => x.span);
      for (const span of spans) {
        expect(span.sentence.start).toBeLessThanOrEqual(span.match.start);
        expect(span.match.end).toBeLessThanOrEqual(span.sentence.end);
        expect(span.sentence.end).toBeLessThanOrEqual(fixture.text.length);
      }
      for (const p of draft.partners) expect(fixture.text.slice(p.span.match.start, p.span.match.end)).toBe(p.text);
      for (const x of [...draft.partners, ...draft.people, ...draft.terms]) expect(x.confidence).toBeGreaterThan(0);
    }
  });
});

describe("texts in another language", () => {
  for (const fixture of fixtures.filter((f) => !isRussian(f))) {
    it(`${fixture.id}: says the text is not in Russian and invents nothing`, () => {
      const draft = extractDraft(fixture.text, { publishedOn: fixture.publishedOn, gazetteer: importGazetteer });
      expect(draft.notes).toContain(extractNotes.notRussian);
      expect([draft.partners, draft.people, draft.dates, draft.terms, draft.agreements, draft.events]).toEqual([[], [], [], [], [], []]);
      expect(draft.happening).toBeNull();
    });
  }
});

describe("date expressions", () => {
  const dates = (text: string, publishedOn = "2024-11-15") => findDates(text, publishedOn, () => text).map((d) => `${d.day} ${d.precision}`);

  it("reads days written out, with and without the year, and as digits", () => {
    expect(dates("Визит состоялся 14 ноября 2024 года.")).toEqual(["2024-11-14 DAY"]);
    expect(dates("Встреча прошла 14 ноября.")).toEqual(["2024-11-14 DAY"]);
    expect(dates("Документ подписан 14.11.2024.")).toEqual(["2024-11-14 DAY"]);
    expect(dates("Форум прошёл 15–16 мая 2025 года.")).toEqual(["2025-05-15 DAY"]);
    expect(dates("Дни культуры прошли 30 ноября – 2 декабря 2023 года.")).toEqual(["2023-11-30 DAY"]);
  });

  it("puts a day without a year more than two months after publication into the previous year", () => {
    expect(dates("Встреча прошла 25 декабря.", "2025-01-20")).toEqual(["2024-12-25 DAY"]);
    expect(dates("Форум пройдёт 3 января.", "2024-12-30")).toEqual(["2025-01-03 DAY"]);
    // A sentence about the future takes the next such date.
    expect(dates("Форум пройдёт в марте.", "2024-11-15")).toEqual(["2025-03-01 MONTH"]);
  });

  it("reads months, quarters and years", () => {
    expect(dates("Ярмарка пройдёт в декабре.")).toEqual(["2024-12-01 MONTH"]);
    expect(dates("в ноябре прошлого года")).toEqual(["2023-11-01 MONTH"]);
    expect(dates("в январе 2025 года")).toEqual(["2025-01-01 MONTH"]);
    expect(dates("Подписание запланировано в IV квартале.")).toEqual(["2024-10-01 QUARTER"]);
    expect(dates("в четвёртом квартале 2025 года")).toEqual(["2025-10-01 QUARTER"]);
    expect(dates("в 2025 году")).toEqual(["2025-01-01 YEAR"]);
    expect(dates("в следующем году")).toEqual(["2025-01-01 YEAR"]);
    expect(dates("по итогам 2024 года")).toEqual(["2024-01-01 YEAR"]);
  });

  it("reads days relative to publication", () => {
    expect(dates("Накануне губернатор встретился с послом.")).toEqual(["2024-11-14 DAY"]);
    expect(dates("Сегодня состоялась встреча.")).toEqual(["2024-11-15 DAY"]);
    expect(dates("Вчера подписан меморандум.")).toEqual(["2024-11-14 DAY"]);
    // 2024-11-15 is a Friday: the week before starts on Monday 4 November.
    expect(dates("На прошлой неделе направлено предложение.")).toEqual(["2024-11-04 APPROXIMATE"]);
    expect(dates("Накануне форума прошла встреча.")).toEqual([]);
  });

  it("finds no date where there is none", () => {
    expect(dates("На 2025–2026 годы. Более 180 километров дорог, 92 % работ.")).toEqual([]);
  });
});

describe("bad input", () => {
  const options = { publishedOn: "2025-01-10", gazetteer: importGazetteer };

  it("says an empty or blank text is empty", () => {
    expect(extractDraft("", options).notes).toEqual([extractNotes.empty]);
    expect(extractDraft("   \n\t  ", options).notes).toEqual([extractNotes.empty]);
  });

  it("says a text in another language is not Russian", () => {
    const draft = extractDraft("The governor met the ambassador of Kazakhstan in Vologda on 14 November.", options);
    expect(draft.notes).toEqual([extractNotes.notRussian]);
    expect(draft.partners).toEqual([]);
  });

  it("refuses a text over the limit without reading it", () => {
    const long = "а".repeat(maxImportTextLength + 1);
    expect(extractDraft(long, options).notes).toEqual([extractNotes.tooLong]);
  });

  it("stops when out of time and says so", () => {
    const text = fixtures[0]!.text.repeat(30);
    const draft = extractDraft(text, { ...options, deadlineMs: 0 });
    expect(draft.notes).toContain(extractNotes.timedOut);
  });

  it("reads a long text of 200,000 characters to its end", () => {
    const base = fixtures[4]!.text;
    const text = base.repeat(Math.ceil(maxImportTextLength / base.length)).slice(0, maxImportTextLength);
    // A deadline far beyond the 2-s default: on a loaded machine the default may cut in, and
    // speed is checked by `pnpm bench` (pressImport.draft), not by a timed test.
    const draft = extractDraft(text, { ...options, deadlineMs: 60_000 });
    expect(draft.notes).not.toContain(extractNotes.timedOut);
    expect(draft.partners.length).toBeGreaterThan(0);
  });

  it("proposes no partner for words that only look like names", () => {
    const draft = extractDraft("Над лесом летел сокол. Республика — форма правления. Вологодские сыры хороши, казахстанские тоже.", options);
    expect(draft.partners).toEqual([]);
  });
});
