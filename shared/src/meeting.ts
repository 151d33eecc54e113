// Meetings, visits and calls (the Interaction model): who met whom, about what, and what came of it.
import { z } from "zod";
import { isCalendarDay, ZDatePrecision, ZTimeOfDay } from "./calendar-day.ts";
import { listInput, optionalDay, optionalText, requiredText, updateInput, ZCommonFilter, ZDay, ZId } from "./common.ts";
import { ZDirection, ZInteractionFormat, ZInteractionKind } from "./enums.ts";
import { ZSourceIds } from "./source.ts";
import type { ErrorKey } from "./error-keys.ts";

const nullableId = ZId.nullish().transform((v) => v ?? null);

/** Ids picked in a multi-select: repeated picks collapse into one. */
const idSet = (max: number, min?: { count: number; message: ErrorKey }) =>
  z
    .array(ZId)
    .min(min?.count ?? 0, { error: min?.message })
    .max(max, { error: "validation.atMost" })
    .transform((ids) => [...new Set(ids)]);

export const endsBeforeStartMessage = "validation.endsBeforeStart";

export const ZParticipantInput = z.object({
  personId: ZId,
  /** The person's role in this contact, e.g. "глава делегации". */
  role: optionalText(300),
});
export type TParticipantInput = z.input<typeof ZParticipantInput>;

const ZParticipants = z
  .array(ZParticipantInput)
  .max(300, { error: "validation.tooManyParticipants" })
  .superRefine((participants, ctx) => {
    const seen = new Set<string>();
    participants.forEach((p, index) => {
      if (seen.has(p.personId)) ctx.addIssue({ code: "custom", path: [index, "personId"], message: "validation.duplicateParticipant" });
      seen.add(p.personId);
    });
  });

/** How an agreement figured in a meeting: signed at it, or only discussed. */
export const agreementMentions = ["SIGNED", "DISCUSSED"] as const;
export const ZAgreementMention = z.enum(agreementMentions);
export type TAgreementMention = z.infer<typeof ZAgreementMention>;

export const ZMeetingAgreementInput = z.object({
  agreementId: ZId,
  mention: ZAgreementMention,
});
export type TMeetingAgreementInput = z.input<typeof ZMeetingAgreementInput>;

const ZMeetingAgreements = z
  .array(ZMeetingAgreementInput)
  .max(100, { error: "validation.atMost" })
  .superRefine((agreements, ctx) => {
    const seen = new Set<string>();
    agreements.forEach((a, index) => {
      if (seen.has(a.agreementId)) ctx.addIssue({ code: "custom", path: [index, "agreementId"], message: "validation.duplicateAgreement" });
      seen.add(a.agreementId);
    });
  });

/** A follow-up task written together with the meeting it came out of. */
export const ZMeetingFollowUpInput = z.object({
  title: requiredText(500),
  dueDate: optionalDay,
  ownerId: nullableId,
});
export type TMeetingFollowUpInput = z.input<typeof ZMeetingFollowUpInput>;

export const ZMeetingFields = z.object({
  title: requiredText(500),
  kind: ZInteractionKind,
  direction: ZDirection.nullish().transform((v) => v ?? null),
  format: ZInteractionFormat.default("IN_PERSON"),
  /** The day it took place (or the first day of its month, quarter or year: see datePrecision). */
  startsAt: ZDay,
  /** The last day of a visit over several days; for a month, quarter or year the server sets the period's end. */
  endsAt: optionalDay,
  datePrecision: ZDatePrecision.default("DAY"),
  /** The hour, when known (09:30); a separate field so that the day never depends on a time zone. */
  startTime: ZTimeOfDay,
  place: optionalText(500),
  summary: optionalText(),
  outcomes: optionalText(),
  /** The sources that report it (source.find / source.create first); on update, when sent, they replace the set. */
  sourceIds: ZSourceIds.default([]),
  partnerIds: idSet(100, { count: 1, message: "validation.partnerRequired" }),
  participants: ZParticipants.default([]),
  sectorIds: idSet(50).default([]),
  /** Agreements signed or discussed at the meeting; on update, when sent, they replace the set. */
  agreements: ZMeetingAgreements.default([]),
  /** The event (a forum, a tour) the meeting was part of. */
  eventId: nullableId,
});

/** Both dates parsed: only then does comparing them mean anything. */
const validDate = (v: unknown) => isCalendarDay(v);

export const ZCreateMeetingInput = ZMeetingFields.extend({
  followUps: z.array(ZMeetingFollowUpInput).max(100, { error: "validation.tooManyFollowUps" }).default([]),
}).refine((v) => !v.endsAt || v.endsAt >= v.startsAt, {
  path: ["endsAt"],
  message: endsBeforeStartMessage,
  when: ({ value }) => {
    const v = value as { startsAt?: unknown; endsAt?: unknown };
    return validDate(v?.startsAt) && (v?.endsAt == null || validDate(v.endsAt));
  },
});
export type TCreateMeetingInput = z.input<typeof ZCreateMeetingInput>;

/**
 * When partnerIds, sectorIds, participants or agreements are present they replace the whole set.
 * The end-before-start rule is checked here when both dates are sent, and by the
 * service against the stored record when only one is.
 */
export const ZUpdateMeetingInput = updateInput(ZMeetingFields).refine((v) => !v.data.startsAt || !v.data.endsAt || v.data.endsAt >= v.data.startsAt, {
  path: ["data", "endsAt"],
  message: endsBeforeStartMessage,
  when: ({ value }) => {
    const d = (value as { data?: { startsAt?: unknown; endsAt?: unknown } })?.data;
    return validDate(d?.startsAt) && validDate(d?.endsAt);
  },
});
export type TUpdateMeetingInput = z.input<typeof ZUpdateMeetingInput>;

export const ZMeetingFilter = ZCommonFilter.extend({
  kinds: z.array(ZInteractionKind).optional(),
  directions: z.array(ZDirection).optional(),
  formats: z.array(ZInteractionFormat).optional(),
  /** Meetings this person took part in. */
  personId: ZId.optional(),
});
export type TMeetingFilter = z.input<typeof ZMeetingFilter>;

export const ZListMeetingsInput = listInput(ZMeetingFilter, ["startsAt", "title", "createdAt"], {
  field: "startsAt",
  direction: "desc",
});
export type TListMeetingsInput = z.input<typeof ZListMeetingsInput>;
