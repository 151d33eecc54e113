// Rules shared by every write of a follow-up, including the ones a meeting creates.
import { searchTextOf } from "@atlas/shared/search-text";
import type { TTaskStatus } from "@atlas/shared/enums";
import type { Tx } from "../../db.ts";
import { AppError, problem, type ErrorKey, type ErrorParams, type FieldErrors } from "../../errors.ts";

export const followUpSearchText = searchTextOf.followUp;

/**
 * Collects "this reference does not exist" messages for several fields, so that the
 * user sees all of them at once; keys are field paths ("data.ownerId", "participants.1.personId").
 */
export class ReferenceErrors {
  readonly fieldErrors: FieldErrors = {};
  constructor(private readonly prefix = "") {}

  add(path: string, key: ErrorKey, params?: ErrorParams): void {
    (this.fieldErrors[this.prefix + path] ??= []).push(problem(key, params));
  }

  throwIfAny(): void {
    const paths = Object.keys(this.fieldErrors);
    if (paths.length > 0) {
      throw new AppError("BAD_REQUEST", "record.missingReferences", { params: { fields: paths.join(", ") }, fieldErrors: this.fieldErrors });
    }
  }
}

/** The ids the lookup did not find; the lookup runs one query for all of them. */
export async function missingIds(ids: readonly string[], lookup: (ids: string[]) => Promise<Array<{ id: string }>>): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const found = new Set((await lookup(unique)).map((r) => r.id));
  return new Set(unique.filter((id) => !found.has(id)));
}

/** Owners must be active users: a task assigned to a disabled account would be lost. */
export function missingOwners(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  return missingIds(ids, (list) => tx.user.findMany({ where: { id: { in: list }, isActive: true }, select: { id: true } }));
}
export const unknownOwnerMessage = "reference.user" satisfies ErrorKey;

/** completedAt is set exactly while the task is DONE, and keeps its first value while it stays DONE. */
export function completedAtFor(status: TTaskStatus, previous: { status: TTaskStatus; completedAt: Date | null } | null, now: Date): Date | null {
  if (status !== "DONE") return null;
  return previous?.status === "DONE" ? (previous.completedAt ?? now) : now;
}

type Links = { ownerId: string | null; interactionId: string | null; agreementId: string | null; planItemId: string | null };

/**
 * Checks the records a follow-up points to. Only references that differ from the stored
 * ones are checked for existence, so a task keeps working if, say, its meeting was
 * later deleted. A plan item fixes the agreement: it is filled in when missing and must
 * match when given. Returns the agreement id to store.
 */
export async function resolveFollowUpLinks(
  tx: Tx,
  { next, previous, prefix }: { next: Links; previous: Links | null; prefix: string },
): Promise<{ agreementId: string | null }> {
  const errors = new ReferenceErrors(prefix);
  const changed = (key: keyof Links): string | null => (next[key] && next[key] !== previous?.[key] ? next[key] : null);

  const ownerId = changed("ownerId");
  if (ownerId && (await missingOwners(tx, [ownerId])).size > 0) errors.add("ownerId", unknownOwnerMessage);
  const interactionId = changed("interactionId");
  if (interactionId && (await tx.interaction.count({ where: { id: interactionId, deletedAt: null } })) === 0) {
    errors.add("interactionId", "reference.meeting");
  }
  const agreementIdChanged = changed("agreementId");
  if (agreementIdChanged && (await tx.agreement.count({ where: { id: agreementIdChanged, deletedAt: null } })) === 0) {
    errors.add("agreementId", "reference.agreement");
  }

  let agreementId = next.agreementId;
  if (next.planItemId) {
    const planItemChanged = changed("planItemId") !== null;
    const item = await tx.planItem.findFirst({
      where: { id: next.planItemId, ...(planItemChanged ? { agreement: { deletedAt: null } } : {}) },
      select: { agreementId: true },
    });
    if (!item) errors.add("planItemId", "reference.planItem");
    else if (!agreementId) agreementId = item.agreementId;
    else if (agreementId !== item.agreementId) errors.add("planItemId", "reference.planItemOfOtherAgreement");
  }
  errors.throwIfAny();
  return { agreementId };
}
