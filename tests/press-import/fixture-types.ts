// The shape of the team's own release-like texts and what the extractor must find in
// each (issue 14). Names are nominative; dates are the first day of their period.
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import type { TAgreementStage, TPartnerLevel } from "@atlas/shared/enums";

/** The world the texts live in: what the database holds before the import. */
export type Gazetteer = {
  partners: Array<{ key: string; name: string; level: TPartnerLevel; parentKey?: string; aliases?: string[]; isHome?: boolean }>;
  people: Array<{ key: string; fullName: string; post?: string; organisation?: string; side: "HOME" | "PARTNER"; partnerKey?: string }>;
  sectors: string[];
  exportCategories: string[];
};

export type ReleaseFixture = {
  id: string;
  /** The press service's style it imitates: visit, call, signing, forum, tour, export news… */
  style: string;
  publishedOn: CalendarDay;
  text: string;
  expected: {
    /** What happened, as one record (meeting kinds VISIT, MEETING, CALL, NEGOTIATIONS; or null when only an event or news). */
    happening: { kind: string; day: CalendarDay; precision: TDatePrecision } | null;
    /** Every partner the text names (nominative, as the gazetteer names it; new ones as they would be named). */
    partners: Array<{ name: string; existing: boolean }>;
    people: Array<{ fullName: string; post: string | null; side: "HOME" | "PARTNER" }>;
    /** Every date the text gives for a fact, with its precision. */
    dates: Array<{ day: CalendarDay; precision: TDatePrecision }>;
    /** Sectors and export categories named or implied (gazetteer names). */
    sectors: string[];
    exportCategories: string[];
    /** Agreements and the stage the text puts them at. */
    agreements: Array<{ stage: TAgreementStage; kind: string | null }>;
    events: Array<{ kind: string; day: CalendarDay | null; precision: TDatePrecision | null }>;
  };
};
