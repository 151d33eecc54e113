// One search across record types (the header's field and Ctrl+K).
import { z } from "zod";
import { optionalText } from "./common.ts";
import type { TAgreementStage } from "./enums.ts";

export const globalSearchTypes = ["partner", "person", "meeting", "agreement", "event", "project", "source"] as const;
export type TGlobalSearchType = (typeof globalSearchTypes)[number];

export const ZGlobalSearchInput = z.object({
  q: optionalText(200).transform((v) => v ?? ""),
  /** Results per type. */
  limit: z.number().int().min(1).max(20).default(5),
});
export type TGlobalSearchInput = z.input<typeof ZGlobalSearchInput>;

/**
 * How a result matched, best first: its name is the query; every word matched in some
 * word form (or alias, or Latin spelling); or it is only similar (a typo).
 */
export type TSearchMatch = "exact" | "words" | "similar";

export type TGlobalSearchHit = {
  type: TGlobalSearchType;
  id: string;
  title: string;
  /** A second line: a partner's level and parent, a person's post, a meeting's day… */
  subtitle: string | null;
  /** A calendar day the record is about, when it has one (YYYY-MM-DD). */
  day: string | null;
  /** Agreements: the current stage. */
  stage?: TAgreementStage;
  /** Sources: their address, if they have one (a source has no page of its own). */
  url?: string | null;
  match: TSearchMatch;
};

export type TGlobalSearchResult = { q: string; groups: Array<{ type: TGlobalSearchType; hits: TGlobalSearchHit[] }> };
