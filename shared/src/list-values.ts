// Small lists of values that the client's URL schemas need when the app starts. They live
// here, not in the modules whose zod schemas use them, so that loading one constant does
// not load (and build) every schema of that module in the first download.
/** The columns the agreement list sorts by (agreement.ts builds its list input on them). */
export const agreementSortFields = ["stageChangedAt", "title", "expiresAt", "createdAt"] as const;

/** The statuses of a follow-up that is still to be done (follow-up.ts). */
export const openTaskStatuses = ["OPEN", "IN_PROGRESS"] as const;
