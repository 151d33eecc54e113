import { z } from "zod";
import type { CalendarDay } from "./calendar-day.ts";
import { optionalDay, optionalText, requiredText, ZCommonFilter, ZId, listInput, updateInput } from "./common.ts";
import { ZPersonSide } from "./enums.ts";
import { endsBeforeStartMessage } from "./meeting.ts";

/**
 * One post a person held: «врио губернатора» from one day to another. Either day may be
 * unknown (null): the source often names the post without saying since when. A post
 * without `endsOn` is held now; several may be (a minister who also chairs a commission).
 */
export const ZPersonPositionInput = z
  .object({
    post: requiredText(500),
    organisation: optionalText(500),
    startsOn: optionalDay,
    endsOn: optionalDay,
  })
  .superRefine((p, ctx) => {
    if (p.startsOn && p.endsOn && p.endsOn < p.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: endsBeforeStartMessage });
  });
export type TPersonPositionInput = z.input<typeof ZPersonPositionInput>;

/** A stored position as the API returns it. */
export type TPersonPosition = { id: string; post: string; organisation: string | null; startsOn: CalendarDay | null; endsOn: CalendarDay | null };

export const ZPersonFields = z.object({
  fullName: requiredText(300),
  fullNameEn: optionalText(300),
  /**
   * The current post, e.g. "Чрезвычайный и Полномочный Посол". Kept for callers that know
   * only the post (the quick add in the meeting form): without `positions`, a post given
   * here is the person's one open position. With `positions`, post and organisation are
   * worked out from them (the latest open one) and these two are not used.
   */
  post: optionalText(500),
  organisation: optionalText(500),
  /** Every post the person held or holds; on update, when sent, replaces the whole set. */
  positions: z.array(ZPersonPositionInput).max(50, { error: "validation.tooManyPositions" }).default([]),
  side: ZPersonSide,
  /** The partner the person belongs to (for the home side: the home region or one of its organisations). */
  partnerId: ZId.nullish().transform((v) => v ?? null),
  // Empty becomes null first (optionalText), so a cleared form field is not an invalid address.
  email: optionalText(320).pipe(z.email({ error: "validation.email" }).nullable()),
  phone: optionalText(100),
  notes: optionalText(),
});

export const ZCreatePersonInput = ZPersonFields;
export type TCreatePersonInput = z.input<typeof ZCreatePersonInput>;

export const ZUpdatePersonInput = updateInput(ZPersonFields);
export type TUpdatePersonInput = z.input<typeof ZUpdatePersonInput>;

/** People have no sector or date of their own, so only these common filters apply. */
export const ZPersonFilter = ZCommonFilter.pick({ q: true, partnerIds: true, countryCodes: true }).extend({
  sides: z.array(ZPersonSide).optional(),
});

export const ZListPeopleInput = listInput(ZPersonFilter, ["fullName", "createdAt", "updatedAt"], {
  field: "fullName",
  direction: "asc",
});
export type TListPeopleInput = z.input<typeof ZListPeopleInput>;

/**
 * The duplicate guard on the person form: existing people named like this one
 * (case- and ё/е-insensitive, or trigram-similar, in any word order). With `partnerId`,
 * only people of that partner and people with no partner recorded are considered;
 * `excludeId` leaves out the person being edited.
 */
export const ZFindSimilarPeopleInput = z.object({
  fullName: requiredText(300),
  partnerId: ZId.optional(),
  excludeId: ZId.optional(),
});
export type TFindSimilarPeopleInput = z.input<typeof ZFindSimilarPeopleInput>;

/** One possible duplicate; score is 1 for the same name, else the trigram similarity (0.45…1), rounded to 0.01. */
export type TSimilarPerson = {
  id: string;
  fullName: string;
  post: string | null;
  organisation: string | null;
  side: z.infer<typeof ZPersonSide>;
  partner: { id: string; name: string } | null;
  score: number;
  exact: boolean;
};

type Dated = { startsOn?: CalendarDay | null; endsOn?: CalendarDay | null };

/**
 * Which of a person's positions is the current one: the open one (no `endsOn`) that
 * started last (an unknown start counts as earliest), else the one that ended last.
 * Person.post and Person.organisation are kept equal to it. -1 when there is none.
 */
export function currentPositionIndex(positions: ReadonlyArray<Dated>): number {
  let best = -1;
  positions.forEach((p, i) => {
    const b = positions[best];
    if (!b) {
      best = i;
      return;
    }
    const open = !p.endsOn;
    const bestOpen = !b.endsOn;
    if (open !== bestOpen) {
      if (open) best = i;
      return;
    }
    // Among open ones the latest start wins; among ended ones the latest end (then the latest start).
    const key = (x: Dated) => (open ? [x.startsOn ?? "", ""] : [x.endsOn ?? "", x.startsOn ?? ""]);
    const [k1, k2] = key(p);
    const [b1, b2] = key(b);
    if (k1! > b1! || (k1 === b1 && k2! > b2!)) best = i;
  });
  return best;
}

/**
 * The position held on `day`: one whose days cover it (an unknown start or end leaves
 * that side open). When several do, the one that started last, then the one that ends
 * first — the most specific; a post with neither day known covers every day but loses
 * to one with known days. -1 when none covers the day.
 */
export function positionOnDayIndex(positions: ReadonlyArray<Dated>, day: CalendarDay): number {
  let best = -1;
  positions.forEach((p, i) => {
    if ((p.startsOn && p.startsOn > day) || (p.endsOn && p.endsOn < day)) return;
    const b = positions[best];
    if (!b) {
      best = i;
      return;
    }
    const start = p.startsOn ?? "";
    const bStart = b.startsOn ?? "";
    // "~" sorts after every day, so an open end counts as the latest.
    if (start > bStart || (start === bStart && (p.endsOn ?? "~") < (b.endsOn ?? "~"))) best = i;
  });
  return best;
}
