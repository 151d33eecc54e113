// meeting.list counts participants and open follow-ups for the page's rows only (one
// grouped statement after the page, not Prisma's `_count`, which counts the whole
// history first): the numbers must be exactly those Prisma's `_count` gives, on every
// page, for meetings with none, some, finished, cancelled and deleted follow-ups.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@atlas/db/database";
import { openTaskStatuses } from "@atlas/shared/follow-up";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
const expected = new Map<string, { participantCount: number; openFollowUpCount: number }>();

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  const p = db.prisma;
  const partner = await p.partner.create({ data: { name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" } });
  const people = await Promise.all(
    ["Абаев", "Бекова", "Волков", "Галиев"].map((fullName) => p.person.create({ data: { fullName, side: "PARTNER", partnerId: partner.id } })),
  );
  // [participants, follow-ups by status (a "deleted" one is OPEN but deleted)]
  const plans: Array<[number, Array<"OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED" | "deleted">]> = [
    [0, []],
    [1, ["OPEN"]],
    [2, ["OPEN", "IN_PROGRESS", "DONE"]],
    [4, ["CANCELLED", "deleted"]],
    [3, ["DONE", "DONE", "OPEN", "OPEN", "IN_PROGRESS"]],
    [1, ["deleted", "IN_PROGRESS"]],
    [2, []],
  ];
  for (const [i, [participants, tasks]] of plans.entries()) {
    const m = await c.editor.meeting.create({
      title: `Встреча ${i + 1}`,
      kind: "MEETING",
      startsAt: `2024-06-${String(10 + i).padStart(2, "0")}`,
      partnerIds: [partner.id],
      participants: people.slice(0, participants).map((person) => ({ personId: person.id })),
    });
    for (const [j, status] of tasks.entries()) {
      await p.followUp.create({
        data: {
          title: `Поручение ${i + 1}.${j + 1}`,
          interactionId: m.id,
          status: status === "deleted" ? "OPEN" : status,
          deletedAt: status === "deleted" ? new Date() : null,
        },
      });
    }
    expected.set(m.id, {
      participantCount: participants,
      openFollowUpCount: tasks.filter((s) => s === "OPEN" || s === "IN_PROGRESS").length,
    });
  }
  // A task of no meeting counts for none.
  await p.followUp.create({ data: { title: "Поручение без встречи" } });
});
afterAll(async () => db?.close());

describe("meeting.list counts", () => {
  it("gives each row of every page its own participants and open follow-ups", async () => {
    const seen = new Map<string, { participantCount: number; openFollowUpCount: number }>();
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof c.viewer.meeting.list>> = await c.viewer.meeting.list({ limit: 3, cursor });
      for (const m of page.items) seen.set(m.id, { participantCount: m.participantCount, openFollowUpCount: m.openFollowUpCount });
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });

  it("agrees with Prisma's own _count, the way the list counted before", async () => {
    const rows = await db.prisma.interaction.findMany({
      where: { deletedAt: null },
      select: {
        id: true,
        _count: { select: { participants: true, followUps: { where: { deletedAt: null, status: { in: [...openTaskStatuses] } } } } },
      },
    });
    const listed = await c.viewer.meeting.list({ limit: 100 });
    expect(new Map(listed.items.map((m) => [m.id, { participantCount: m.participantCount, openFollowUpCount: m.openFollowUpCount }]))).toEqual(
      new Map(rows.map((r) => [r.id, { participantCount: r._count.participants, openFollowUpCount: r._count.followUps }])),
    );
  });

  it("a filter that matches nothing gives an empty page", async () => {
    const none = await c.viewer.meeting.list({ filter: { q: "несуществующее слово" } });
    expect(none).toMatchObject({ items: [], total: 0, nextCursor: null });
  });

  it("works on an embedded database migrated when it opened, as on a first start", async () => {
    // PGlite learns the array types it can send when it opens: a statement that sent the
    // statuses as an array of the enum failed there ("malformed array literal"), while the
    // suite's databases, copied from an image, already had the enum when they opened.
    const fresh = await openDatabase({ kind: "pglite" });
    try {
      const fc = await callersFor(fresh);
      const partner = await fresh.prisma.partner.create({ data: { name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" } });
      const m = await fc.editor.meeting.create({ title: "Встреча", kind: "MEETING", startsAt: "2024-06-01", partnerIds: [partner.id] });
      await fresh.prisma.followUp.create({ data: { title: "Поручение", interactionId: m.id, status: "IN_PROGRESS" } });
      const listed = await fc.viewer.meeting.list({});
      expect(listed.items.map((i) => [i.id, i.participantCount, i.openFollowUpCount])).toEqual([[m.id, 0, 1]]);
    } finally {
      await fresh.close();
    }
  });
});
