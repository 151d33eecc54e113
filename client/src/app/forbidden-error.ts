import type { TRole } from "@atlas/shared/enums";

/** Thrown by a route whose page needs a higher role; the error page explains instead of a blank screen. */
export class ForbiddenError extends Error {
  constructor(readonly role: TRole) {
    super(`role ${role} required`);
  }
}
