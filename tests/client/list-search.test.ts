// The list pages' search params through their zod schemas (the routes' validateSearch):
// a hand-edited or old link still opens (broken values are dropped, never an error),
// defaults stay out of the address, and the router writes a navigation's search the way
// the schema reads it.
import { describe, expect, it } from "vitest";
import { parseSearch } from "../../client/src/lib/search-params.ts";
import { ZMeetingSearch, meetingSortParams } from "../../client/src/features/meetings/hooks/meeting-search.ts";
import { ZAgreementSearch } from "../../client/src/features/agreements/hooks/agreement-search.ts";
import { ZEventSearch, withWhen, eventSortParams } from "../../client/src/features/events/hooks/event-search.ts";
import { ZExportSearch } from "../../client/src/features/exports/hooks/export-search.ts";
import { ZProjectSearch } from "../../client/src/features/projects/hooks/project-search.ts";
import { ZTaskSearch } from "../../client/src/features/tasks/hooks/task-search.ts";
import { ZTimelineSearch } from "../../client/src/features/timeline/hooks/timeline-search.ts";
import { ZVocabularySearch } from "../../client/src/features/admin/hooks/vocabulary-search.ts";
import { buildRouter } from "../../client/src/app/router.tsx";

const SECTOR = "0b6a3c1e-8a3f-4f3e-9a55-1f2d3c4b5a69";
const CATEGORY = "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e01";
const fromUrl = <T>(schema: { parse: (raw: unknown) => T }, query: string): T => schema.parse(parseSearch(query));

describe("list search schemas", () => {
  it("keep what a link says and drop what they do not understand", () => {
    expect(fromUrl(ZMeetingSearch, `?q=%20форум%20&sector=nope,${SECTOR}&country=kz,KAZ&kind=OFFICIAL_VISIT,visit!&sort=title&dir=up&extra=1`)).toEqual({
      q: "форум",
      sector: [SECTOR],
      country: ["KZ"],
      kind: ["OFFICIAL_VISIT"],
      sort: "title",
    });
    expect(fromUrl(ZAgreementSearch, "?stage=SIGNED,SIGNED,LOST&sort=expiresAt&dir=desc")).toEqual({ stage: ["SIGNED"], sort: "expiresAt", dir: "desc" });
    expect(fromUrl(ZProjectSearch, "?stage=IDEA,nope&sort=password")).toEqual({ stage: ["IDEA"] });
    expect(fromUrl(ZExportSearch, `?category=${CATEGORY},x&dest=&from=2024-02-30&to=2024-03-31&sort=value`)).toEqual({
      category: [CATEGORY],
      to: "2024-03-31",
      sort: "value",
    });
    expect(fromUrl(ZVocabularySearch, "?list=eventKind")).toEqual({ list: "eventKind" });
    expect(fromUrl(ZVocabularySearch, "?list=passwords")).toEqual({});
  });

  it("take out of a search the characters the server refuses: U+0000, control characters, a lone surrogate", () => {
    expect(ZMeetingSearch.parse({ q: "лес\u0000форум" })).toEqual({ q: "лес форум" });
    expect(ZMeetingSearch.parse({ q: "\ud800визит\u0007" })).toEqual({ q: "визит" });
    // A pair stays: it is a character (an emoji), not half of one.
    expect(ZMeetingSearch.parse({ q: "форум 😀" })).toEqual({ q: "форум 😀" });
    expect(ZMeetingSearch.parse({ q: "\u0000\udc00" })).toEqual({});
  });

  it("put a backwards period in order", () => {
    expect(fromUrl(ZProjectSearch, "?from=2025-06-01&to=2025-01-01")).toEqual({ from: "2025-01-01", to: "2025-06-01" });
    expect(fromUrl(ZExportSearch, "?from=2025-06-01&to=2025-01-01")).toEqual({ from: "2025-01-01", to: "2025-06-01" });
  });

  it("leave the default sort, direction and tab out", () => {
    expect(fromUrl(ZMeetingSearch, "?sort=startsAt&dir=desc")).toEqual({});
    expect(fromUrl(ZMeetingSearch, "?sort=title&dir=asc")).toEqual({ sort: "title" });
    expect(fromUrl(ZAgreementSearch, "?sort=stageChangedAt&dir=asc")).toEqual({ dir: "asc" });
    expect(fromUrl(ZExportSearch, "?sort=periodStart&dir=desc")).toEqual({});
    expect(fromUrl(ZTaskSearch, "?tab=mine&done=1&q=%20")).toEqual({ done: true });
    expect(fromUrl(ZTaskSearch, "?tab=overdue&done=yes")).toEqual({ tab: "overdue" });
    expect(fromUrl(ZVocabularySearch, "?list=sector")).toEqual({});
  });

  it("take the events' default direction from upcoming or past", () => {
    // Coming events soonest first, past ones latest first.
    expect(fromUrl(ZEventSearch, "?dir=asc")).toEqual({});
    expect(fromUrl(ZEventSearch, "?when=past&dir=desc")).toEqual({ when: "past" });
    expect(fromUrl(ZEventSearch, "?when=past&dir=asc")).toEqual({ when: "past", dir: "asc" });
    expect(fromUrl(ZEventSearch, "?when=upcoming&kind=FORUM")).toEqual({ kind: ["FORUM"] });
    expect(withWhen({ when: "past", dir: "asc", q: "x" }, "upcoming")).toEqual({ q: "x" });
    expect(eventSortParams.current({ when: "past" })).toEqual({ field: "startsAt", direction: "desc" });
  });

  it("sort a clicked column in its natural direction, and flip the sorted one", () => {
    expect(meetingSortParams.clicked({ q: "x" }, { key: "title", direction: "desc" })).toEqual({ q: "x", sort: "title" });
    expect(meetingSortParams.clicked({ sort: "title" }, { key: "title", direction: "desc" })).toEqual({ sort: "title", dir: "desc" });
    expect(meetingSortParams.clicked({ sort: "title", dir: "desc" }, { key: "startsAt", direction: "asc" })).toEqual({});
  });

  it("drop the timeline's zoom and anchor while a period is chosen", () => {
    expect(fromUrl(ZTimelineSearch, "?zoom=3y&at=2024-12-01&month=2024-12")).toEqual({ zoom: "3y", at: "2024-12-01", month: "2024-12" });
    expect(fromUrl(ZTimelineSearch, "?zoom=1y&at=2024-12-01")).toEqual({ at: "2024-12-01" });
    expect(fromUrl(ZTimelineSearch, "?zoom=all&at=2024-12-01&month=2024-13")).toEqual({ zoom: "all" });
    expect(fromUrl(ZTimelineSearch, "?from=2024-01-01&zoom=3y&at=2024-12-01")).toEqual({ from: "2024-01-01" });
  });
});

describe("the router writes a list's search as its schema reads it", () => {
  const router = buildRouter({ url: "/signin" });
  const href = (to: string, search: Record<string, unknown>) => router.buildLocation({ to, search } as never).href;

  it("leaves defaults and broken values out of a link's address", () => {
    expect(href("/meetings", { sort: "startsAt", dir: "desc", kind: [], q: "" })).toBe("/meetings");
    expect(href("/meetings", { sort: "title", dir: "asc", sector: [SECTOR, "nope"] })).toBe(`/meetings?sector=${SECTOR}&sort=title`);
    expect(href("/tasks", { tab: "mine", done: true })).toBe("/tasks?done=true");
    expect(href("/admin/vocabularies", { list: "sector" })).toBe("/admin/vocabularies");
    expect(href("/events", { when: "past", dir: "desc", country: ["kz"] })).toBe("/events?country=KZ&when=past");
  });
});
