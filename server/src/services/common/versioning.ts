import { AppError } from "../../errors.ts";

/**
 * Optimistic locking: every record carries `version`, and an update names the
 * version it was based on. A different version means someone saved in between; the
 * caller gets CONFLICT with the current record so nothing is silently overwritten.
 */
export function assertVersion<T extends { version: number }>(current: T, expected: number, what: string): void {
  if (current.version !== expected) {
    throw new AppError("CONFLICT", `${what}: запись изменил другой пользователь (версия ${current.version}, у вас ${expected}). Обновите данные и повторите.`, {
      current,
    });
  }
}

/** Thrown when the conditional write (`where: { id, version }`) matched nothing: a concurrent save won. */
export function concurrentWriteConflict(what: string): AppError {
  return new AppError("CONFLICT", `${what}: запись только что изменил другой пользователь. Обновите данные и повторите.`);
}
