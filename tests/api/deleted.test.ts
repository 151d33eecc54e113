// history.deleted (/admin/deleted): soft-deleted meetings, agreements, events and
// projects, newest first, with who deleted each; restoring takes a record off the list
// and makes its page readable again. Administrators only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TDeletedRecord } from "@atlas/shared/history";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure, type Caller } from "../support/callers.ts";
import { isoTimestamp } from "../support/timestamps.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let secondAdmin: { id: string; name: string; email: string };
let asSecondAdmin: Caller;
let kz: string;
/** Deletion times have millisecond precision: a pause keeps "newest first" a fact, not a tie. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const brief = (r: TDeletedRecord) => [r.entity, r.title, r.deletedBy?.name ?? null];

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  secondAdmin = await db.prisma.user.create({
    data: { email: "second-admin@test.local", name: "Мария Второва", role: "ADMIN" },
    select: { id: true, name: true, email: true },
  });
  asSecondAdmin = c.as({ ...secondAdmin, role: "ADMIN" });
  kz = (await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" })).id;
});
afterAll(async () => db?.close());

describe("history.deleted", () => {
  it("lists deleted meetings and agreements with who deleted them; restore takes them off and byId works again", async () => {
    const meeting = await c.editor.meeting.create({ title: "Встреча с послом", kind: "MEETING", startsAt: "2024-11-12", partnerIds: [kz] });
    const agreement = await c.editor.agreement.create({
      title: "Соглашение с Алматинской областью",
      kind: "COOPERATION_AGREEMENT",
      partyIds: [kz],
      stageDate: "2024-11-20",
    });
    const kept = await c.editor.meeting.create({ title: "Встреча, которую не удаляли", kind: "CALL", startsAt: "2024-11-13", partnerIds: [kz] });

    expect((await c.admin.history.deleted({})).items).toEqual([]);

    await c.admin.meeting.delete({ id: meeting.id, version: meeting.version });
    await tick();
    await asSecondAdmin.agreement.delete({ id: agreement.id, version: agreement.version });
    await expect(c.viewer.meeting.byId({ id: meeting.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const list = await c.admin.history.deleted({});
    expect(list.total).toBe(2);
    expect(list.nextCursor).toBeNull();
    // Newest deletion first; each with the admin who deleted it.
    expect(list.items.map(brief)).toEqual([
      ["agreement", "Соглашение с Алматинской областью", "Мария Второва"],
      ["meeting", "Встреча с послом", c.users.admin.name],
    ]);
    const [deletedAgreement, deletedMeeting] = list.items;
    expect(deletedAgreement!.deletedBy).toEqual(secondAdmin);
    expect(deletedMeeting!.id).toBe(meeting.id);
    expect(deletedMeeting!.deletedAt).toMatch(isoTimestamp);
    expect(Date.parse(deletedMeeting!.deletedAt)).toBeLessThanOrEqual(Date.parse(deletedAgreement!.deletedAt));
    expect(list.items.some((r) => r.id === kept.id)).toBe(false);
    // The version the list gives is the one restore needs.
    expect(deletedAgreement!.version).toBe(agreement.version + 1);

    await c.admin.meeting.restore({ id: meeting.id, version: deletedMeeting!.version });
    const afterMeeting = await c.admin.history.deleted({});
    expect(afterMeeting.items.map((r) => r.id)).toEqual([agreement.id]);
    expect(afterMeeting.total).toBe(1);
    expect((await c.viewer.meeting.byId({ id: meeting.id })).title).toBe("Встреча с послом");

    await c.admin.agreement.restore({ id: agreement.id, version: deletedAgreement!.version });
    expect(await c.admin.history.deleted({})).toEqual({ items: [], nextCursor: null, total: 0, totalIsLowerBound: false });
    expect((await c.viewer.agreement.byId({ id: agreement.id })).title).toBe("Соглашение с Алматинской областью");
  });

  it("covers events and projects, filters by kind and by id, and pages without gaps or repeats", async () => {
    const event = await c.editor.event.create({ title: "Форум «Горизонт 2050»", kind: "FORUM", startsAt: "2026-12-04", partnerIds: [kz] });
    const project = await c.editor.project.create({ title: "Деревообрабатывающее производство", partnerId: kz });
    const meeting = await c.editor.meeting.create({ title: "Звонок в Астану", kind: "CALL", startsAt: "2024-12-01", partnerIds: [kz] });
    await c.admin.event.delete({ id: event.id, version: event.version });
    await tick();
    await c.admin.project.delete({ id: project.id, version: project.version });
    await tick();
    await asSecondAdmin.meeting.delete({ id: meeting.id, version: meeting.version });

    const all = await c.admin.history.deleted({});
    expect(all.total).toBe(3);
    expect(all.items.map((r) => r.entity)).toEqual(["meeting", "project", "event"]);

    const projects = await c.admin.history.deleted({ entity: "project" });
    expect(projects.items.map(brief)).toEqual([["project", "Деревообрабатывающее производство", c.users.admin.name]]);
    expect(projects.total).toBe(1);
    const byId = await c.admin.history.deleted({ id: event.id });
    expect(byId.items.map((r) => r.id)).toEqual([event.id]);
    expect((await c.admin.history.deleted({ entity: "meeting", id: event.id })).items).toEqual([]);

    // One row per page: the cursor walks the same order, and every page brings the total.
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: Awaited<ReturnType<typeof c.admin.history.deleted>> = await c.admin.history.deleted({ limit: 1, cursor });
      expect(result.total).toBe(3);
      seen.push(...result.items.map((r) => r.id));
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(all.items.map((r) => r.id));

    // A record deleted, restored and deleted again names the latest deletion.
    const restoredMeeting = await c.admin.meeting.restore({
      id: meeting.id,
      version: (await c.admin.history.deleted({ entity: "meeting" })).items[0]!.version,
    });
    const again = await c.viewer.meeting.byId({ id: meeting.id });
    expect(again.version).toBe(restoredMeeting.version);
    const deletedAgain = await c.admin.meeting.delete({ id: meeting.id, version: again.version });
    const latest = await c.admin.history.deleted({ entity: "meeting" });
    expect(latest.items.map(brief)).toEqual([["meeting", "Звонок в Астану", c.users.admin.name]]);

    // Restore by the list's version, then nothing of them is left.
    await c.admin.event.restore({ id: event.id, version: byId.items[0]!.version });
    await c.admin.project.restore({ id: project.id, version: projects.items[0]!.version });
    await c.admin.meeting.restore({ id: meeting.id, version: deletedAgain.version });
    expect((await c.admin.history.deleted({})).total).toBe(0);
    expect((await c.viewer.event.byId({ id: event.id })).title).toBe("Форум «Горизонт 2050»");
    expect((await c.viewer.project.byId({ id: project.id })).title).toBe("Деревообрабатывающее производство");
  });

  it("names nobody when the deleting account is gone, and leaves out other kinds of record", async () => {
    const gone = await db.prisma.user.create({
      data: { email: "gone@test.local", name: "Уволенный", role: "ADMIN" },
      select: { id: true, name: true, email: true },
    });
    const meeting = await c.editor.meeting.create({ title: "Встреча без автора удаления", kind: "MEETING", startsAt: "2024-10-01", partnerIds: [kz] });
    const deleted = await c.as({ ...gone, role: "ADMIN" }).meeting.delete({ id: meeting.id, version: meeting.version });
    await db.prisma.user.delete({ where: { id: gone.id } });
    const partner = await c.editor.partner.create({ name: "Удаляемый партнёр", level: "ORGANISATION" });
    await c.admin.partner.delete({ id: partner.id, version: partner.version });

    const list = await c.admin.history.deleted({});
    expect(list.items.map(brief)).toEqual([["meeting", "Встреча без автора удаления", null]]);
    await c.admin.meeting.restore({ id: meeting.id, version: deleted.version });
  });

  it("is for administrators only and checks its input", async () => {
    for (const caller of [c.viewer, c.analyst, c.editor]) expect((await failure(caller.history.deleted({}))).code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.history.deleted({}))).code).toBe("UNAUTHORIZED");
    const bad = await failure(c.admin.history.deleted({ cursor: "not-a-cursor", limit: 1 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["cursor"]);
    // @ts-expect-error partners are not restored from this list
    expect((await failure(c.admin.history.deleted({ entity: "partner" }))).code).toBe("BAD_REQUEST");
  });
});

describe("history.deleted cursor", () => {
  it("refuses a cursor whose time or id only looks right, with a 400 and not a database error", async () => {
    const db = await openTestDatabase();
    try {
      const { admin } = await callersFor(db);
      for (const cursor of [
        "4658-10-82T29:87:73.939Z~event~eac7ca---c1-26---6a-6c6-ba-c23-0a0-e",
        "2024-02-30T10:00:00.000Z~meeting~3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
        "2024-01-01T10:00:00.000Z~meeting~------------------------------------",
      ]) {
        const result = await failure(admin.history.deleted({ cursor }));
        expect(result.code, cursor).toBe("BAD_REQUEST");
      }
      // A real cursor is still accepted.
      await expect(admin.history.deleted({ cursor: "2024-01-01T10:00:00.000Z~meeting~3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f" })).resolves.toMatchObject({
        items: [],
      });
    } finally {
      await db.close();
    }
  });
});
