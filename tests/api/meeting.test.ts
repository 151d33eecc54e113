import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateMeetingInput } from "@atlas/shared/meeting";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
/** Reference records the meetings point to, made straight in the database. */
let ref: {
  kz: string;
  almaty: string;
  by: string;
  timber: string;
  agri: string;
  culture: string;
  abaev: string;
  filimonov: string;
  source: string;
};
const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  const p = db.prisma;
  const kz = await p.partner.create({ data: { name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" } });
  const almaty = await p.partner.create({ data: { name: "Алматинская область", level: "REGION", isoCode: "KZ-19", parentId: kz.id } });
  const by = await p.partner.create({ data: { name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" } });
  const sector = (code: string, name: string, sortOrder: number) => p.sector.create({ data: { code, name, nameEn: code, sortOrder } });
  const timber = await sector("timber", "Лесная промышленность", 1);
  const agri = await sector("agri", "Сельское хозяйство", 2);
  const culture = await sector("culture", "Культура и туризм", 3);
  const abaev = await p.person.create({ data: { fullName: "Даурен Абаев", post: "Посол", side: "PARTNER", partnerId: kz.id } });
  const filimonov = await p.person.create({ data: { fullName: "Георгий Филимонов", post: "Губернатор", side: "HOME" } });
  const source = await p.source.create({ data: { title: "Пресс-релиз о визите", url: "https://example.org/visit" } });
  ref = {
    kz: kz.id,
    almaty: almaty.id,
    by: by.id,
    timber: timber.id,
    agri: agri.id,
    culture: culture.id,
    abaev: abaev.id,
    filimonov: filimonov.id,
    source: source.id,
  };
});
afterAll(async () => db?.close());

const minimal = (over: Partial<TCreateMeetingInput> = {}): TCreateMeetingInput => ({
  title: "Встреча",
  kind: "MEETING",
  startsAt: "2024-06-01",
  partnerIds: [ref.kz],
  ...over,
});

describe("meeting", () => {
  it("creates a meeting with participants, sectors and follow-ups in one call and reads it back", async () => {
    const created = await c.editor.meeting.create({
      title: "Рабочий визит посла Казахстана",
      kind: "VISIT",
      direction: "INCOMING",
      startsAt: "2024-11-14",
      endsAt: "2024-11-15",
      startTime: "12:00",
      place: "Вологда",
      summary: "Лесопромышленное производство в ОЭЗ «Вологодская» или индустриальном парке «Сокол»",
      outcomes: "План конкретной работы",
      sourceIds: [ref.source],
      partnerIds: [ref.kz],
      participants: [{ personId: ref.abaev, role: "глава делегации" }, { personId: ref.filimonov }],
      sectorIds: [ref.culture, ref.timber, ref.agri],
      followUps: [
        { title: "Направить предложения по ОЭЗ", dueDate: "2024-12-01", ownerId: c.users.editor.id },
        { title: "Пригласить на форум «Горизонт 2050»" },
      ],
    });
    expect(created.format).toBe("IN_PERSON");
    expect(created.version).toBe(1);

    const read = await c.viewer.meeting.byId({ id: created.id });
    expect(read).toMatchObject({
      title: "Рабочий визит посла Казахстана",
      kind: "VISIT",
      direction: "INCOMING",
      place: "Вологда",
      sources: [{ id: ref.source, title: "Пресс-релиз о визите", url: "https://example.org/visit", outlet: null }],
      partners: [{ id: ref.kz, name: "Республика Казахстан", level: "COUNTRY" }],
    });
    // Days and the hour come back exactly as sent: strings, no time zone in between.
    expect(read).toMatchObject({ startsAt: "2024-11-14", endsAt: "2024-11-15", datePrecision: "DAY", startTime: "12:00" });
    // Sectors come in their sort order, participants by name.
    expect(read.sectors.map((s) => s.code)).toEqual(["timber", "agri", "culture"]);
    expect(read.participants).toEqual([
      // The post on the meeting's day (here the current one: these people have no dated positions).
      { personId: ref.filimonov, fullName: "Георгий Филимонов", post: "Губернатор", organisation: null, currentPost: "Губернатор", side: "HOME", role: null },
      { personId: ref.abaev, fullName: "Даурен Абаев", post: "Посол", organisation: null, currentPost: "Посол", side: "PARTNER", role: "глава делегации" },
    ]);
    // Dated tasks first, undated last.
    expect(read.followUps.map((f) => [f.title, f.status, f.owner?.name ?? null, f.dueDate])).toEqual([
      ["Направить предложения по ОЭЗ", "OPEN", "Тест EDITOR", "2024-12-01"],
      ["Пригласить на форум «Горизонт 2050»", "OPEN", null, null],
    ]);

    // The tasks are real follow-ups, linked to the meeting, each with its own history line.
    const tasks = await c.viewer.followUp.list({ filter: { interactionId: created.id } });
    expect(tasks.total).toBe(2);
    const log = await db.prisma.changeLog.findMany({ where: { OR: [{ recordId: created.id }, { recordId: { in: read.followUps.map((f) => f.id) } }] } });
    expect(log.map((l) => `${l.entity}:${l.action}`).sort()).toEqual(["followUp:CREATE", "followUp:CREATE", "meeting:CREATE"]);
    expect(log.every((l) => l.userId === c.users.editor.id)).toBe(true);

    const listed = await c.viewer.meeting.list({ filter: { q: "рабочий визит посла" } });
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ participantCount: 2, openFollowUpCount: 2 });
    expect(listed.items[0]?.sectors).toHaveLength(3);
  });

  it("replaces the partner, sector and participant sets on update and logs them as sorted id lists", async () => {
    const m = await c.editor.meeting.create(
      minimal({
        title: "Переговоры о поставках",
        partnerIds: [ref.kz, ref.almaty],
        sectorIds: [ref.timber, ref.agri],
        participants: [{ personId: ref.abaev }, { personId: ref.filimonov }],
      }),
    );
    const updated = await c.editor.meeting.update({
      id: m.id,
      version: m.version,
      data: {
        title: "Переговоры о поставках мороженого",
        partnerIds: [ref.by],
        sectorIds: [ref.culture],
        participants: [{ personId: ref.filimonov, role: "руководитель" }],
      },
    });
    expect(updated.version).toBe(2);
    expect(updated.partners.map((p) => p.id)).toEqual([ref.by]);
    expect(updated.sectors.map((s) => s.id)).toEqual([ref.culture]);
    expect(updated.participants.map((p) => [p.personId, p.role])).toEqual([[ref.filimonov, "руководитель"]]);

    // Sets not sent stay as they are.
    const again = await c.editor.meeting.update({ id: m.id, version: updated.version, data: { place: "Минск" } });
    expect(again.partners.map((p) => p.id)).toEqual([ref.by]);
    expect(again.sectors.map((s) => s.id)).toEqual([ref.culture]);
    expect(again.participants).toHaveLength(1);

    // searchText follows the merged record: the new title and the new place are both found.
    expect((await c.viewer.meeting.list({ filter: { q: "мороженого минск" } })).items.map((i) => i.id)).toEqual([m.id]);

    const [first] = await db.prisma.changeLog.findMany({ where: { recordId: m.id, action: "UPDATE" }, orderBy: { at: "asc" } });
    const changes = first?.changes as Record<string, { from: unknown; to: unknown }>;
    expect(changes.title).toEqual({ from: "Переговоры о поставках", to: "Переговоры о поставках мороженого" });
    expect(changes.partnerIds).toEqual({ from: [ref.kz, ref.almaty].sort(), to: [ref.by] });
    expect(changes.sectorIds).toEqual({ from: [ref.timber, ref.agri].sort(), to: [ref.culture] });
    expect(changes.participants).toEqual({ from: [ref.abaev, ref.filimonov].sort(), to: [ref.filimonov] });
  });

  it("filters by partner hierarchy, sector, period, text, person, kind and sorts", async () => {
    const inRegion = await c.editor.meeting.create(
      minimal({
        title: "Встреча с акиматом: ЁЛКИ и лес",
        kind: "NEGOTIATIONS",
        format: "REMOTE",
        startsAt: "2023-03-10",
        partnerIds: [ref.almaty],
        sectorIds: [ref.timber],
        participants: [{ personId: ref.abaev }],
      }),
    );
    const inBelarus = await c.editor.meeting.create(
      minimal({ title: "Встреча в Минске", kind: "NEGOTIATIONS", startsAt: "2023-03-20", partnerIds: [ref.by], sectorIds: [ref.agri] }),
    );
    const filter = { kinds: ["NEGOTIATIONS" as const], from: "2023-01-01", to: "2023-12-31" };
    const ids = async (extra: Record<string, unknown>) => (await c.viewer.meeting.list({ filter: { ...filter, ...extra } })).items.map((i) => i.id);

    expect(await ids({})).toEqual([inBelarus.id, inRegion.id]); // startsAt desc by default
    // The total under a kind filter is counted from the rows (the tallies know no kinds), exactly while under the bound.
    expect(await c.viewer.meeting.list({ filter })).toMatchObject({ total: 2, totalIsLowerBound: false });
    // A meeting with a region is found by filtering on its country, by id or by ISO code.
    expect(await ids({ countryCodes: ["KZ"] })).toEqual([inRegion.id]);
    expect(await ids({ partnerIds: [ref.kz] })).toEqual([inRegion.id]);
    expect(await ids({ partnerIds: [ref.by] })).toEqual([inBelarus.id]);
    expect(await ids({ partnerIds: [unknownId] })).toEqual([]);
    expect(await ids({ sectorIds: [ref.timber] })).toEqual([inRegion.id]);
    expect(await ids({ sectorIds: [ref.timber, ref.agri] })).toEqual([inBelarus.id, inRegion.id]);
    expect(await ids({ from: "2023-03-15" })).toEqual([inBelarus.id]);
    expect(await ids({ to: "2023-03-15" })).toEqual([inRegion.id]);
    expect(await ids({ q: "елки АКИМАТОМ" })).toEqual([inRegion.id]);
    expect(await ids({ q: "ёлки минск" })).toEqual([]);
    expect(await ids({ personId: ref.abaev })).toEqual([inRegion.id]);
    expect(await ids({ formats: ["REMOTE"] })).toEqual([inRegion.id]);
    expect((await c.viewer.meeting.list({ filter, sort: { field: "startsAt", direction: "asc" } })).items.map((i) => i.id)).toEqual([
      inRegion.id,
      inBelarus.id,
    ]);
    expect((await c.viewer.meeting.list({ filter, sort: { field: "title", direction: "asc" } })).items.map((i) => i.title)).toEqual([
      "Встреча в Минске",
      "Встреча с акиматом: ЁЛКИ и лес",
    ]);
    const page = await c.viewer.meeting.list({ filter, limit: 1 });
    expect(page.total).toBe(2);
    const next = await c.viewer.meeting.list({ filter, limit: 1, cursor: page.nextCursor });
    expect(next.items.map((i) => i.id)).toEqual([inRegion.id]);
    expect(next.nextCursor).toBeNull();
  });

  it("stores a vague date as its whole period, recomputes it on update and logs days", async () => {
    const m = await c.editor.meeting.create(minimal({ title: "Переговоры в IV квартале", startsAt: "2024-11-13", datePrecision: "QUARTER" }));
    expect(m).toMatchObject({ startsAt: "2024-10-01", endsAt: "2024-12-31", datePrecision: "QUARTER", startTime: null });

    // Only the day changes: the span follows it, merged with the stored precision.
    const moved = await c.editor.meeting.update({ id: m.id, version: m.version, data: { startsAt: "2025-02-10" } });
    expect(moved).toMatchObject({ startsAt: "2025-01-01", endsAt: "2025-03-31", datePrecision: "QUARTER" });
    // Now known to the day: the quarter's end was derived, not given, so it goes.
    const exact = await c.editor.meeting.update({ id: m.id, version: moved.version, data: { datePrecision: "DAY" } });
    expect(exact).toMatchObject({ startsAt: "2025-01-01", endsAt: null, datePrecision: "DAY" });
    const year = await c.editor.meeting.update({ id: m.id, version: exact.version, data: { datePrecision: "YEAR", startTime: "09:30" } });
    expect(year).toMatchObject({ startsAt: "2025-01-01", endsAt: "2025-12-31", datePrecision: "YEAR", startTime: "09:30" });
    // An edit that does not touch the date leaves the span alone.
    const renamed = await c.editor.meeting.update({ id: m.id, version: year.version, data: { place: "Астана" } });
    expect(renamed).toMatchObject({ startsAt: "2025-01-01", endsAt: "2025-12-31", datePrecision: "YEAR" });

    const log = await db.prisma.changeLog.findMany({ where: { recordId: m.id }, orderBy: { at: "asc" } });
    expect(log[0]?.changes).toMatchObject({ startsAt: "2024-10-01", endsAt: "2024-12-31", datePrecision: "QUARTER" });
    expect(log[1]?.changes).toEqual({ startsAt: { from: "2024-10-01", to: "2025-01-01" }, endsAt: { from: "2024-12-31", to: "2025-03-31" } });
    expect(log[2]?.changes).toEqual({ endsAt: { from: "2025-03-31", to: null }, datePrecision: { from: "QUARTER", to: "DAY" } });
    expect(log[4]?.changes).toEqual({ place: { from: null, to: "Астана" } });
  });

  it("selects a visit over several days by overlap with the period, ends included", async () => {
    const visit = await c.editor.meeting.create(minimal({ title: "Визит на стыке месяцев", startsAt: "2022-03-30", endsAt: "2022-04-02" }));
    const ids = async (filter: { from?: string; to?: string }) =>
      (await c.viewer.meeting.list({ filter: { ...filter, q: "стыке месяцев" } })).items.map((i) => i.id);
    expect(await ids({ from: "2022-04-01", to: "2022-04-30" })).toEqual([visit.id]);
    expect(await ids({ from: "2022-04-02" })).toEqual([visit.id]);
    expect(await ids({ to: "2022-03-30" })).toEqual([visit.id]);
    expect(await ids({ from: "2022-04-03" })).toEqual([]);
    expect(await ids({ to: "2022-03-29" })).toEqual([]);
    expect(await ids({ from: "2022-03-01", to: "2022-03-29" })).toEqual([]);
  });

  it("refuses a stale version with CONFLICT and keeps the first edit", async () => {
    const m = await c.editor.meeting.create(minimal({ title: "Звонок" }));
    await c.editor.meeting.update({ id: m.id, version: m.version, data: { outcomes: "первая правка" } });
    const stale = await failure(c.editor.meeting.update({ id: m.id, version: m.version, data: { outcomes: "вторая правка" } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.meeting.byId({ id: m.id })).outcomes).toBe("первая правка");
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const fields = async (promise: Promise<unknown>) => {
      const error = await failure(promise);
      expect(error.code).toBe("BAD_REQUEST");
      return Object.keys(error.fieldErrors ?? {}).sort();
    };
    const before = await db.prisma.interaction.count();
    expect(await fields(c.editor.meeting.create(minimal({ title: "   " })))).toEqual(["title"]);
    expect(await fields(c.editor.meeting.create(minimal({ startsAt: "2024-06-02", endsAt: "2024-06-01" })))).toEqual(["endsAt"]);
    expect(await fields(c.editor.meeting.create(minimal({ partnerIds: [] })))).toEqual(["partnerIds"]);
    expect(await fields(c.editor.meeting.create(minimal({ partnerIds: [ref.kz, unknownId] })))).toEqual(["partnerIds"]);
    expect(await fields(c.editor.meeting.create(minimal({ participants: [{ personId: ref.abaev }, { personId: ref.abaev }] })))).toEqual([
      "participants.1.personId",
    ]);
    // Unknown references of several kinds are reported together.
    expect(
      await fields(
        c.editor.meeting.create(
          minimal({
            participants: [{ personId: ref.abaev }, { personId: unknownId }],
            sectorIds: [unknownId],
            sourceIds: [unknownId],
            followUps: [{ title: "Задача", ownerId: unknownId }],
          }),
        ),
      ),
    ).toEqual(["followUps.0.ownerId", "participants.1.personId", "sectorIds", "sourceIds"]);

    // On update the rule is checked against the stored start, too.
    const m = await c.editor.meeting.create(minimal({ title: "Проверка дат" }));
    expect(await fields(c.editor.meeting.update({ id: m.id, version: m.version, data: { endsAt: "2024-05-01" } }))).toEqual(["data.endsAt"]);
    expect(await fields(c.editor.meeting.update({ id: m.id, version: m.version, data: { partnerIds: [unknownId] } }))).toEqual(["data.partnerIds"]);
    // Nothing was written by the refused calls: only the one good meeting is new.
    expect(await db.prisma.interaction.count()).toBe(before + 1);
    expect((await c.viewer.meeting.byId({ id: m.id })).version).toBe(1);
  });

  it("soft-deletes (admin only): hidden from list and byId, restore brings it back", async () => {
    const m = await c.editor.meeting.create(minimal({ title: "Удаляемая встреча" }));
    expect((await failure(c.editor.meeting.delete({ id: m.id, version: m.version }))).code).toBe("FORBIDDEN");
    const deleted = await c.admin.meeting.delete({ id: m.id, version: m.version });
    expect((await c.viewer.meeting.list({ filter: { q: "удаляемая" } })).total).toBe(0);
    expect((await failure(c.viewer.meeting.byId({ id: m.id }))).code).toBe("NOT_FOUND");
    expect((await failure(c.editor.meeting.update({ id: m.id, version: m.version + 1, data: { title: "x" } }))).code).toBe("NOT_FOUND");
    expect((await failure(c.editor.meeting.restore({ id: m.id, version: deleted.version }))).code).toBe("FORBIDDEN");

    const restored = await c.admin.meeting.restore({ id: m.id, version: deleted.version });
    expect(restored.title).toBe("Удаляемая встреча");
    expect((await c.viewer.meeting.list({ filter: { q: "удаляемая" } })).items.map((i) => i.id)).toEqual([m.id]);
    // Already restored: CONFLICT, as for every kind of record.
    expect((await failure(c.admin.meeting.restore({ id: m.id, version: restored.version }))).code).toBe("CONFLICT");
    const log = await db.prisma.changeLog.findMany({ where: { entity: "meeting", recordId: m.id }, orderBy: { at: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });

  it("lets a viewer read but not write", async () => {
    expect((await failure(c.viewer.meeting.create(minimal()))).code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.meeting.list({}))).code).toBe("UNAUTHORIZED");
    expect((await failure(c.viewer.meeting.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
  });
});
