// Domain errors. Services throw AppError and know nothing about tRPC; the procedure
// layer (trpc.ts) turns them, and known database errors, into tRPC codes.
import { TRPCError } from "@trpc/server";
import { Prisma } from "@atlas/db/generated/prisma/client";

export type AppErrorCode = "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHORIZED" | "TOO_MANY_REQUESTS";

/** Messages per field, keyed by the field's path ("data.name", "stops.0.date"). */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: { fieldErrors?: FieldErrors; current?: unknown } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) => new AppError("NOT_FOUND", `${what} не найден(а): ${id}`);

/** Turns what a service or Prisma threw into a TRPCError with the right HTTP status. */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return null;
  if (error instanceof AppError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const target = String((error.meta as { target?: unknown; field_name?: unknown } | undefined)?.target ?? "");
    switch (error.code) {
      case "P2002":
        return new TRPCError({
          code: "CONFLICT",
          message: `Такая запись уже есть${target ? ` (${target})` : ""}`,
          cause: new AppError("CONFLICT", "duplicate", {}),
        });
      case "P2003":
        return new TRPCError({ code: "BAD_REQUEST", message: "Ссылка на несуществующую или используемую запись", cause: error });
      case "P2025":
        return new TRPCError({ code: "NOT_FOUND", message: "Запись не найдена", cause: error });
    }
  }
  return null;
}
