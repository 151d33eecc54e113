import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { addDays, todayIn } from "@atlas/shared/calendar-day";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";
import { isoTimestamp } from "../support/timestamps.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let ref: { kz: string; almaty: string; by: string; timber: string; meeting: string; agreement: string; planItem: string; otherAgreement: string };
const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  const p = db.prisma;
  const kz = await p.partner.create({ data: { name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" } });
  const almaty = await p.partner.create({ data: { name: "Алматинская область", level: "REGION", parentId: kz.id } });
  const by = await p.partner.create({ data: { name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" } });
  const timber = await p.sector.create({ data: { code: "timber", name: "Лесная промышленность", nameEn: "Timber" } });
  const meeting = await c.editor.meeting.create({
    title: "Встреча с акиматом",
    kind: "MEETING",
    startsAt: "2024-11-14",
    partnerIds: [almaty.id],
    sectorIds: [timber.id],
  });
  const agreement = await p.agreement.create({
    data: {
      title: "Соглашение с Беларусью",
      kind: "COOPERATION_AGREEMENT",
      stageChangedAt: new Date("2024-01-10T00:00:00Z"),
      parties: { create: [{ partnerId: by.id }] },
    },
  });
  const planItem = await p.planItem.create({ data: { agreementId: agreement.id, title: "Дни региона", dueDate: new Date("2025-05-01T00:00:00Z") } });
  const otherAgreement = await p.agreement.create({
    data: { title: "Другое соглашение", kind: "MEMORANDUM", stageChangedAt: new Date("2024-01-10T00:00:00Z") },
  });
  ref = {
    kz: kz.id,
    almaty: almaty.id,
    by: by.id,
    timber: timber.id,
    meeting: meeting.id,
    agreement: agreement.id,
    planItem: planItem.id,
    otherAgreement: otherAgreement.id,
  };
});
afterAll(async () => db?.close());

describe("followUp", () => {
  it("creates a task with owner and links, and reads it back", async () => {
    const f = await c.editor.followUp.create({
      title: "Подготовить предложения по поставкам ягод",
      details: "Замороженные ягоды, молочная продукция",
      ownerId: c.users.editor.id,
      dueDate: "2030-01-15",
      interactionId: ref.meeting,
    });
    expect(f).toMatchObject({
      dueDate: "2030-01-15",
      status: "OPEN",
      completedAt: null,
      version: 1,
      owner: { id: c.users.editor.id, name: "Тест EDITOR" },
      interaction: { id: ref.meeting, title: "Встреча с акиматом" },
      agreement: null,
    });
    expect((await c.viewer.followUp.byId({ id: f.id })).details).toBe("Замороженные ягоды, молочная продукция");
    expect((await c.viewer.followUp.list({ filter: { q: "ЯГОД замороженные" } })).items.map((i) => i.id)).toEqual([f.id]);
    // The meeting counts it as open.
    const [m] = (await c.viewer.meeting.list({ filter: { q: "акиматом" } })).items;
    expect(m?.openFollowUpCount).toBe(1);
    const log = await db.prisma.changeLog.findMany({ where: { entity: "followUp", recordId: f.id } });
    expect(log.map((l) => l.action)).toEqual(["CREATE"]);
  });

  it("takes the agreement from a plan item and refuses a plan item of another agreement", async () => {
    const f = await c.editor.followUp.create({ title: "Согласовать программу", planItemId: ref.planItem });
    expect(f.agreement).toEqual({ id: ref.agreement, title: "Соглашение с Беларусью" });
    expect(f.planItem?.id).toBe(ref.planItem);
    const bad = await failure(c.editor.followUp.create({ title: "x", planItemId: ref.planItem, agreementId: ref.otherAgreement }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {})).toEqual(["planItemId"]);
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(c.editor.followUp.create({ title: " ", ownerId: unknownId, status: "LOST" as never, dueDate: "не дата" as never }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["dueDate", "status", "title"]);
    const refs = await failure(
      c.editor.followUp.create({ title: "Задача", ownerId: unknownId, interactionId: unknownId, agreementId: unknownId, planItemId: unknownId }),
    );
    expect(refs.code).toBe("BAD_REQUEST");
    expect(Object.keys(refs.fieldMessages ?? {}).sort()).toEqual(["agreementId", "interactionId", "ownerId", "planItemId"]);
    const f = await c.editor.followUp.create({ title: "Задача" });
    const upd = await failure(c.editor.followUp.update({ id: f.id, version: f.version, data: { ownerId: unknownId } }));
    expect(upd.fieldMessages).toEqual({ "data.ownerId": ["Пользователь не найден или отключён"] });
  });

  it("lists overdue tasks: past due and still open or in progress", async () => {
    // Days of the home calendar (Europe/Moscow by default), which is what "overdue" counts in.
    const today = todayIn("Europe/Moscow");
    const mk = (title: string, dueDate: string | null, status: "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED") =>
      c.editor.followUp.create({ title: `срок ${title}`, dueDate, status });
    const lateOpen = await mk("просрочено-открыто", addDays(today, -3), "OPEN");
    const lateInProgress = await mk("просрочено-в-работе", addDays(today, -2), "IN_PROGRESS");
    const lateDone = await mk("просрочено-сделано", addDays(today, -3), "DONE");
    const lateCancelled = await mk("просрочено-отменено", addDays(today, -3), "CANCELLED");
    const future = await mk("будущее", addDays(today, 3), "OPEN");
    const undated = await mk("без-срока", null, "OPEN");
    expect(lateDone.completedAt).toMatch(isoTimestamp);

    const ids = async (overdue: boolean) =>
      (await c.viewer.followUp.list({ filter: { q: "срок", overdue }, sort: { field: "createdAt", direction: "asc" } })).items.map((i) => i.id);
    expect(await ids(true)).toEqual([lateOpen.id, lateInProgress.id]);
    expect(await ids(false)).toEqual([lateDone.id, lateCancelled.id, future.id, undated.id]);

    // Completing takes a task off the overdue list and is recorded.
    const done = await c.editor.followUp.complete({ id: lateOpen.id, version: lateOpen.version });
    expect(done.status).toBe("DONE");
    expect(done.completedAt).toMatch(isoTimestamp);
    expect(done.version).toBe(lateOpen.version + 1);
    expect(await ids(true)).toEqual([lateInProgress.id]);
    const log = await db.prisma.changeLog.findMany({ where: { recordId: lateOpen.id, action: "UPDATE" } });
    expect((log[0]?.changes as Record<string, { from: unknown; to: unknown }>).status).toEqual({ from: "OPEN", to: "DONE" });
    // A stale version is refused.
    expect((await failure(c.editor.followUp.complete({ id: lateOpen.id, version: lateOpen.version }))).code).toBe("CONFLICT");
  });

  it("sets completedAt when moved to DONE by update and clears it when moved back", async () => {
    const f = await c.editor.followUp.create({ title: "Переключение статуса" });
    const done = await c.editor.followUp.update({ id: f.id, version: f.version, data: { status: "DONE" } });
    expect(done.completedAt).toMatch(isoTimestamp);
    // Editing another field keeps the completion time.
    const renamed = await c.editor.followUp.update({ id: f.id, version: done.version, data: { title: "Переключение статуса 2" } });
    expect(renamed.completedAt).toEqual(done.completedAt);
    const reopened = await c.editor.followUp.update({ id: f.id, version: renamed.version, data: { status: "OPEN" } });
    expect(reopened.completedAt).toBeNull();
    expect(reopened.status).toBe("OPEN");
    const stale = await failure(c.editor.followUp.update({ id: f.id, version: f.version, data: { title: "поздно" } }));
    expect(stale.code).toBe("CONFLICT");
  });

  it("moves and clears the due date as a day, and logs days", async () => {
    const f = await c.editor.followUp.create({ title: "Перенос срока", dueDate: "2026-04-30" });
    const moved = await c.editor.followUp.update({ id: f.id, version: f.version, data: { dueDate: "2026-05-15" } });
    expect(moved.dueDate).toBe("2026-05-15");
    expect((await c.viewer.followUp.byId({ id: f.id })).dueDate).toBe("2026-05-15");
    const cleared = await c.editor.followUp.update({ id: f.id, version: moved.version, data: { dueDate: null } });
    expect(cleared.dueDate).toBeNull();
    const log = await db.prisma.changeLog.findMany({ where: { entity: "followUp", recordId: f.id }, orderBy: { at: "asc" } });
    expect((log[0]?.changes as Record<string, unknown>).dueDate).toBe("2026-04-30");
    expect((log[1]?.changes as Record<string, unknown>).dueDate).toEqual({ from: "2026-04-30", to: "2026-05-15" });
    expect((log[2]?.changes as Record<string, unknown>).dueDate).toEqual({ from: "2026-05-15", to: null });
  });

  it("filters by partner scope through the meeting or the agreement, and by owner, status, period and sector", async () => {
    const viaMeeting = await c.editor.followUp.create({ title: "фильтр через встречу", interactionId: ref.meeting, dueDate: "2026-02-01" });
    const viaAgreement = await c.editor.followUp.create({
      title: "фильтр через соглашение",
      agreementId: ref.agreement,
      ownerId: c.users.admin.id,
      status: "IN_PROGRESS",
      dueDate: "2026-03-01",
    });
    const ids = async (filter: Record<string, unknown>) => (await c.viewer.followUp.list({ filter: { q: "фильтр", ...filter } })).items.map((i) => i.id);
    expect(await ids({})).toEqual([viaMeeting.id, viaAgreement.id]);
    // The meeting is with a region of Kazakhstan; the agreement's party is Belarus.
    expect(await ids({ countryCodes: ["KZ"] })).toEqual([viaMeeting.id]);
    expect(await ids({ partnerIds: [ref.kz] })).toEqual([viaMeeting.id]);
    expect(await ids({ partnerIds: [ref.by] })).toEqual([viaAgreement.id]);
    expect(await ids({ partnerIds: [ref.kz, ref.by] })).toEqual([viaMeeting.id, viaAgreement.id]);
    expect(await ids({ sectorIds: [ref.timber] })).toEqual([viaMeeting.id]);
    expect(await ids({ ownerId: c.users.admin.id })).toEqual([viaAgreement.id]);
    expect(await ids({ statuses: ["IN_PROGRESS"] })).toEqual([viaAgreement.id]);
    expect(await ids({ agreementId: ref.agreement })).toEqual([viaAgreement.id]);
    expect(await ids({ interactionId: ref.meeting })).toEqual([viaMeeting.id]);
    expect(await ids({ from: "2026-02-15" })).toEqual([viaAgreement.id]);
    expect(await ids({ to: "2026-02-15" })).toEqual([viaMeeting.id]);
    // Both ends are days and both are inclusive.
    expect(await ids({ from: "2026-02-01", to: "2026-02-01" })).toEqual([viaMeeting.id]);
    expect(await ids({ from: "2026-02-02", to: "2026-02-28" })).toEqual([]);
  });

  it("sorts by due date with undated tasks last, and pages through them without gaps", async () => {
    const titles = ["сорт-б", "сорт-а", "сорт-в", "сорт-г", "сорт-д"];
    const dates = ["2027-01-02", null, "2027-01-01", null, "2027-01-03"];
    for (const [i, title] of titles.entries()) await c.editor.followUp.create({ title, dueDate: dates[i] ?? null });

    const all = await c.viewer.followUp.list({ filter: { q: "сорт" } });
    expect(all.items.slice(0, 3).map((i) => i.title)).toEqual(["сорт-в", "сорт-б", "сорт-д"]);
    expect(all.items.slice(3).every((i) => i.dueDate === null)).toBe(true);
    const desc = await c.viewer.followUp.list({ filter: { q: "сорт" }, sort: { field: "dueDate", direction: "desc" } });
    expect(desc.items.slice(0, 3).map((i) => i.title)).toEqual(["сорт-д", "сорт-б", "сорт-в"]);
    expect(desc.items.slice(3).every((i) => i.dueDate === null)).toBe(true);

    for (const direction of ["asc", "desc"] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof c.viewer.followUp.list>> = await c.viewer.followUp.list({
          filter: { q: "сорт" },
          sort: { field: "dueDate", direction },
          limit: 2,
          cursor,
        });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      const whole = await c.viewer.followUp.list({ filter: { q: "сорт" }, sort: { field: "dueDate", direction } });
      expect(seen).toEqual(whole.items.map((i) => i.id));
      expect(seen).toHaveLength(5);
    }
  });

  it("checks roles: viewer cannot create, editor cannot delete; delete hides and restore brings back", async () => {
    expect((await failure(c.viewer.followUp.create({ title: "нельзя" }))).code).toBe("FORBIDDEN");
    const f = await c.editor.followUp.create({ title: "удаляемое поручение" });
    expect((await failure(c.viewer.followUp.complete({ id: f.id, version: f.version }))).code).toBe("FORBIDDEN");
    expect((await failure(c.editor.followUp.delete({ id: f.id, version: f.version }))).code).toBe("FORBIDDEN");
    const deleted = await c.admin.followUp.delete({ id: f.id, version: f.version });
    expect((await c.viewer.followUp.list({ filter: { q: "удаляемое" } })).total).toBe(0);
    expect((await failure(c.viewer.followUp.byId({ id: f.id }))).code).toBe("NOT_FOUND");
    await c.admin.followUp.restore({ id: f.id, version: deleted.version });
    expect((await c.viewer.followUp.list({ filter: { q: "удаляемое" } })).total).toBe(1);
    const log = await db.prisma.changeLog.findMany({ where: { entity: "followUp", recordId: f.id }, orderBy: { at: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });
});
