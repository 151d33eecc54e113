// The path an agreement takes through its stages (product.md, "Agreement stages
// (Russian practice)"). Pure data and functions, so the client offers exactly the
// moves the server accepts and shows the same messages before the user submits.
import { agreementStages, type TAgreementKind, type TAgreementStage } from "./enums.ts";

export const agreementStageLabels: Record<TAgreementStage, string> = {
  PROPOSAL_SENT: "Предложение направлено",
  DRAFT: "Проект",
  NEGOTIATION: "Переговоры и согласования",
  SIGNED: "Подписано",
  REGISTERED: "Зарегистрировано в Минюсте",
  IN_FORCE: "Вступило в силу",
  IMPLEMENTATION: "Исполнение",
  EXTENDED: "Продлено",
  EXPIRED: "Срок действия истёк",
  TERMINATED: "Прекращено",
};

export const agreementKindLabels: Record<TAgreementKind, string> = {
  COOPERATION_AGREEMENT: "Соглашение о сотрудничестве",
  MEMORANDUM: "Меморандум о взаимопонимании",
  IMPLEMENTATION_PLAN: "План мероприятий",
  TWINNING: "Соглашение о побратимстве",
  JOINT_COMMISSION_PROTOCOL: "Протокол совместной комиссии",
};

/**
 * Moves allowed for every kind. SIGNED → IN_FORCE is not here: only some kinds may
 * skip state registration (see `kindsInForceOnSignature`).
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

/**
 * Kinds that take effect on signature. A region's agreements on cooperation and
 * twinning with foreign partners are international agreements of a subject of the
 * Federation and must be registered with the Ministry of Justice first (Federal Law
 * 4-FZ of 4 January 1999); with other Russian regions they need no registration
 * (see StageContext).
 */
export const kindsInForceOnSignature: readonly TAgreementKind[] = ["MEMORANDUM", "IMPLEMENTATION_PLAN", "JOINT_COMMISSION_PROTOCOL"];

/**
 * Whether an agreement has a foreign party. Registration under 4-FZ is for a region's
 * international agreements only: an agreement between two Russian regions takes
 * effect without it. Unknown means international (the stricter rule).
 */
export type StageContext = { international: boolean };
const strictest: StageContext = { international: true };

/** The stages an agreement of this kind may move to from `stage`, in the order of `agreementStages`. */
export function allowedNextStages(kind: TAgreementKind, stage: TAgreementStage, context: StageContext = strictest): TAgreementStage[] {
  const next = new Set<TAgreementStage>(baseTransitions[stage]);
  if (stage === "SIGNED" && (kindsInForceOnSignature.includes(kind) || !context.international)) next.add("IN_FORCE");
  return agreementStages.filter((s) => next.has(s));
}

export function canMoveTo(kind: TAgreementKind, from: TAgreementStage, to: TAgreementStage, context: StageContext = strictest): boolean {
  return allowedNextStages(kind, from, context).includes(to);
}

/** Why a move is not allowed, in words for the user; null when it is allowed. */
export function transitionRefusal(
  kind: TAgreementKind,
  from: TAgreementStage,
  to: TAgreementStage,
  context: StageContext = strictest,
): string | null {
  if (canMoveTo(kind, from, to, context)) return null;
  const label = (s: TAgreementStage) => `«${agreementStageLabels[s]}»`;
  if (from === "SIGNED" && to === "IN_FORCE") {
    return (
      `${agreementKindLabels[kind]} не может вступить в силу сразу после подписания: международное соглашение ` +
      `региона подлежит государственной регистрации в Министерстве юстиции (Федеральный закон от 4 января 1999 г. ` +
      `№ 4-ФЗ). Сначала переведите его на этап ${label("REGISTERED")}.`
    );
  }
  if (from === to) return `Соглашение уже на этапе ${label(from)}`;
  const options = allowedNextStages(kind, from, context);
  return (
    `С этапа ${label(from)} нельзя перейти на этап ${label(to)}. ` +
    (options.length ? `Возможные этапы: ${options.map(label).join(", ")}.` : "С этого этапа переходов нет.")
  );
}

export type StageField = "registrationNumber" | "effectiveAt" | "expiresAt";

export type StageRequirement = {
  /**
   * Fields the move needs. "present": given with the move or already on the record;
   * "later": a new value given with the move, later than the one on the record.
   */
  requires: ReadonlyArray<{ field: StageField; rule: "present" | "later"; message: string }>;
  /** The record's date field that takes the date of the move. */
  setsDate: "signedAt" | "registeredAt" | null;
};

export const stageRequirements: Record<TAgreementStage, StageRequirement> = {
  PROPOSAL_SENT: { requires: [], setsDate: null },
  DRAFT: { requires: [], setsDate: null },
  NEGOTIATION: { requires: [], setsDate: null },
  SIGNED: { requires: [], setsDate: "signedAt" },
  REGISTERED: {
    requires: [{ field: "registrationNumber", rule: "present", message: "Укажите номер государственной регистрации в Минюсте" }],
    setsDate: "registeredAt",
  },
  IN_FORCE: { requires: [{ field: "effectiveAt", rule: "present", message: "Укажите дату вступления в силу" }], setsDate: null },
  IMPLEMENTATION: { requires: [], setsDate: null },
  EXTENDED: {
    requires: [{ field: "expiresAt", rule: "later", message: "Укажите новый срок действия, позже прежнего" }],
    setsDate: null,
  },
  EXPIRED: { requires: [], setsDate: null },
  TERMINATED: { requires: [], setsDate: null },
};

type StageValues = { registrationNumber?: string | null; effectiveAt?: Date | null; expiresAt?: Date | null };

/**
 * Every problem with a move, as { field: message } (empty when the move is fine):
 * the graph (on `toStage`), the stage's requirements, and the date (on `date`), which
 * may not precede the last stage change.
 */
export function stageTransitionProblems(args: {
  kind: TAgreementKind;
  from: TAgreementStage;
  to: TAgreementStage;
  date: Date;
  lastChangedAt: Date | null;
  record: StageValues;
  input: StageValues;
  context?: StageContext;
}): Partial<Record<StageField | "toStage" | "date", string>> {
  const problems: Partial<Record<StageField | "toStage" | "date", string>> = {};
  const refusal = transitionRefusal(args.kind, args.from, args.to, args.context);
  if (refusal) {
    // What the target stage would need does not matter when it cannot be reached.
    problems.toStage = refusal;
    return problems;
  }
  if (args.lastChangedAt && args.date.getTime() < args.lastChangedAt.getTime()) {
    problems.date = `Дата не может быть раньше предыдущей смены этапа (${args.lastChangedAt.toLocaleDateString("ru-RU")})`;
  }
  for (const { field, rule, message } of stageRequirements[args.to].requires) {
    const given = args.input[field];
    const onRecord = args.record[field];
    if (rule === "present" && !given && !onRecord) problems[field] = message;
    if (rule === "later") {
      if (!(given instanceof Date)) problems[field] = message;
      else if (onRecord instanceof Date && given.getTime() <= onRecord.getTime()) {
        problems[field] = `Новый срок действия должен быть позже прежнего (${onRecord.toLocaleDateString("ru-RU")})`;
      }
    }
  }
  const effectiveAt = args.input.effectiveAt ?? args.record.effectiveAt;
  const expiresAt = args.input.expiresAt ?? args.record.expiresAt;
  if (!problems.expiresAt && effectiveAt && expiresAt && expiresAt.getTime() < effectiveAt.getTime()) {
    problems.expiresAt = "Срок действия не может закончиться раньше вступления в силу";
  }
  return problems;
}
