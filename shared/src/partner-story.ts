// A partner's story (partner.story): the few records that tell what happened between the
// home region and the partner (with everything below it), as a short chronicle rather
// than the full timeline. For Kazakhstan: the ambassador's visit, the proposal to Almaty
// Oblast, the forum «Горизонт 2050», Ded Moroz in Astana.
import { z } from "zod";
import { ZCalendarDay } from "./calendar-day.ts";
import { ZId } from "./common.ts";
import { timelineKinds, type TTimelineItem } from "./timeline.ts";

/**
 * What belongs in a story, over the partner's subtree:
 * - every agreement stage move (a proposal sent, a signing, a registration: the thread of an agreement);
 * - forums and tours (a tour as its stops within the subtree, or as itself when it has none);
 * - visits at the highest level: a VISIT with the partner itself or with a state (level
 *   COUNTRY), i.e. an ambassador's or a governor's visit, not each delegation to a district.
 * Routine contacts stay in the dossier's contacts and on the timeline.
 */
export const storyContents = {
  eventKinds: ["FORUM", "TOUR"],
  visitKinds: ["VISIT"],
  visitPartnerLevels: ["COUNTRY"],
} as const;

/** Items per page: a screen of chronicle; «Раньше» loads the page before it. */
export const PARTNER_STORY_PAGE = 12;

/** Where a page ends: the earliest item sent, by the story's order (day, kind, record, stop position, id). */
export const ZPartnerStoryCursor = z.object({
  day: ZCalendarDay,
  kind: z.enum(timelineKinds),
  recordId: ZId,
  /** A tour stop's position on its route; -1 for every other kind. */
  position: z.number().int().min(-1).max(10_000),
  id: ZId,
});
export type TPartnerStoryCursor = z.infer<typeof ZPartnerStoryCursor>;

export const ZPartnerStoryInput = z.object({
  id: ZId,
  /** The page before this item; without it, the latest page (planned items included). */
  cursor: ZPartnerStoryCursor.nullish(),
  limit: z.number().int().min(1).max(50).default(PARTNER_STORY_PAGE),
});
export type TPartnerStoryInput = z.input<typeof ZPartnerStoryInput>;

/** Who took part in a contact, with the post they held that day. */
export type TStoryPerson = { id: string; fullName: string; post: string | null };
export type TStorySource = { id: string; title: string; url: string | null };

/** A timeline item with who took part (contacts) and the sources that report it. */
export type TPartnerStoryItem = TTimelineItem & { people: TStoryPerson[]; sources: TStorySource[] };

export type TPartnerStory = {
  /** Oldest first: a page reads top to bottom as it happened. */
  items: TPartnerStoryItem[];
  /** The cursor of the page before this one; null when this page starts the story. */
  earlier: TPartnerStoryCursor | null;
};
