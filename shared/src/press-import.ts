// A press release read into a draft of records (issue 14). The extractor proposes; an
// editor reviews, corrects and confirms; nothing is written before that. Every item
// carries the sentence it came from and how sure the extractor is.
import type { CalendarDay, TDatePrecision } from "./calendar-day.ts";
import type { TAgreementStage, TPartnerLevel } from "./enums.ts";

/** Where in the text an item was found: character offsets of its sentence and of the words themselves. */
export type TTextSpan = { sentence: { start: number; end: number }; match: { start: number; end: number } };

/** 0–1: 1 for an exact name or a day written out, lower for a guess from context. */
export type TConfidence = number;

export type TDraftDate = {
  /** The first day of the period (YYYY-MM-DD), as the model stores vague dates. */
  day: CalendarDay;
  precision: TDatePrecision;
  /** The words: «14 ноября», «в декабре», «накануне». */
  text: string;
  span: TTextSpan;
  confidence: TConfidence;
};

export type TDraftPartner = {
  /** The name as it stands in the text, in its grammatical case («Алматинской области»). */
  text: string;
  /** An existing partner the name matched (by name, word forms or alias), or null for a new one. */
  partnerId: string | null;
  /** The partner's name in the nominative: the existing one's, or the proposed one's. */
  name: string;
  level: TPartnerLevel;
  /** For a proposed partner: the parent it belongs to, when the text or the gazetteer says. */
  parentId: string | null;
  span: TTextSpan;
  confidence: TConfidence;
};

export type TDraftPerson = {
  /** The full name in the nominative («Даурен Абаев»). */
  fullName: string;
  personId: string | null;
  /** The post as the text gives it («Чрезвычайный и полномочный посол Республики Казахстан в России»). */
  post: string | null;
  organisation: string | null;
  side: "HOME" | "PARTNER";
  span: TTextSpan;
  confidence: TConfidence;
};

export type TDraftTerm = { vocabulary: "sector" | "exportCategory"; value: string; name: string; span: TTextSpan; confidence: TConfidence };

export type TDraftAgreement = {
  title: string;
  /** An agreement kind code (vocabulary) when the text names one. */
  kind: string | null;
  stage: TAgreementStage;
  /** The words that set the stage («направили предложение», «подписали меморандум»). */
  stageText: string;
  date: TDraftDate | null;
  partyTexts: string[];
  span: TTextSpan;
  confidence: TConfidence;
};

export type TDraftEvent = {
  title: string;
  /** An event kind code (FORUM, TOUR…). */
  kind: string;
  date: TDraftDate | null;
  place: string | null;
  /** Tours: stops in route order, each with its place and date when the text gives one. */
  stops: Array<{ place: string; date: TDraftDate | null }>;
  span: TTextSpan;
  confidence: TConfidence;
};

/** What happened, as one record: a visit, meeting, call or signing is a meeting; a forum or tour an event. */
export type TDraftHappening = {
  /** A meeting kind code (VISIT, MEETING, CALL, NEGOTIATIONS…). */
  kind: string;
  title: string;
  date: TDraftDate | null;
  place: string | null;
  direction: "INCOMING" | "OUTGOING" | null;
  span: TTextSpan;
  confidence: TConfidence;
};

export type TDraftFollowUp = { title: string; span: TTextSpan; confidence: TConfidence };

export type TDraftProject = { title: string; sites: string[]; span: TTextSpan; confidence: TConfidence };

export type TPressReleaseDraft = {
  happening: TDraftHappening | null;
  /** Every date the text gives, in text order (one entry per expression; the same day may recur). */
  dates: TDraftDate[];
  partners: TDraftPartner[];
  people: TDraftPerson[];
  terms: TDraftTerm[];
  agreements: TDraftAgreement[];
  events: TDraftEvent[];
  projects: TDraftProject[];
  followUps: TDraftFollowUp[];
  /** Why nothing, or little, was found: «В тексте не найдено фактов сотрудничества». */
  notes: string[];
};
