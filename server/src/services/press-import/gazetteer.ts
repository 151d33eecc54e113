// What the extractor knows of the world before it reads a release: the partners (with
// their aliases), the people and the vocabularies, as the database holds them. The
// caller builds it (from the database, or a test's fixture); the extractor never asks
// the database itself, so it stays a pure function of the text and this gazetteer.
import type { TPartnerLevel } from "@atlas/shared/enums";

export type ImportGazetteer = {
  partners: Array<{
    id: string;
    name: string;
    level: TPartnerLevel;
    parentId: string | null;
    aliases: string[];
    /** The home region (the register's own region): its people are HOME, visits to it INCOMING. */
    isHome?: boolean;
  }>;
  people: Array<{
    id: string;
    fullName: string;
    post: string | null;
    organisation: string | null;
    side: "HOME" | "PARTNER";
    partnerId: string | null;
  }>;
  /** Sectors and export categories: `value` is what records hold (the id). */
  sectors: Array<{ value: string; name: string }>;
  exportCategories: Array<{ value: string; name: string }>;
  /** Kinds: `code` is what records hold (VISIT, FORUM, MEMORANDUM…). */
  meetingKinds: Array<{ code: string; name: string }>;
  eventKinds: Array<{ code: string; name: string }>;
  agreementKinds: Array<{ code: string; name: string }>;
};

export type GazetteerPartner = ImportGazetteer["partners"][number];
export type GazetteerPerson = ImportGazetteer["people"][number];
