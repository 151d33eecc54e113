import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { agreementStages, type TAgreementKind, type TAgreementStage } from "@atlas/shared/enums";
import { allowedNextStages, stageRequirements, stageTransitionProblems, type AgreementKindRules } from "@atlas/shared/agreement-stages";
import type { TAdvanceAgreementStageInput, TCreateAgreementInput } from "@atlas/shared/agreement";
import { addDays, todayIn } from "@atlas/shared/calendar-day";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let partyId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  partyId = (await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" })).id;
});
afterAll(async () => db?.close());

/** The graph as the brief states it, written out independently of the code under test. */
const expectedGraph: Record<TAgreementStage, TAgreementStage[]> = {
  PROPOSAL_SENT: ["DRAFT", "NEGOTIATION", "TERMINATED"],
  DRAFT: ["NEGOTIATION", "TERMINATED"],
  NEGOTIATION: ["DRAFT", "SIGNED", "TERMINATED"],
  SIGNED: ["REGISTERED", "TERMINATED"],
  REGISTERED: ["IN_FORCE", "TERMINATED"],
  IN_FORCE: ["IMPLEMENTATION", "EXTENDED", "EXPIRED", "TERMINATED"],
  IMPLEMENTATION: ["EXTENDED", "EXPIRED", "TERMINATED"],
  EXTENDED: ["IMPLEMENTATION", "EXPIRED", "TERMINATED"],
  EXPIRED: ["EXTENDED"],
  TERMINATED: [],
};
/** The built-in agreement kinds (the migration's vocabulary) and, for the last, a seeded non-built-in one. */
const agreementKinds = ["COOPERATION_AGREEMENT", "MEMORANDUM", "IMPLEMENTATION_PLAN", "TWINNING", "JOINT_COMMISSION_PROTOCOL", "CONTRACT"] as const;
const inForceOnSignature: TAgreementKind[] = ["MEMORANDUM", "IMPLEMENTATION_PLAN", "JOINT_COMMISSION_PROTOCOL", "CONTRACT"];
/** The rules the shared functions take for a kind, as the brief states them (4-FZ for cooperation and twinning). */
const rules = (kind: TAgreementKind): AgreementKindRules => ({ name: kind, needsStateRegistration: !inForceOnSignature.includes(kind) });
const expectedNext = (kind: TAgreementKind, from: TAgreementStage): TAgreementStage[] =>
  from === "SIGNED" && inForceOnSignature.includes(kind) ? [...expectedGraph.SIGNED, "IN_FORCE"] : expectedGraph[from];

/** Stages at which an agreement has a term running. */
const inEffect: TAgreementStage[] = ["IN_FORCE", "IMPLEMENTATION", "EXTENDED", "EXPIRED"];

/** An agreement recorded at `stage` on 10 Jan 2024 (with a term when the stage implies one). */
function createAt(kind: TAgreementKind, stage: TAgreementStage, extra: Partial<TCreateAgreementInput> = {}) {
  return c.editor.agreement.create({
    title: `${kind} на этапе ${stage}`,
    kind,
    partyIds: [partyId],
    stage,
    stageDate: "2024-01-10",
    ...(inEffect.includes(stage) ? { effectiveAt: "2024-01-10", expiresAt: "2025-01-10" } : {}),
    // Recorded as registered, it has its registration number (create checks each stage's needs).
    ...(stage === "REGISTERED" ? { registrationNumber: "35-МС/2024-000" } : {}),
    ...extra,
  });
}

/** What a move to `to` has to carry. */
function extrasFor(to: TAgreementStage): Partial<TAdvanceAgreementStageInput> {
  if (to === "REGISTERED") return { registrationNumber: "35-МС/2024-001" };
  if (to === "IN_FORCE") return { effectiveAt: "2024-06-01" };
  if (to === "EXTENDED") return { expiresAt: "2027-01-10" };
  return {};
}

describe("the stage graph (shared)", () => {
  it.each(agreementKinds)("offers exactly the brief's moves for %s", (kind) => {
    for (const from of agreementStages) expect(allowedNextStages(rules(kind), from).sort(), `${kind} ${from}`).toEqual([...expectedNext(kind, from)].sort());
  });

  it("refuses every move outside the graph, naming the field toStage", () => {
    for (const kind of agreementKinds) {
      for (const from of agreementStages) {
        for (const to of agreementStages.filter((s) => !expectedNext(kind, from).includes(s))) {
          const problems = stageTransitionProblems({
            kind: rules(kind),
            from,
            to,
            date: "2024-06-01",
            lastChangedAt: null,
            record: {},
            input: extrasFor(to) as never,
          });
          expect(problems.toStage, `${kind} ${from} → ${to}`).toBeTruthy();
        }
      }
    }
  });

  it("describes what each stage needs", () => {
    expect(stageRequirements.REGISTERED.requires.map((r) => r.field)).toEqual(["registrationNumber"]);
    expect(stageRequirements.REGISTERED.setsDate).toBe("registeredAt");
    expect(stageRequirements.SIGNED.setsDate).toBe("signedAt");
    expect(stageRequirements.IN_FORCE.requires.map((r) => r.field)).toEqual(["effectiveAt"]);
    expect(stageRequirements.EXTENDED.requires.map((r) => r.field)).toEqual(["expiresAt"]);
  });
});

const allowedMoves = agreementKinds.flatMap((kind) => agreementStages.flatMap((from) => expectedNext(kind, from).map((to) => ({ kind, from, to }))));

describe("advanceStage: every allowed move succeeds", () => {
  it.each(allowedMoves)("$kind: $from → $to", async ({ kind, from, to }) => {
    const a = await createAt(kind, from);
    const moved = await c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: to, date: "2024-06-01", ...extrasFor(to) });
    expect(moved.stage).toBe(to);
    expect(moved.version).toBe(a.version + 1);
    expect(moved.stageChangedAt).toEqual("2024-06-01");
    expect(moved.stageHistory.map((h) => [h.fromStage, h.toStage])).toEqual([
      [null, from],
      [from, to],
    ]);
    expect(moved.allowedNextStages.sort()).toEqual([...expectedNext(kind, to)].sort());
  });
});

describe("advanceStage: refusals", () => {
  const refused: Array<[TAgreementKind, TAgreementStage, TAgreementStage]> = [
    ["COOPERATION_AGREEMENT", "PROPOSAL_SENT", "SIGNED"],
    ["COOPERATION_AGREEMENT", "DRAFT", "PROPOSAL_SENT"],
    ["COOPERATION_AGREEMENT", "DRAFT", "SIGNED"],
    ["MEMORANDUM", "NEGOTIATION", "IN_FORCE"],
    ["COOPERATION_AGREEMENT", "SIGNED", "NEGOTIATION"],
    ["COOPERATION_AGREEMENT", "REGISTERED", "SIGNED"],
    ["MEMORANDUM", "IN_FORCE", "IN_FORCE"],
    ["COOPERATION_AGREEMENT", "IN_FORCE", "DRAFT"],
    ["COOPERATION_AGREEMENT", "EXTENDED", "EXTENDED"],
    ["COOPERATION_AGREEMENT", "EXPIRED", "IN_FORCE"],
    ["COOPERATION_AGREEMENT", "EXPIRED", "TERMINATED"],
    ["TWINNING", "TERMINATED", "DRAFT"],
    ["MEMORANDUM", "TERMINATED", "IN_FORCE"],
  ];
  it.each(refused)("%s: %s → %s is BAD_REQUEST and leaves the record alone", async (kind, from, to) => {
    const a = await createAt(kind, from);
    const err = await failure(c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: to, date: "2024-06-01", ...extrasFor(to) }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldMessages ?? {})).toEqual(["toStage"]);
    const after = await c.viewer.agreement.byId({ id: a.id });
    expect(after.stage).toBe(from);
    expect(after.version).toBe(a.version);
    expect(after.stageHistory).toHaveLength(1);
  });

  it("names both stages and the allowed ones in the refusal's parameters, on the toStage field", async () => {
    const a = await createAt("COOPERATION_AGREEMENT", "DRAFT");
    const err = await failure(c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "SIGNED", date: "2024-06-01" }));
    expect(err.key).toBe("agreement.stageNotAllowed");
    expect(err.params).toMatchObject({ from: "DRAFT", to: "SIGNED" });
    expect(String(err.params.options).split(", ")).toContain("NEGOTIATION");
    expect(err.message).toBe("С этого этапа нельзя перейти на выбранный.");
    expect(err.fieldErrors?.toStage).toEqual([{ key: "agreement.stageNotAllowed", params: err.params }]);
  });

  it.each(["COOPERATION_AGREEMENT", "TWINNING"] as const)("%s cannot enter into force without registration (4-FZ)", async (kind) => {
    const a = await createAt(kind, "SIGNED");
    const err = await failure(
      c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "IN_FORCE", date: "2024-06-01", effectiveAt: "2024-06-01" }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/Министерстве юстиции/);
    expect(err.message).toMatch(/4-ФЗ/);
    expect(err.fieldMessages?.toStage).toHaveLength(1);
  });

  it("lets a memorandum enter into force straight after signing", async () => {
    const a = await createAt("MEMORANDUM", "SIGNED");
    const moved = await c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "IN_FORCE", date: "2024-06-01", effectiveAt: "2024-06-01" });
    expect(moved.stage).toBe("IN_FORCE");
    expect(moved.effectiveAt).toEqual("2024-06-01");
  });

  it("lets an agreement between two Russian regions enter into force on signature: 4-FZ registration is for international ones", async () => {
    const russia = await c.editor.partner.create({ name: "Российская Федерация", level: "COUNTRY", isoCode: "RU" });
    await c.editor.partner.create({ name: "Вологодская область", level: "REGION", parentId: russia.id, isoCode: "RU-VLG", isHome: true });
    const arkhangelsk = await c.editor.partner.create({ name: "Архангельская область", level: "REGION", parentId: russia.id, isoCode: "RU-ARK" });

    const domestic = await createAt("COOPERATION_AGREEMENT", "SIGNED", { partyIds: [arkhangelsk.id] });
    expect(domestic.international).toBe(false);
    expect(domestic.allowedNextStages).toContain("IN_FORCE");
    const moved = await c.editor.agreement.advanceStage({
      id: domestic.id,
      version: domestic.version,
      toStage: "IN_FORCE",
      date: "2024-06-01",
      effectiveAt: "2024-06-01",
    });
    expect(moved.stage).toBe("IN_FORCE");

    // One foreign party makes it international again.
    const mixed = await createAt("COOPERATION_AGREEMENT", "SIGNED", { partyIds: [arkhangelsk.id, partyId] });
    expect(mixed.international).toBe(true);
    expect(mixed.allowedNextStages).not.toContain("IN_FORCE");
    const refused = await failure(
      c.editor.agreement.advanceStage({ id: mixed.id, version: mixed.version, toStage: "IN_FORCE", date: "2024-06-01", effectiveAt: "2024-06-01" }),
    );
    expect(refused.message).toMatch(/4-ФЗ/);
  });

  it("refuses REGISTERED without a registration number, and records number and date with one", async () => {
    const a = await createAt("COOPERATION_AGREEMENT", "SIGNED");
    const err = await failure(c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "REGISTERED", date: "2024-06-01" }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldMessages ?? {})).toEqual(["registrationNumber"]);
    expect(err.fieldMessages?.registrationNumber?.[0]).toMatch(/номер/);
    const blank = await failure(
      c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "REGISTERED", date: "2024-06-01", registrationNumber: "   " }),
    );
    expect(Object.keys(blank.fieldMessages ?? {})).toEqual(["registrationNumber"]);

    const ok = await c.editor.agreement.advanceStage({
      id: a.id,
      version: a.version,
      toStage: "REGISTERED",
      date: "2024-06-01",
      registrationNumber: "35-МС/2024-007",
    });
    expect(ok.registrationNumber).toBe("35-МС/2024-007");
    expect(ok.registeredAt).toEqual("2024-06-01");
    // The number becomes searchable.
    const found = await c.viewer.agreement.list({ filter: { q: "35-мс/2024-007" } });
    expect(found.items.map((i) => i.id)).toEqual([a.id]);
  });

  it("accepts REGISTERED when the number is already on the record", async () => {
    const a = await createAt("COOPERATION_AGREEMENT", "SIGNED", { registrationNumber: "35-МС/2024-010" });
    const ok = await c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "REGISTERED", date: "2024-06-01" });
    expect(ok.stage).toBe("REGISTERED");
    expect(ok.registrationNumber).toBe("35-МС/2024-010");
  });

  it("refuses IN_FORCE without a date of entry into force unless the record has one", async () => {
    const a = await createAt("COOPERATION_AGREEMENT", "REGISTERED");
    const err = await failure(c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "IN_FORCE", date: "2024-06-01" }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldMessages ?? {})).toEqual(["effectiveAt"]);

    const b = await createAt("COOPERATION_AGREEMENT", "REGISTERED", { effectiveAt: "2024-05-01" });
    const ok = await c.editor.agreement.advanceStage({ id: b.id, version: b.version, toStage: "IN_FORCE", date: "2024-06-01" });
    expect(ok.stage).toBe("IN_FORCE");
    expect(ok.effectiveAt).toEqual("2024-05-01");
  });

  it("refuses EXTENDED without a new term later than the old one", async () => {
    const a = await createAt("COOPERATION_AGREEMENT", "IN_FORCE"); // term to 2025-01-10
    const none = await failure(c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "EXTENDED", date: "2024-06-01" }));
    expect(Object.keys(none.fieldMessages ?? {})).toEqual(["expiresAt"]);
    const same = await failure(
      c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "EXTENDED", date: "2024-06-01", expiresAt: "2025-01-10" }),
    );
    expect(same.code).toBe("BAD_REQUEST");
    expect(same.fieldMessages?.expiresAt?.[0]).toMatch(/позже прежнего/);
    const ok = await c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "EXTENDED", date: "2024-06-01", expiresAt: "2028-01-10" });
    expect(ok.expiresAt).toEqual("2028-01-10");
  });

  it("refuses a date in the future or before the previous stage change", async () => {
    const a = await createAt("MEMORANDUM", "DRAFT"); // stage date 2024-01-10
    const future = await failure(
      c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "NEGOTIATION", date: addDays(todayIn("Europe/Moscow"), 2) }),
    );
    expect(future.code).toBe("BAD_REQUEST");
    expect(Object.keys(future.fieldMessages ?? {})).toEqual(["date"]);
    const earlier = await failure(c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "NEGOTIATION", date: "2024-01-09" }));
    expect(earlier.code).toBe("BAD_REQUEST");
    expect(Object.keys(earlier.fieldMessages ?? {})).toEqual(["date"]);
    // The same day as the previous change is fine.
    const sameDay = await c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "NEGOTIATION", date: "2024-01-10" });
    expect(sameDay.stage).toBe("NEGOTIATION");
  });
});

describe("stage history", () => {
  it("records each move with its date, note and author, and logs it", async () => {
    const a = await c.editor.agreement.create({
      title: "Соглашение с Алматинской областью",
      kind: "COOPERATION_AGREEMENT",
      partyIds: [partyId],
      stageDate: "2024-11-20",
    });
    const path: Array<{ to: TAgreementStage; on: string; note?: string } & Partial<TAdvanceAgreementStageInput>> = [
      { to: "DRAFT", on: "2024-12-05" },
      { to: "NEGOTIATION", on: "2025-01-15", note: "Направлено на согласование в МИД России" },
      { to: "DRAFT", on: "2025-02-01", note: "Замечания МИД" },
      { to: "NEGOTIATION", on: "2025-02-20" },
      { to: "SIGNED", on: "2025-03-10" },
      { to: "REGISTERED", on: "2025-04-01", registrationNumber: "35-МС/2025-003" },
      { to: "IN_FORCE", on: "2025-04-15", effectiveAt: "2025-04-15", expiresAt: "2030-04-15" },
      { to: "IMPLEMENTATION", on: "2025-05-01" },
    ];
    let current = a;
    for (const { to, on, note, ...extra } of path) {
      current = await c.editor.agreement.advanceStage({ id: a.id, version: current.version, toStage: to, date: on, note, ...extra });
    }
    expect(current.version).toBe(1 + path.length);
    expect(current.signedAt).toEqual("2025-03-10");
    expect(current.registeredAt).toEqual("2025-04-01");
    expect(current.stageChangedAt).toEqual("2025-05-01");

    const detail = await c.viewer.agreement.byId({ id: a.id });
    expect(detail.stageHistory.map((h) => ({ from: h.fromStage, to: h.toStage, at: h.changedAt, note: h.note }))).toEqual([
      { from: null, to: "PROPOSAL_SENT", at: "2024-11-20", note: null },
      { from: "PROPOSAL_SENT", to: "DRAFT", at: "2024-12-05", note: null },
      { from: "DRAFT", to: "NEGOTIATION", at: "2025-01-15", note: "Направлено на согласование в МИД России" },
      { from: "NEGOTIATION", to: "DRAFT", at: "2025-02-01", note: "Замечания МИД" },
      { from: "DRAFT", to: "NEGOTIATION", at: "2025-02-20", note: null },
      { from: "NEGOTIATION", to: "SIGNED", at: "2025-03-10", note: null },
      { from: "SIGNED", to: "REGISTERED", at: "2025-04-01", note: null },
      { from: "REGISTERED", to: "IN_FORCE", at: "2025-04-15", note: null },
      { from: "IN_FORCE", to: "IMPLEMENTATION", at: "2025-05-01", note: null },
    ]);
    expect(new Set(detail.stageHistory.map((h) => h.userId))).toEqual(new Set([c.users.editor.id]));

    const log = await db.prisma.changeLog.findMany({ where: { entity: "agreement", recordId: a.id }, orderBy: { at: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["CREATE", ...path.map(() => "STAGE_CHANGE")]);
    const registered = log[6]?.changes as Record<string, { from: unknown; to: unknown }>;
    expect(registered.stage).toEqual({ from: "SIGNED", to: "REGISTERED" });
    expect(registered.registrationNumber).toEqual({ from: null, to: "35-МС/2025-003" });
    expect(registered.registeredAt).toEqual({ from: null, to: "2025-04-01" });
    expect(log.every((l) => l.userId === c.users.editor.id)).toBe(true);
  });

  it("refuses a stale version with CONFLICT and keeps the first move", async () => {
    const a = await c.editor.agreement.create({ title: "Меморандум о туризме", kind: "MEMORANDUM", partyIds: [partyId], stageDate: "2024-01-10" });
    await c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "DRAFT", date: "2024-02-01" });
    const stale = await failure(c.editor.agreement.advanceStage({ id: a.id, version: a.version, toStage: "TERMINATED", date: "2024-02-02" }));
    expect(stale.code).toBe("CONFLICT");
    const after = await c.viewer.agreement.byId({ id: a.id });
    expect(after.stage).toBe("DRAFT");
    expect(after.stageHistory.map((h) => h.toStage)).toEqual(["PROPOSAL_SENT", "DRAFT"]);
  });

  it("does not let a viewer or an analyst move a stage", async () => {
    const a = await c.editor.agreement.create({ title: "Протокол комиссии", kind: "JOINT_COMMISSION_PROTOCOL", partyIds: [partyId], stageDate: "2024-01-10" });
    for (const caller of [c.viewer, c.analyst]) {
      const err = await failure(caller.agreement.advanceStage({ id: a.id, version: a.version, toStage: "DRAFT", date: "2024-02-01" }));
      expect(err.code).toBe("FORBIDDEN");
    }
    expect((await failure(c.anonymous.agreement.advanceStage({ id: a.id, version: a.version, toStage: "DRAFT" }))).code).toBe("UNAUTHORIZED");
    expect((await c.viewer.agreement.byId({ id: a.id })).stage).toBe("PROPOSAL_SENT");
  });
});
