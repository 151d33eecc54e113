// Tasks follow the record they came from: deleting a meeting or an agreement hides its
// follow-ups from the task lists (as the overview's overdue count already does), and
// restoring the record brings them back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
});
afterAll(async () => db?.close());

const titles = async (filter: Record<string, unknown> = {}) => (await c.viewer.followUp.list({ filter })).items.map((f) => f.title).sort();

describe("follow-ups of deleted records", () => {
  it("disappear with their meeting or agreement and come back on restore", async () => {
    const p = db.prisma;
    const kz = await p.partner.create({ data: { name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" } });
    const meeting = await c.editor.meeting.create({ title: "Визит посла", kind: "VISIT", startsAt: "2024-11-14", partnerIds: [kz.id] });
    const agreement = await p.agreement.create({
      data: { title: "Соглашение", kind: "MEMORANDUM", stageChangedAt: new Date("2020-01-01T00:00:00Z"), parties: { create: [{ partnerId: kz.id }] } },
    });
    const planItem = await p.planItem.create({ data: { agreementId: agreement.id, title: "Дни культуры", dueDate: new Date("2020-05-01T00:00:00Z") } });
    const overdue = "2020-01-01";
    await c.editor.followUp.create({ title: "По встрече", interactionId: meeting.id, dueDate: overdue });
    await c.editor.followUp.create({ title: "По соглашению", agreementId: agreement.id, dueDate: overdue });
    await c.editor.followUp.create({ title: "По пункту плана", planItemId: planItem.id, dueDate: overdue });
    await c.editor.followUp.create({ title: "Самостоятельная", dueDate: overdue });
    expect(await titles()).toEqual(["По встрече", "По пункту плана", "По соглашению", "Самостоятельная"]);

    const deletedMeeting = await c.admin.meeting.delete({ id: meeting.id, version: (await c.viewer.meeting.byId({ id: meeting.id })).version });
    const agreementVersion = (await c.viewer.agreement.byId({ id: agreement.id })).version;
    await c.admin.agreement.delete({ id: agreement.id, version: agreementVersion });
    expect(await titles()).toEqual(["Самостоятельная"]);
    expect(await titles({ overdue: true })).toEqual(["Самостоятельная"]);
    expect((await c.viewer.dashboard.summary({})).keyFigures.overdueFollowUps).toBe(1);

    await c.admin.meeting.restore({ id: meeting.id, version: deletedMeeting.version });
    const deleted = await db.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    await c.admin.agreement.restore({ id: agreement.id, version: deleted.version });
    expect(await titles()).toEqual(["По встрече", "По пункту плана", "По соглашению", "Самостоятельная"]);
  });
});
