// history.byRecord (staff workflow issue, item 5): who changed a record, when, and
// which fields, old → new. The changes are made through the routers, as staff make them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { THistoryEntry } from "@atlas/shared/history";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";
import { isoTimestamp } from "../support/timestamps.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: string;
const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = (await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" })).id;
});
afterAll(async () => db?.close());

/** One entry as "ACTION by name: field from → to; …", to compare whole histories at a glance. */
const describeEntry = (e: THistoryEntry) =>
  `${e.action} by ${e.user?.name ?? "system"}: ` + e.changes.map((ch) => `${ch.field} ${JSON.stringify(ch.from)} → ${JSON.stringify(ch.to)}`).join("; ");
const field = (e: THistoryEntry | undefined, name: string) => e?.changes.find((ch) => ch.field === name);

describe("history.byRecord: a meeting", () => {
  it("shows create, update, delete and restore, newest first, naming the editor and the changed fields", async () => {
    const meeting = await c.editor.meeting.create({
      title: "Встреча с послом",
      kind: "MEETING",
      startsAt: "2024-11-12",
      partnerIds: [kz],
      summary: "Обсудили поставки леса",
    });
    const updated = await c.editor.meeting.update({
      id: meeting.id,
      version: meeting.version,
      data: { title: "Встреча с послом Казахстана", place: "Вологда" },
    });
    const deleted = await c.admin.meeting.delete({ id: meeting.id, version: updated.version });
    expect(deleted.id).toBe(meeting.id);
    await c.admin.meeting.restore({ id: meeting.id, version: deleted.version });

    const history = await c.viewer.history.byRecord({ entity: "meeting", id: meeting.id });
    expect(history.total).toBe(4);
    expect(history.nextCursor).toBeNull();
    expect(history.items.map((e) => e.action)).toEqual(["RESTORE", "DELETE", "UPDATE", "CREATE"]);
    const [restore, del, update, create] = history.items;

    expect(update!.user).toEqual({ id: c.users.editor.id, name: c.users.editor.name, email: c.users.editor.email });
    expect(update!.entity).toBe("meeting");
    expect(update!.recordId).toBe(meeting.id);
    expect(update!.at).toMatch(isoTimestamp);
    expect(update!.changes).toEqual(
      expect.arrayContaining([
        { field: "title", from: "Встреча с послом", to: "Встреча с послом Казахстана" },
        { field: "place", from: null, to: "Вологда" },
      ]),
    );
    expect(update!.changes).toHaveLength(2);

    expect(create!.user?.id).toBe(c.users.editor.id);
    expect(field(create, "title")).toEqual({ field: "title", from: null, to: "Встреча с послом" });
    // A business date is recorded as the day it is, not as an instant.
    expect(field(create, "startsAt")).toEqual({ field: "startsAt", from: null, to: "2024-11-12" });
    expect(field(create, "datePrecision")).toEqual({ field: "datePrecision", from: null, to: "DAY" });
    expect(field(create, "partnerIds")).toEqual({ field: "partnerIds", from: null, to: [kz] });

    expect(describeEntry(del!)).toBe(`DELETE by ${c.users.admin.name}: title "Встреча с послом Казахстана" → null`);
    expect(describeEntry(restore!)).toBe(`RESTORE by ${c.users.admin.name}: title null → "Встреча с послом Казахстана"`);
  });

  it("shows a changed date as days, and leaves entries written before days as they were", async () => {
    const meeting = await c.editor.meeting.create({ title: "Перенесённая встреча", kind: "MEETING", startsAt: "2024-11-12", partnerIds: [kz] });
    await c.editor.meeting.update({ id: meeting.id, version: meeting.version, data: { startsAt: "2024-12-05", datePrecision: "MONTH" } });
    // An entry from before calendar days held the instant; history shows it untouched.
    await db.prisma.changeLog.create({
      data: {
        entity: "meeting",
        recordId: meeting.id,
        action: "UPDATE",
        userId: null,
        changes: { startsAt: { from: "2024-11-11T21:00:00.000Z", to: "2024-11-12T21:00:00.000Z" } },
        at: new Date("2020-01-01T00:00:00Z"),
      },
    });
    const history = await c.viewer.history.byRecord({ entity: "meeting", id: meeting.id });
    const [update, , old] = history.items;
    expect(update!.changes).toEqual(
      expect.arrayContaining([
        { field: "startsAt", from: "2024-11-12", to: "2024-12-01" },
        { field: "endsAt", from: null, to: "2024-12-31" },
        { field: "datePrecision", from: "DAY", to: "MONTH" },
      ]),
    );
    expect(update!.changes).toHaveLength(3);
    expect(old!.changes).toEqual([{ field: "startsAt", from: "2024-11-11T21:00:00.000Z", to: "2024-11-12T21:00:00.000Z" }]);
  });

  it("pages with a cursor, newest first, without repeating or skipping entries", async () => {
    let meeting = await c.editor.meeting.create({ title: "Звонок 0", kind: "CALL", startsAt: "2024-10-01", partnerIds: [kz] });
    for (let i = 1; i <= 4; i++) {
      meeting = await c.editor.meeting.update({ id: meeting.id, version: meeting.version, data: { title: `Звонок ${i}` } });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof c.viewer.history.byRecord>> = await c.viewer.history.byRecord({
        entity: "meeting",
        id: meeting.id,
        limit: 2,
        cursor,
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.total).toBe(5);
      seen.push(page.items.map((e) => (e.action === "CREATE" ? "CREATE" : String(field(e, "title")?.to))).join(","));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Звонок 4,Звонок 3", "Звонок 2,Звонок 1", "CREATE"]);
  });

  it("shows a change without a user as a system change", async () => {
    const meeting = await c.editor.meeting.create({ title: "Импортированная встреча", kind: "MEETING", startsAt: "2023-05-01", partnerIds: [kz] });
    // As an import or the seed writes it: no user.
    await db.prisma.changeLog.create({
      data: {
        entity: "meeting",
        recordId: meeting.id,
        action: "UPDATE",
        userId: null,
        changes: { summary: { from: null, to: "Из пресс-релиза" } },
        at: new Date(Date.now() + 1000),
      },
    });
    const [latest] = (await c.viewer.history.byRecord({ entity: "meeting", id: meeting.id })).items;
    expect(latest!.user).toBeNull();
    expect(describeEntry(latest!)).toBe('UPDATE by system: summary null → "Из пресс-релиза"');
  });
});

describe("history.byRecord: names of related records", () => {
  it("names every record the changes refer to by id, deleted ones included, so the history reads without ids", async () => {
    const almaty = await c.editor.partner.create({ name: "Алматинская область", level: "REGION", parentId: kz });
    const gone = await c.editor.partner.create({ name: "Партнёр, которого удалят", level: "ORGANISATION" });
    const sector = await c.admin.sector.create({ code: "timber-names", name: "Лесная промышленность", nameEn: "Timber" });
    const person = await c.editor.person.create({ fullName: "Даурен Абаев", side: "PARTNER", partnerId: kz });
    const meeting = await c.editor.meeting.create({
      title: "Встреча с именами",
      kind: "MEETING",
      startsAt: "2024-11-12",
      partnerIds: [kz, gone.id],
      sectorIds: [sector.id],
      participants: [{ personId: person.id, role: "Посол" }],
    });
    await c.editor.meeting.update({ id: meeting.id, version: meeting.version, data: { partnerIds: [kz, almaty.id] } });
    await c.admin.partner.delete({ id: gone.id, version: gone.version });

    const page = await c.viewer.history.byRecord({ entity: "meeting", id: meeting.id });
    expect(page.names).toEqual({
      [kz]: "Республика Казахстан",
      [almaty.id]: "Алматинская область",
      [gone.id]: "Партнёр, которого удалят",
      [sector.id]: "Лесная промышленность",
      [person.id]: "Даурен Абаев",
    });
    // Only what the page mentions: the meeting's own id and unrelated records are not there.
    expect(Object.keys(page.names)).not.toContain(meeting.id);
  });
});

describe("history.byRecord: an agreement", () => {
  it("shows stage changes with their note, and the entries of its plan items, but no other agreement's", async () => {
    const agreement = await c.editor.agreement.create({
      title: "Соглашение о сотрудничестве с Казахстаном",
      kind: "COOPERATION_AGREEMENT",
      partyIds: [kz],
      stageDate: "2024-01-10",
    });
    const other = await c.editor.agreement.create({ title: "Другое соглашение", kind: "MEMORANDUM", partyIds: [kz], stageDate: "2024-01-10" });
    await c.editor.agreement.addPlanItem({ agreementId: other.id, title: "Чужой пункт", dueDate: "2025-01-01" });

    const edited = await c.editor.agreement.update({ id: agreement.id, version: agreement.version, data: { summary: "Лес, молоко, образование" } });
    const advanced = await c.editor.agreement.advanceStage({
      id: agreement.id,
      version: edited.version,
      toStage: "DRAFT",
      date: "2024-02-01",
      note: "Проект получен от МИД",
    });
    const item = await c.editor.agreement.addPlanItem({ agreementId: agreement.id, title: "Дни Вологодской области в Алматы", dueDate: "2025-09-01" });
    const itemDone = await c.editor.agreement.updatePlanItem({ id: item.id, version: item.version, data: { status: "DONE" } });
    const removed = await c.editor.agreement.addPlanItem({ agreementId: agreement.id, title: "Пункт на удаление", dueDate: "2025-10-01" });
    await c.editor.agreement.removePlanItem({ id: removed.id, version: removed.version });
    const deleted = await c.admin.agreement.delete({ id: agreement.id, version: advanced.version });
    await c.admin.agreement.restore({ id: agreement.id, version: deleted.version });

    const history = await c.viewer.history.byRecord({ entity: "agreement", id: agreement.id });
    expect(history.items.map((e) => `${e.entity} ${e.action}`)).toEqual([
      "agreement RESTORE",
      "agreement DELETE",
      "planItem DELETE",
      "planItem CREATE",
      "planItem UPDATE",
      "planItem CREATE",
      "agreement STAGE_CHANGE",
      "agreement UPDATE",
      "agreement CREATE",
    ]);
    const byAction = (entity: string, action: string) => history.items.find((e) => e.entity === entity && e.action === action);

    const stage = byAction("agreement", "STAGE_CHANGE")!;
    expect(stage.user?.name).toBe(c.users.editor.name);
    expect(field(stage, "stage")).toEqual({ field: "stage", from: "PROPOSAL_SENT", to: "DRAFT" });
    expect(field(stage, "note")).toEqual({ field: "note", from: null, to: "Проект получен от МИД" });
    expect(describeEntry(byAction("agreement", "UPDATE")!)).toBe(`UPDATE by ${c.users.editor.name}: summary null → "Лес, молоко, образование"`);

    // A plan item's edit shows what changed, not the agreementId it carries as context.
    const itemUpdate = byAction("planItem", "UPDATE")!;
    expect(itemUpdate.recordId).toBe(item.id);
    expect(itemUpdate.changes.map((ch) => ch.field).sort()).toEqual(["completedAt", "status"]);
    expect(field(itemUpdate, "status")).toEqual({ field: "status", from: "OPEN", to: "DONE" });
    expect(field(itemUpdate, "completedAt")?.to).toBe(itemDone.completedAt);
    // A removed plan item is gone from the table but not from the history.
    const itemDelete = byAction("planItem", "DELETE")!;
    expect(itemDelete.recordId).toBe(removed.id);
    expect(field(itemDelete, "title")).toEqual({ field: "title", from: "Пункт на удаление", to: null });
    // The plan item whose edit carries no title is named for the panel; a removed one cannot be.
    expect(history.names[item.id]).toBe("Дни Вологодской области в Алматы");
    expect(history.names[removed.id]).toBeUndefined();
    expect(history.names[kz]).toBe("Республика Казахстан");

    // The plan item's own history holds only its entries.
    const own = await c.viewer.history.byRecord({ entity: "planItem", id: item.id });
    expect(own.items.map((e) => e.action)).toEqual(["UPDATE", "CREATE"]);
    // The other agreement's history has none of this agreement's plan items.
    const others = await c.viewer.history.byRecord({ entity: "agreement", id: other.id });
    expect(others.items.map((e) => `${e.entity} ${e.action}`)).toEqual(["planItem CREATE", "agreement CREATE"]);
  });
});

describe("history.byRecord: input and roles", () => {
  it("answers an unknown entity with BAD_REQUEST naming the field", async () => {
    const bad = await failure(c.viewer.history.byRecord({ entity: "spaceship" as never, id: unknownId }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fieldMessages).toEqual({ entity: ["Неизвестный тип записи"] });
    const badId = await failure(c.viewer.history.byRecord({ entity: "meeting", id: "42" }));
    expect(Object.keys(badId.fieldMessages ?? {})).toEqual(["id"]);
  });

  it("keeps user accounts' history out of reach, even of administrators here", async () => {
    // As admin.users.update logs a role change; the account's history belongs to the admin screens.
    await db.prisma.changeLog.create({
      data: { entity: "user", recordId: c.users.viewer.id, action: "UPDATE", userId: c.users.admin.id, changes: { role: { from: "EDITOR", to: "VIEWER" } } },
    });
    expect((await failure(c.viewer.history.byRecord({ entity: "user" as never, id: c.users.viewer.id }))).code).toBe("BAD_REQUEST");
    expect((await failure(c.admin.history.byRecord({ entity: "user" as never, id: c.users.viewer.id }))).code).toBe("BAD_REQUEST");
  });

  it("answers a record without history with an empty page", async () => {
    expect(await c.viewer.history.byRecord({ entity: "partner", id: unknownId })).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
      totalIsLowerBound: false,
      names: {},
    });
  });

  it("is open to every signed-in role and to nobody else", async () => {
    const input = { entity: "partner" as const, id: kz };
    expect((await failure(c.anonymous.history.byRecord(input))).code).toBe("UNAUTHORIZED");
    for (const caller of [c.viewer, c.analyst, c.editor, c.admin]) {
      const page = await caller.history.byRecord(input);
      expect(page.items.map((e) => e.action)).toEqual(["CREATE"]);
      expect(field(page.items[0], "name")?.to).toBe("Республика Казахстан");
    }
  });
});
