// Links between records (issue 10, item 4): a meeting names the agreements signed or
// discussed at it and the event it was part of; both sides show the link, the change
// log records it, a deleted agreement drops out of the meeting's page, and references
// to records that are not there are refused with the field they came in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateMeetingInput } from "@atlas/shared/meeting";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: string;
let forum: { id: string; title: string };
const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = (await db.prisma.partner.create({ data: { name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" } })).id;
  forum = await db.prisma.event.create({
    data: {
      title: "Форум межрегионального сотрудничества",
      kind: "FORUM",
      startsAt: new Date("2024-11-06T00:00:00Z"),
      endsAt: new Date("2024-11-07T00:00:00Z"),
    },
    select: { id: true, title: true },
  });
});
afterAll(async () => db?.close());

const agreement = (title: string, over: Record<string, unknown> = {}) =>
  c.editor.agreement.create({ title, kind: "MEMORANDUM", partyIds: [kz], stage: "SIGNED", stageDate: "2024-11-06", ...over });

const meeting = (over: Partial<TCreateMeetingInput> = {}): TCreateMeetingInput => ({
  title: "Заседание совместной комиссии",
  kind: "MEETING",
  startsAt: "2024-11-06",
  partnerIds: [kz],
  ...over,
});

describe("meeting ↔ agreement and event links", () => {
  it("links a meeting to the agreement signed at it and to its event, shows the link on every side and records it", async () => {
    const memo = await agreement("Меморандум о сотрудничестве в лесной отрасли", { signingPlace: "Астана, форум «Горизонт 2050»" });
    expect(memo.signingPlace).toBe("Астана, форум «Горизонт 2050»");
    const plan = await agreement("План мероприятий на 2025 год", { kind: "IMPLEMENTATION_PLAN" });

    const created = await c.editor.meeting.create(
      meeting({
        agreements: [
          { agreementId: memo.id, mention: "SIGNED" },
          { agreementId: plan.id, mention: "DISCUSSED" },
        ],
        eventId: forum.id,
      }),
    );
    const read = await c.viewer.meeting.byId({ id: created.id });
    // By title; each with its stage and how it figured at the meeting.
    expect(read.agreements).toEqual([
      { id: memo.id, title: "Меморандум о сотрудничестве в лесной отрасли", stage: "SIGNED", mention: "SIGNED" },
      { id: plan.id, title: "План мероприятий на 2025 год", stage: "SIGNED", mention: "DISCUSSED" },
    ]);
    expect(read.event).toEqual({ id: forum.id, title: forum.title, startsAt: "2024-11-06", datePrecision: "DAY" });

    // The other side: the agreement lists the meeting, the event lists it too.
    const memoRead = await c.viewer.agreement.byId({ id: memo.id });
    expect(memoRead.meetings).toEqual([
      { id: created.id, title: "Заседание совместной комиссии", startsAt: "2024-11-06", datePrecision: "DAY", mention: "SIGNED" },
    ]);
    expect((await c.viewer.agreement.byId({ id: plan.id })).meetings.map((m) => m.mention)).toEqual(["DISCUSSED"]);
    expect((await c.viewer.event.byId({ id: forum.id })).meetings).toEqual([
      { id: created.id, title: "Заседание совместной комиссии", startsAt: "2024-11-06", datePrecision: "DAY" },
    ]);

    // A later meeting where the memorandum was discussed comes first on the agreement's page.
    const later = await c.editor.meeting.create(
      meeting({
        title: "Видеоконференция по лесу",
        startsAt: "2025-02-01",
        datePrecision: "MONTH",
        agreements: [{ agreementId: memo.id, mention: "DISCUSSED" }],
      }),
    );
    expect((await c.viewer.agreement.byId({ id: memo.id })).meetings.map((m) => [m.id, m.startsAt, m.datePrecision, m.mention])).toEqual([
      [later.id, "2025-02-01", "MONTH", "DISCUSSED"],
      [created.id, "2024-11-06", "DAY", "SIGNED"],
    ]);
    expect(later.event).toBeNull();

    // History: the creation names the links; an update that replaces them shows before and after.
    const history = await c.viewer.history.byRecord({ entity: "meeting", id: created.id });
    const createEntry = history.items.find((e) => e.action === "CREATE")!;
    expect(createEntry.changes).toEqual(
      expect.arrayContaining([
        { field: "eventId", from: null, to: forum.id },
        {
          field: "agreements",
          from: null,
          to: [
            { agreementId: memo.id, mention: "SIGNED" },
            { agreementId: plan.id, mention: "DISCUSSED" },
          ].sort((a, b) => a.agreementId.localeCompare(b.agreementId)),
        },
      ]),
    );
    const updated = await c.editor.meeting.update({
      id: created.id,
      version: created.version,
      data: { agreements: [{ agreementId: memo.id, mention: "SIGNED" }], eventId: null },
    });
    expect(updated.agreements.map((a) => a.id)).toEqual([memo.id]);
    expect(updated.event).toBeNull();
    expect((await c.viewer.agreement.byId({ id: plan.id })).meetings).toEqual([]);
    expect((await c.viewer.event.byId({ id: forum.id })).meetings).toEqual([]);
    const updateEntry = (await c.viewer.history.byRecord({ entity: "meeting", id: created.id })).items.find((e) => e.action === "UPDATE")!;
    expect(updateEntry.changes).toEqual(
      expect.arrayContaining([
        { field: "eventId", from: forum.id, to: null },
        expect.objectContaining({ field: "agreements", to: [{ agreementId: memo.id, mention: "SIGNED" }] }),
      ]),
    );

    // An update that leaves the links out leaves them alone, and logs no change of them.
    const retitled = await c.editor.meeting.update({ id: created.id, version: updated.version, data: { title: "Заседание межправкомиссии" } });
    expect(retitled.agreements.map((a) => a.id)).toEqual([memo.id]);
    const last = (await c.viewer.history.byRecord({ entity: "meeting", id: created.id })).items[0]!;
    expect(last.changes.map((ch) => ch.field)).toEqual(["title"]);
  });

  it("drops a deleted agreement from the meeting's page and brings it back when the agreement is restored", async () => {
    const kept = await agreement("Соглашение о поставках зерна");
    const doomed = await agreement("Соглашение, которое удалят");
    const m = await c.editor.meeting.create(
      meeting({
        title: "Встреча об урожае",
        agreements: [
          { agreementId: kept.id, mention: "DISCUSSED" },
          { agreementId: doomed.id, mention: "SIGNED" },
        ],
      }),
    );
    const deleted = await c.admin.agreement.delete({ id: doomed.id, version: doomed.version });
    expect((await c.viewer.meeting.byId({ id: m.id })).agreements.map((a) => a.id)).toEqual([kept.id]);

    // The form sends back what it shows; the hidden link survives that edit.
    const edited = await c.editor.meeting.update({ id: m.id, version: m.version, data: { agreements: [{ agreementId: kept.id, mention: "SIGNED" }] } });
    expect(edited.agreements).toEqual([expect.objectContaining({ id: kept.id, mention: "SIGNED" })]);
    await c.admin.agreement.restore({ id: doomed.id, version: deleted.version });
    expect((await c.viewer.meeting.byId({ id: m.id })).agreements.map((a) => [a.id, a.mention])).toEqual([
      [kept.id, "SIGNED"],
      [doomed.id, "SIGNED"],
    ]);

    // A deleted meeting drops out of the agreement's page in the same way.
    await c.admin.meeting.delete({ id: m.id, version: edited.version });
    expect((await c.viewer.agreement.byId({ id: kept.id })).meetings).toEqual([]);
  });

  it("refuses unknown, deleted and repeated references with their field paths", async () => {
    const live = await agreement("Действующее соглашение");
    const gone = await agreement("Удалённое соглашение");
    await c.admin.agreement.delete({ id: gone.id, version: gone.version });
    const before = await db.prisma.interaction.count();

    const bad = await failure(
      c.editor.meeting.create(
        meeting({
          agreements: [
            { agreementId: live.id, mention: "SIGNED" },
            { agreementId: unknownId, mention: "DISCUSSED" },
            { agreementId: gone.id, mention: "SIGNED" },
          ],
          eventId: unknownId,
        }),
      ),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fieldMessages).toEqual({
      "agreements.1.agreementId": ["Соглашение не найдено или удалено"],
      "agreements.2.agreementId": ["Соглашение не найдено или удалено"],
      eventId: ["Мероприятие не найдено или удалено"],
    });
    expect(await db.prisma.interaction.count()).toBe(before);

    // The schema: the same agreement twice; a mention that is not one, an id that is not one.
    const twice = await failure(
      c.editor.meeting.create(
        meeting({
          agreements: [
            { agreementId: live.id, mention: "SIGNED" },
            { agreementId: live.id, mention: "DISCUSSED" },
          ],
        }),
      ),
    );
    expect(twice.code).toBe("BAD_REQUEST");
    expect(twice.fieldMessages).toEqual({ "agreements.1.agreementId": ["Это соглашение уже указано"] });
    const shape = await failure(c.editor.meeting.create(meeting({ agreements: [{ agreementId: "nope", mention: "WITNESSED" as never }] })));
    expect(shape.code).toBe("BAD_REQUEST");
    expect(Object.keys(shape.fieldMessages ?? {}).sort()).toEqual(["agreements.0.agreementId", "agreements.0.mention"]);

    // On update the paths carry the "data." prefix; nothing is written.
    const m = await c.editor.meeting.create(meeting({ agreements: [{ agreementId: live.id, mention: "SIGNED" }] }));
    const upd = await failure(
      c.editor.meeting.update({ id: m.id, version: m.version, data: { agreements: [{ agreementId: gone.id, mention: "SIGNED" }], eventId: unknownId } }),
    );
    expect(upd.code).toBe("BAD_REQUEST");
    expect(Object.keys(upd.fieldMessages ?? {}).sort()).toEqual(["data.agreements.0.agreementId", "data.eventId"]);
    const unchanged = await c.viewer.meeting.byId({ id: m.id });
    expect(unchanged.version).toBe(m.version);
    expect(unchanged.agreements.map((a) => a.id)).toEqual([live.id]);

    // The place of signing is short text.
    const long = await failure(c.editor.agreement.update({ id: live.id, version: live.version, data: { signingPlace: "x".repeat(301) } }));
    expect(Object.keys(long.fieldMessages ?? {})).toEqual(["data.signingPlace"]);
    const placed = await c.editor.agreement.update({ id: live.id, version: live.version, data: { signingPlace: "Вологда" } });
    expect(placed.signingPlace).toBe("Вологда");
    const agreementLog = await c.viewer.history.byRecord({ entity: "agreement", id: live.id });
    expect(agreementLog.items[0]!.changes).toEqual([{ field: "signingPlace", from: null, to: "Вологда" }]);
  });
});
