// History as it happened (issue 9, item 5): an agreement entered after the fact at its
// real stage with its past stage dates, and stage moves dated in the past.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateAgreementInput } from "@atlas/shared/agreement";
import { addDays, todayIn } from "@atlas/shared/calendar-day";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith, failure, type Caller } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let arkhangelsk: { id: string };
/** An editor whose «today» is fixed: 15 Jan 2025 22:30 UTC is already 16 January in Moscow. */
let lateEvening: Caller;
const homeToday = "2025-01-16";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  const russia = await c.editor.partner.create({ name: "Российская Федерация", level: "COUNTRY", isoCode: "RU" });
  await c.editor.partner.create({ name: "Вологодская область", level: "REGION", parentId: russia.id, isoCode: "RU-VLG", isHome: true });
  arkhangelsk = await c.editor.partner.create({ name: "Архангельская область", level: "REGION", parentId: russia.id, isoCode: "RU-ARK" });
  lateEvening = callerWith({ db, user: c.users.editor, clock: { now: () => new Date("2025-01-15T22:30:00Z") } }).caller;
});
afterAll(async () => db?.close());

const history = (a: { stageHistory: Array<{ fromStage: string | null; toStage: string; changedAt: string; datePrecision: string }> }) =>
  a.stageHistory.map((h) => [h.fromStage, h.toStage, h.changedAt, h.datePrecision]);

/** An agreement signed on 6 June 2024 and in force since 20 June 2024, entered after the fact. */
const signedThenInForce = (extra: Partial<TCreateAgreementInput>): TCreateAgreementInput => ({
  title: "Меморандум о сотрудничестве в сфере туризма",
  kind: "MEMORANDUM",
  partyIds: [kz.id],
  stage: "IN_FORCE",
  stageDate: "2024-06-20",
  earlierStages: [{ stage: "SIGNED", date: "2024-06-06" }],
  ...extra,
});

describe("agreement entered after the fact", () => {
  it("keeps a memorandum's signing (06.06.2024) and entry into force (20.06.2024) exactly, in the record, history, list and change log", async () => {
    const created = await c.editor.agreement.create(signedThenInForce({}));
    const read = await c.viewer.agreement.byId({ id: created.id });
    expect(read).toEqual(created);
    expect(read).toMatchObject({
      stage: "IN_FORCE",
      stageChangedAt: "2024-06-20",
      stageDatePrecision: "DAY",
      signedAt: "2024-06-06",
      effectiveAt: "2024-06-20",
      registeredAt: null,
    });
    expect(history(read)).toEqual([
      [null, "SIGNED", "2024-06-06", "DAY"],
      ["SIGNED", "IN_FORCE", "2024-06-20", "DAY"],
    ]);
    expect(new Set(read.stageHistory.map((h) => h.userId))).toEqual(new Set([c.users.editor.id]));

    const listed = await c.viewer.agreement.list({ filter: { q: "меморандум туризма" } });
    expect(listed.items.map((i) => [i.id, i.stageChangedAt, i.signedAt])).toEqual([[created.id, "2024-06-20", "2024-06-06"]]);
    // The period filter sees the signing in June, not a stage change «today».
    expect((await c.viewer.agreement.list({ filter: { q: "меморандум туризма", from: "2024-06-01", to: "2024-06-10" } })).total).toBe(1);
    expect((await c.viewer.agreement.list({ filter: { q: "меморандум туризма", from: "2024-07-01" } })).total).toBe(0);

    const log = await db.prisma.changeLog.findFirstOrThrow({ where: { entity: "agreement", recordId: created.id, action: "CREATE" } });
    expect(log.changes).toMatchObject({
      stage: "IN_FORCE",
      stageChangedAt: "2024-06-20",
      signedAt: "2024-06-06",
      effectiveAt: "2024-06-20",
      earlierStages: [{ stage: "SIGNED", date: "2024-06-06", datePrecision: "DAY", note: null }],
    });
  });

  it("lets a cooperation agreement between two Russian regions go from signature into force, and refuses it for an international one (4-FZ) on `stage`", async () => {
    const domestic = await c.editor.agreement.create(
      signedThenInForce({ title: "Соглашение с Архангельской областью", kind: "COOPERATION_AGREEMENT", partyIds: [arkhangelsk.id] }),
    );
    expect(domestic.international).toBe(false);
    expect(domestic).toMatchObject({ stage: "IN_FORCE", signedAt: "2024-06-06", effectiveAt: "2024-06-20" });
    expect(history(domestic)).toEqual([
      [null, "SIGNED", "2024-06-06", "DAY"],
      ["SIGNED", "IN_FORCE", "2024-06-20", "DAY"],
    ]);

    const title = "Соглашение с Казахстаном без регистрации";
    const international = await failure(c.editor.agreement.create(signedThenInForce({ title, kind: "COOPERATION_AGREEMENT", partyIds: [kz.id] })));
    expect(international.code).toBe("BAD_REQUEST");
    expect(Object.keys(international.fieldMessages ?? {})).toEqual(["stage"]);
    expect(international.message).toMatch(/4-ФЗ/);
    // A Russian party does not make it domestic while a foreign one is there.
    const mixed = await failure(c.editor.agreement.create(signedThenInForce({ title, kind: "COOPERATION_AGREEMENT", partyIds: [arkhangelsk.id, kz.id] })));
    expect(Object.keys(mixed.fieldMessages ?? {})).toEqual(["stage"]);
    expect(await db.prisma.agreement.count({ where: { title } })).toBe(0);

    // Through registration it is fine, and the registration's day is recorded.
    const registered = await c.editor.agreement.create(
      signedThenInForce({
        title: "Соглашение с Казахстаном, зарегистрированное в Минюсте",
        kind: "COOPERATION_AGREEMENT",
        earlierStages: [
          { stage: "NEGOTIATION", date: "2024-03-01", datePrecision: "MONTH", note: "Согласование с МИД" },
          { stage: "SIGNED", date: "2024-06-06" },
          { stage: "REGISTERED", date: "2024-06-14" },
        ],
        registrationNumber: "35-МС/2024-014",
      }),
    );
    expect(registered).toMatchObject({ signedAt: "2024-06-06", registeredAt: "2024-06-14", effectiveAt: "2024-06-20", registrationNumber: "35-МС/2024-014" });
    expect(history(registered)).toEqual([
      [null, "NEGOTIATION", "2024-03-01", "MONTH"],
      ["NEGOTIATION", "SIGNED", "2024-06-06", "DAY"],
      ["SIGNED", "REGISTERED", "2024-06-14", "DAY"],
      ["REGISTERED", "IN_FORCE", "2024-06-20", "DAY"],
    ]);
    expect(registered.stageHistory[0]?.note).toBe("Согласование с МИД");
  });

  it("requires what each stage on the path needs: a registration number, a date of entry into force", async () => {
    const noNumber = await failure(
      c.editor.agreement.create(
        signedThenInForce({
          kind: "COOPERATION_AGREEMENT",
          earlierStages: [
            { stage: "SIGNED", date: "2024-06-06" },
            { stage: "REGISTERED", date: "2024-06-14" },
          ],
        }),
      ),
    );
    expect(noNumber.code).toBe("BAD_REQUEST");
    expect(Object.keys(noNumber.fieldMessages ?? {})).toEqual(["registrationNumber"]);

    // In force «в июне 2024»: the month does not say on which day, so effectiveAt must be given.
    const vague = await failure(c.editor.agreement.create(signedThenInForce({ stageDatePrecision: "MONTH" })));
    expect(Object.keys(vague.fieldMessages ?? {})).toEqual(["effectiveAt"]);
    const given = await c.editor.agreement.create(
      signedThenInForce({ title: "Меморандум, в силе с июня", stageDate: "2024-06-25", stageDatePrecision: "MONTH", effectiveAt: "2024-06-20" }),
    );
    // The month is stored as its first day with its precision; the list says so too.
    expect(given).toMatchObject({ stageChangedAt: "2024-06-01", stageDatePrecision: "MONTH", effectiveAt: "2024-06-20", signedAt: "2024-06-06" });
    expect(history(given)).toEqual([
      [null, "SIGNED", "2024-06-06", "DAY"],
      ["SIGNED", "IN_FORCE", "2024-06-01", "MONTH"],
    ]);
    const listed = await c.viewer.agreement.list({ filter: { q: "в силе с июня" } });
    expect(listed.items.map((i) => [i.stageChangedAt, i.stageDatePrecision])).toEqual([["2024-06-01", "MONTH"]]);
    // A month-precision change is in a period that touches its month, not in the next one.
    expect((await c.viewer.agreement.list({ filter: { q: "в силе с июня", from: "2024-06-28", to: "2024-06-30" } })).total).toBe(1);
    expect((await c.viewer.agreement.list({ filter: { q: "в силе с июня", from: "2024-07-01", to: "2024-07-31" } })).total).toBe(0);
  });

  it("refuses dates going back, with the path of the step at fault", async () => {
    const backwards = await failure(
      c.editor.agreement.create(
        signedThenInForce({
          earlierStages: [
            { stage: "NEGOTIATION", date: "2024-06-01" },
            { stage: "SIGNED", date: "2024-05-20" },
          ],
        }),
      ),
    );
    expect(backwards.code).toBe("BAD_REQUEST");
    expect(Object.keys(backwards.fieldMessages ?? {})).toEqual(["earlierStages.1.date"]);
    expect(backwards.fieldMessages?.["earlierStages.1.date"]?.[0]).toMatch(/раньше предыдущего этапа/);

    const currentBeforeLast = await failure(c.editor.agreement.create(signedThenInForce({ stageDate: "2024-06-05" })));
    expect(Object.keys(currentBeforeLast.fieldMessages ?? {})).toEqual(["stageDate"]);

    // The same day, or a day inside the previous step's month, is not going back.
    const sameDay = await c.editor.agreement.create(signedThenInForce({ title: "Меморандум: подписан и вступил в силу в один день", stageDate: "2024-06-06" }));
    expect(sameDay.stageHistory.map((h) => h.toStage)).toEqual(["SIGNED", "IN_FORCE"]);
    const inMonth = await c.editor.agreement.create(
      signedThenInForce({
        title: "Меморандум: подписан в июне",
        earlierStages: [{ stage: "SIGNED", date: "2024-06-30", datePrecision: "MONTH" }],
        stageDate: "2024-06-03",
      }),
    );
    // A month is not a day: signedAt stays empty rather than 1 June.
    expect(inMonth).toMatchObject({ signedAt: null, effectiveAt: "2024-06-03" });
    expect(history(inMonth)).toEqual([
      [null, "SIGNED", "2024-06-01", "MONTH"],
      ["SIGNED", "IN_FORCE", "2024-06-03", "DAY"],
    ]);
    const beforeMonth = await failure(
      c.editor.agreement.create(
        signedThenInForce({ earlierStages: [{ stage: "SIGNED", date: "2024-06-30", datePrecision: "MONTH" }], stageDate: "2024-05-31" }),
      ),
    );
    expect(Object.keys(beforeMonth.fieldMessages ?? {})).toEqual(["stageDate"]);
  });

  it("refuses dates after the home region's today, on the field at fault", async () => {
    const future = await failure(
      lateEvening.agreement.create(signedThenInForce({ stageDate: "2025-01-17", earlierStages: [{ stage: "SIGNED", date: "2025-01-17" }] })),
    );
    expect(future.code).toBe("BAD_REQUEST");
    expect(Object.keys(future.fieldMessages ?? {}).sort()).toEqual(["earlierStages.0.date", "stageDate"]);
    expect(future.fieldMessages?.stageDate?.[0]).toMatch(/будущем/);
    // 16 January is already today in Moscow, though still the 15th in UTC.
    const today = await lateEvening.agreement.create(
      signedThenInForce({ title: "Меморандум, подписанный сегодня", stageDate: homeToday, earlierStages: [{ stage: "SIGNED", date: homeToday }] }),
    );
    expect(today).toMatchObject({ signedAt: homeToday, effectiveAt: homeToday, stageChangedAt: homeToday });
    // A year that has begun is not in the future.
    const thisYear = await lateEvening.agreement.create(
      signedThenInForce({ title: "Меморандум 2025 года", stage: "SIGNED", stageDate: "2025-12-31", stageDatePrecision: "YEAR", earlierStages: [] }),
    );
    expect(thisYear).toMatchObject({ stageChangedAt: "2025-01-01", stageDatePrecision: "YEAR", signedAt: null });
  });
});

describe("stage moves dated in the past", () => {
  it("accepts a move dated after the previous one and records its date and precision; refuses one before it or in the future", async () => {
    const a = await lateEvening.agreement.create({
      title: "Соглашение о культурном обмене",
      kind: "COOPERATION_AGREEMENT",
      partyIds: [kz.id],
      stage: "NEGOTIATION",
      stageDate: "2024-05-15",
    });
    const before = await failure(lateEvening.agreement.advanceStage({ id: a.id, version: a.version, toStage: "SIGNED", date: "2024-05-14" }));
    expect(before.code).toBe("BAD_REQUEST");
    expect(Object.keys(before.fieldMessages ?? {})).toEqual(["date"]);
    expect(before.fieldMessages?.date?.[0]).toMatch(/15\.05\.2024/);
    const future = await failure(lateEvening.agreement.advanceStage({ id: a.id, version: a.version, toStage: "SIGNED", date: "2025-01-17" }));
    expect(Object.keys(future.fieldMessages ?? {})).toEqual(["date"]);
    expect(future.fieldMessages?.date?.[0]).toMatch(/будущем/);
    expect((await c.viewer.agreement.byId({ id: a.id })).version).toBe(a.version);

    const signed = await lateEvening.agreement.advanceStage({ id: a.id, version: a.version, toStage: "SIGNED", date: "2024-06-06" });
    expect(signed).toMatchObject({ stage: "SIGNED", stageChangedAt: "2024-06-06", signedAt: "2024-06-06" });

    // «Зарегистрировано в июне»: stored as the month, not as 1 June, and signedAt-like fields are not guessed.
    const registered = await lateEvening.agreement.advanceStage({
      id: a.id,
      version: signed.version,
      toStage: "REGISTERED",
      date: "2024-06-20",
      datePrecision: "MONTH",
      registrationNumber: "35-МС/2024-021",
    });
    expect(registered).toMatchObject({ stageChangedAt: "2024-06-01", stageDatePrecision: "MONTH", registeredAt: null });
    // The month began before the signing; what counts is that it does not end before it.
    // A move inside that month is fine; one before it is not.
    const beforeMonth = await failure(
      lateEvening.agreement.advanceStage({ id: a.id, version: registered.version, toStage: "IN_FORCE", date: "2024-05-31", effectiveAt: "2024-07-01" }),
    );
    expect(Object.keys(beforeMonth.fieldMessages ?? {})).toEqual(["date"]);

    // Without a date the move happens today in the home region (16 January, not UTC's 15th).
    const inForce = await lateEvening.agreement.advanceStage({ id: a.id, version: registered.version, toStage: "IN_FORCE", effectiveAt: "2024-07-01" });
    expect(inForce).toMatchObject({ stage: "IN_FORCE", stageChangedAt: homeToday, effectiveAt: "2024-07-01" });
    expect(history(await c.viewer.agreement.byId({ id: a.id }))).toEqual([
      [null, "NEGOTIATION", "2024-05-15", "DAY"],
      ["NEGOTIATION", "SIGNED", "2024-06-06", "DAY"],
      ["SIGNED", "REGISTERED", "2024-06-01", "MONTH"],
      ["REGISTERED", "IN_FORCE", homeToday, "DAY"],
    ]);

    const log = await db.prisma.changeLog.findMany({ where: { entity: "agreement", recordId: a.id, action: "STAGE_CHANGE" }, orderBy: { at: "asc" } });
    expect(log.map((l) => (l.changes as Record<string, { to: unknown }>).stageChangedAt?.to)).toEqual(["2024-06-06", "2024-06-01", homeToday]);
    expect((log[1]?.changes as Record<string, unknown>).datePrecision).toBe("MONTH");
  });

  it("refuses a move dated after today with the real clock too", async () => {
    const a = await c.editor.agreement.create({ title: "Протокол", kind: "JOINT_COMMISSION_PROTOCOL", partyIds: [kz.id], stageDate: "2024-01-10" });
    const dayAfterTomorrow = addDays(todayIn("Europe/Moscow"), 2);
    const err = await failure(c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "DRAFT", date: dayAfterTomorrow }));
    expect(Object.keys(err.fieldMessages ?? {})).toEqual(["date"]);
  });
});
