// The path an agreement takes through its stages (product.md, "Agreement stages
// (Russian practice)"). Pure data and functions, so the client offers exactly the
// moves the server accepts and shows the same messages before the user submits.
import { periodOf, type CalendarDay, type TDatePrecision } from "./calendar-day.ts";
import { agreementStages, type TAgreementStage } from "./enums.ts";
import { problem, type ErrorKey, type FieldProblem } from "./error-keys.ts";

/**
 * What the stage rules need to know of an agreement's kind (a vocabulary kept as data:
 * vocabulary.ts): its name for messages, and whether it is an international agreement
 * of the region that must be registered before it takes effect.
 */
export type AgreementKindRules = { name: string; needsStateRegistration: boolean };

/**
 * Moves allowed for every kind. SIGNED → IN_FORCE is not here: only some kinds may
 * skip state registration (see `AgreementKindRules.needsStateRegistration`).
 */
const baseTransitions: Record<TAgreementStage, readonly TAgreementStage[]> = {
  PROPOSAL_SENT: ["DRAFT", "NEGOTIATION", "TERMINATED"],
  DRAFT: ["NEGOTIATION", "TERMINATED"],
  // Back to DRAFT when the other side or the Ministry of Foreign Affairs sends it back for rework.
  NEGOTIATION: ["DRAFT", "SIGNED", "TERMINATED"],
  SIGNED: ["REGISTERED", "TERMINATED"],
  REGISTERED: ["IN_FORCE", "TERMINATED"],
  IN_FORCE: ["IMPLEMENTATION", "EXTENDED", "EXPIRED", "TERMINATED"],
  IMPLEMENTATION: ["EXTENDED", "EXPIRED", "TERMINATED"],
  EXTENDED: ["IMPLEMENTATION", "EXPIRED", "TERMINATED"],
  EXPIRED: ["EXTENDED"],
  TERMINATED: [],
};

/*
 * Kinds that take effect on signature are those without `needsStateRegistration`. A
 * region's agreements on cooperation and twinning with foreign partners are
 * international agreements of a subject of the Federation and must be registered with
 * the Ministry of Justice first (Federal Law 4-FZ of 4 January 1999); with other Russian
 * regions they need no registration (see StageContext). A supply contract, a memorandum
 * or a commission's protocol takes effect on signature.
 */

/**
 * Whether an agreement has a foreign party. Registration under 4-FZ is for a region's
 * international agreements only: an agreement between two Russian regions takes
 * effect without it. Unknown means international (the stricter rule).
 */
export type StageContext = { international: boolean };
const strictest: StageContext = { international: true };

/** The stages an agreement of this kind may move to from `stage`, in the order of `agreementStages`. */
export function allowedNextStages(kind: AgreementKindRules, stage: TAgreementStage, context: StageContext = strictest): TAgreementStage[] {
  const next = new Set<TAgreementStage>(baseTransitions[stage]);
  if (stage === "SIGNED" && (!kind.needsStateRegistration || !context.international)) next.add("IN_FORCE");
  return agreementStages.filter((s) => next.has(s));
}

export function canMoveTo(kind: AgreementKindRules, from: TAgreementStage, to: TAgreementStage, context: StageContext = strictest): boolean {
  return allowedNextStages(kind, from, context).includes(to);
}

/** Why a move is not allowed, as a keyed problem for the user; null when it is allowed. */
export function transitionRefusal(
  kind: AgreementKindRules,
  from: TAgreementStage,
  to: TAgreementStage,
  context: StageContext = strictest,
): FieldProblem | null {
  if (canMoveTo(kind, from, to, context)) return null;
  if (from === "SIGNED" && to === "IN_FORCE") return problem("agreement.registrationRequired", { kind: kind.name, from, to });
  if (from === to) return problem("agreement.alreadyAtStage", { from, to });
  const options = allowedNextStages(kind, from, context);
  return problem(options.length ? "agreement.stageNotAllowed" : "agreement.noFurtherStages", { from, to, options: options.join(", ") });
}

export type StageField = "registrationNumber" | "effectiveAt" | "expiresAt";

export type StageRequirement = {
  /**
   * Fields the move needs. "present": given with the move or already on the record;
   * "later": a new value given with the move, later than the one on the record.
   */
  requires: ReadonlyArray<{ field: StageField; rule: "present" | "later"; message: ErrorKey }>;
  /** The record's date field that takes the date of the move. */
  setsDate: "signedAt" | "registeredAt" | null;
};

export const stageRequirements: Record<TAgreementStage, StageRequirement> = {
  PROPOSAL_SENT: { requires: [], setsDate: null },
  DRAFT: { requires: [], setsDate: null },
  NEGOTIATION: { requires: [], setsDate: null },
  SIGNED: { requires: [], setsDate: "signedAt" },
  REGISTERED: {
    requires: [{ field: "registrationNumber", rule: "present", message: "agreement.registrationNumberRequired" }],
    setsDate: "registeredAt",
  },
  IN_FORCE: { requires: [{ field: "effectiveAt", rule: "present", message: "agreement.effectiveDateRequired" }], setsDate: null },
  IMPLEMENTATION: { requires: [], setsDate: null },
  EXTENDED: {
    requires: [{ field: "expiresAt", rule: "later", message: "agreement.laterExpiryRequired" }],
    setsDate: null,
  },
  EXPIRED: { requires: [], setsDate: null },
  TERMINATED: { requires: [], setsDate: null },
};

type StageValues = { registrationNumber?: string | null; effectiveAt?: CalendarDay | null; expiresAt?: CalendarDay | null };

/**
 * Every problem with a move, as { field: message } (empty when the move is fine):
 * the graph (on `toStage`), the stage's requirements, and the date (on `date`), which
 * may not precede the last stage change nor, when `today` is given, lie in the future.
 * Vague dates compare by their periods: a move dated «июнь 2024» may follow one on
 * 20.06.2024, not one in July.
 */
export function stageTransitionProblems(args: {
  kind: AgreementKindRules;
  from: TAgreementStage;
  to: TAgreementStage;
  date: CalendarDay;
  datePrecision?: TDatePrecision;
  lastChangedAt: CalendarDay | null;
  lastChangedPrecision?: TDatePrecision;
  /** The home region's day; absent, the future is not checked (the server always gives it). */
  today?: CalendarDay;
  record: StageValues;
  input: StageValues;
  context?: StageContext;
}): Partial<Record<StageField | "toStage" | "date", FieldProblem>> {
  const problems: Partial<Record<StageField | "toStage" | "date", FieldProblem>> = {};
  const refusal = transitionRefusal(args.kind, args.from, args.to, args.context);
  if (refusal) {
    // What the target stage would need does not matter when it cannot be reached.
    problems.toStage = refusal;
    return problems;
  }
  const period = periodOf(args.date, args.datePrecision ?? "DAY");
  if (args.today && period.first > args.today) {
    problems.date = problem("agreement.dateInFuture");
  } else if (args.lastChangedAt) {
    // The earliest day the previous change may have been (its month's first day for «в июне»).
    const earliest = periodOf(args.lastChangedAt, args.lastChangedPrecision ?? "DAY").first;
    if (period.last < earliest) problems.date = problem("agreement.dateBeforeLastMove", { earliest });
  }
  for (const { field, rule, message } of stageRequirements[args.to].requires) {
    const given = args.input[field];
    const onRecord = args.record[field];
    if (rule === "present" && !given && !onRecord) problems[field] = problem(message);
    if (rule === "later") {
      if (typeof given !== "string" || !given) problems[field] = problem(message);
      else if (typeof onRecord === "string" && onRecord && given <= onRecord) {
        problems[field] = problem("agreement.expiryNotLater", { onRecord });
      }
    }
  }
  const effectiveAt = args.input.effectiveAt ?? args.record.effectiveAt;
  const expiresAt = args.input.expiresAt ?? args.record.expiresAt;
  if (!problems.expiresAt && effectiveAt && expiresAt && expiresAt < effectiveAt) {
    problems.expiresAt = problem("agreement.expiresBeforeEffective");
  }
  return problems;
}

export type RecordedStep = { stage: TAgreementStage; date: CalendarDay; datePrecision: TDatePrecision };

/**
 * Problems with the path of an agreement entered after the fact, keyed by the field
 * path the create input uses (`earlierStages.1.date`, `stage`, `stageDate`): every
 * step an allowed move from the one before (so 4-FZ registration cannot be skipped
 * for an international agreement), no date later than the next one's, none in the
 * future. `steps` ends with the current stage.
 */
export function recordedPathProblems(args: {
  kind: AgreementKindRules;
  steps: readonly RecordedStep[];
  today: CalendarDay;
  context?: StageContext;
}): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const last = args.steps.length - 1;
  const stagePath = (i: number) => (i === last ? "stage" : `earlierStages.${i}.stage`);
  const datePath = (i: number) => (i === last ? "stageDate" : `earlierStages.${i}.date`);
  args.steps.forEach((step, i) => {
    const period = periodOf(step.date, step.datePrecision);
    if (period.first > args.today) problems[datePath(i)] = problem("agreement.dateInFuture");
    if (i === 0) return;
    const previous = args.steps[i - 1]!;
    const refusal = transitionRefusal(args.kind, previous.stage, step.stage, args.context);
    if (refusal) problems[stagePath(i)] = refusal;
    // A step may share the previous one's month or day, never come before it.
    const earliest = periodOf(previous.date, previous.datePrecision).first;
    if (period.last < earliest && !problems[datePath(i)]) {
      problems[datePath(i)] = problem("agreement.dateBeforePreviousStage", { earliest });
    }
  });
  return problems;
}
