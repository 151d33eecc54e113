import { AppError, problem, type ErrorKey, type FieldErrors } from "../../errors.ts";

/**
 * An update names only the fields to change; a field left out arrives as undefined. The
 * fields that were given, with their types kept (a given null clears the field).
 */
export function stripUndefined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** A field as it will be after a partial update: the new value when given, else the stored one. */
export function valueAfterUpdate<T>(next: T | undefined, stored: T): T {
  return next !== undefined ? next : stored;
}

/**
 * The given fields of an update that differ from the stored record, undefined for the
 * rest: what a reference check must look at (an unchanged reference is not checked again).
 */
export function changedValues<D extends object, K extends keyof D>(
  data: D,
  stored: { [P in K]: unknown },
  fields: readonly K[],
): { [P in K]: D[P] | undefined } {
  return Object.fromEntries(fields.map((field) => [field, data[field] !== stored[field] ? data[field] : undefined])) as { [P in K]: D[P] | undefined };
}

/**
 * The cross-field rules of a create schema, checked again on the record as an update
 * leaves it: their problems become one BAD_REQUEST with each message under its field.
 */
export function refuseRuleProblems(problems: ReadonlyArray<{ field: string; message: ErrorKey }>): void {
  if (problems.length === 0) return;
  const fieldErrors: FieldErrors = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(problem(p.message));
  throw new AppError("BAD_REQUEST", problems.length === 1 ? problems[0]!.message : "request.checkFields", { fieldErrors });
}
