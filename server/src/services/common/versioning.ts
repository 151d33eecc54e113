import { AppError, type RecordKind } from "../../errors.ts";

/**
 * Optimistic locking: every record carries `version`, and an update names the
 * version it was based on. A different version means someone saved in between; the
 * caller gets CONFLICT with the current record so nothing is silently overwritten.
 */
export function assertVersion<T extends { version: number }>(current: T, expected: number, record: RecordKind): void {
  if (current.version !== expected) {
    throw new AppError("CONFLICT", "record.versionMismatch", { params: { record, current: current.version, expected }, current });
  }
}

/** Thrown when the conditional write (`where: { id, version }`) matched nothing: a concurrent save won. */
export function concurrentWriteConflict(record: RecordKind): AppError {
  return new AppError("CONFLICT", "record.changedConcurrently", { params: { record } });
}
