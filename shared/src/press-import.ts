// A press release read into a draft of records (issue 14). The extractor proposes; an
// editor reviews, corrects and confirms; nothing is written before that. Every item
// carries the sentence it came from and how sure the extractor is.
import { z } from "zod";
import { ZDatePrecision, type CalendarDay, type TDatePrecision } from "./calendar-day.ts";
import { optionalText, optionalUrl, requiredText, ZDay, ZId } from "./common.ts";
import {
  ZAgreementKind,
  ZAgreementStage,
  ZDirection,
  ZEventKind,
  ZInteractionKind,
  ZPartnerLevel,
  ZPersonSide,
  type TAgreementStage,
  type TPartnerLevel,
} from "./enums.ts";
import { ZEventStopInput } from "./event.ts";

/** Where in the text an item was found: character offsets of its sentence and of the words themselves. */
export type TTextSpan = { sentence: { start: number; end: number }; match: { start: number; end: number } };

/** 0–1: 1 for an exact name or a day written out, lower for a guess from context. */
export type TConfidence = number;

export type TDraftDate = {
  /** The first day of the period (YYYY-MM-DD), as the model stores vague dates. */
  day: CalendarDay;
  /** The last day of a range the text gives («с 22 по 24 апреля» → 24 April), for records that keep an end (events). */
  endDay?: CalendarDay;
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
  /** A matched person's current post as the register holds it (null for a new person, or none recorded): the review shows it beside the text's. */
  recordedPost: string | null;
  organisation: string | null;
  side: "HOME" | "PARTNER";
  span: TTextSpan;
  confidence: TConfidence;
};

export type TDraftTerm = {
  vocabulary: "sector" | "exportCategory";
  value: string;
  name: string;
  span: TTextSpan;
  confidence: TConfidence;
  /**
   * Export categories: the partners the export concerns, by name — the foreign partners
   * named in its sentence, else those of the whole text (the first is proposed). Absent for sectors.
   */
  partnerTexts?: string[];
};

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

export type TDraftProject = {
  title: string;
  sites: string[];
  /** The partners the project is with, by name: the foreign partners named in its sentence, else those of the whole text. */
  partnerTexts: string[];
  span: TTextSpan;
  confidence: TConfidence;
};

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

// ——— What the client sends (issue 14): a text to read, then the reviewed draft to write. ———

/** The longest text the import reads (the extractor refuses longer ones too). */
export const maxImportTextLength = 200_000;
export const importTextMessages = {
  empty: "validation.pressReleaseText",
  tooLong: "validation.pressReleaseTooLong",
} as const;

const ZImportText = z
  .string({ error: importTextMessages.empty })
  .trim()
  .min(1, { error: importTextMessages.empty })
  .max(maxImportTextLength, { error: importTextMessages.tooLong });

/** pressImport.draft: the pasted release; nothing is written. */
export const ZPressImportDraftInput = z.object({
  text: ZImportText,
  url: optionalUrl,
  outlet: optionalText(300),
  /** The day the release was published: relative dates («накануне», «в декабре») count from it. */
  publishedOn: ZDay,
});
export type TPressImportDraftInput = z.input<typeof ZPressImportDraftInput>;

/** A source already holding this release (the same address or the same text). */
export type TAlreadyImported = { sourceId: string; title: string } | null;
export type TPressImportDraftResult = { draft: TPressReleaseDraft; alreadyImported: TAlreadyImported };

/** An index into the confirmed `partners` (or `people`) array, so new records can be linked before they exist. */
const ZRef = z.number().int({ error: "validation.badReference" }).min(0, { error: "validation.badReference" }).max(199, { error: "validation.badReference" });
const ZRefs = z
  .array(ZRef)
  .max(200)
  .transform((refs) => [...new Set(refs)]);

export const ZConfirmPartner = z.union([
  z.object({ id: ZId }).strict(),
  z.object({ new: z.object({ name: requiredText(300), level: ZPartnerLevel, parentId: ZId.nullish().transform((v) => v ?? null) }) }).strict(),
]);
export type TConfirmPartner = z.input<typeof ZConfirmPartner>;

export const ZConfirmPerson = z.union([
  z
    .object({
      id: ZId,
      role: optionalText(300),
      /**
       * The post the text gives, when the editor records it: it becomes the person's current
       * post (a new position from the meeting's day, or the publication day without a
       * meeting), unless it is the post the person already holds on that day.
       */
      post: optionalText(500),
      /** The organisation of that post; only with `post`. */
      organisation: optionalText(500),
    })
    .strict(),
  z
    .object({
      new: z.object({
        fullName: requiredText(300),
        post: optionalText(500),
        organisation: optionalText(500),
        side: ZPersonSide,
        /** The partner the person belongs to: an index into `partners`. */
        partner: ZRef.nullish().transform((v) => v ?? null),
      }),
      role: optionalText(300),
    })
    .strict(),
]);
export type TConfirmPerson = z.input<typeof ZConfirmPerson>;

/** A project the release reports («совместное производство … в ОЭЗ «Вологодская» или в парке «Сокол»»): its candidate sites, and the partner it is with. */
export const ZConfirmProject = z.object({
  title: requiredText(300),
  /** The partner the project is with: an index into `partners` (a project has one partner). */
  partner: ZRef.nullish().transform((v) => v ?? null),
  sites: z
    .array(z.object({ name: requiredText(300) }))
    .max(50, { error: "validation.tooManySites" })
    .default([]),
});
export type TConfirmProject = z.input<typeof ZConfirmProject>;

/**
 * An export category the release names for a partner («поставки молочной продукции в
 * Казахстан»): written as an export fact of the kind «намерение поставлять», in the
 * text's words, citing the release. No figure, period, rank or growth: the text gives none.
 */
export const ZConfirmExportFact = z.object({
  categoryId: ZId,
  /** Whom the supply is for: an index into `partners`. */
  partner: ZRef.nullish().transform((v) => v ?? null),
  /** The fact in the source's words (its sentence). */
  statement: requiredText(1000),
});
export type TConfirmExportFact = z.input<typeof ZConfirmExportFact>;

export const confirmMessages = {
  projectPartner: "validation.projectPartner",
  exportFactPartner: "validation.exportFactPartner",
  organisationWithoutPost: "validation.organisationWithoutPost",
} as const;

/** pressImport.confirm: the draft as the editor reviewed it; written in one transaction. */
export const ZPressImportConfirmInput = z
  .object({
    source: z.object({
      title: requiredText(500),
      url: optionalUrl,
      outlet: optionalText(300),
      publishedOn: ZDay,
      text: ZImportText,
    }),
    /** The meeting (visit, call, negotiations…); its partners and participants are all of `partners` and `people`. */
    happening: z
      .object({
        title: requiredText(500),
        kind: ZInteractionKind,
        startsAt: ZDay,
        datePrecision: ZDatePrecision.default("DAY"),
        place: optionalText(500),
        direction: ZDirection.nullish().transform((v) => v ?? null),
      })
      .nullish()
      .transform((v) => v ?? null),
    partners: z.array(ZConfirmPartner).max(200, { error: "validation.tooManyPartners" }).default([]),
    people: z.array(ZConfirmPerson).max(200, { error: "validation.tooManyPeople" }).default([]),
    /** The meeting's sectors. */
    sectorIds: z
      .array(ZId)
      .max(50)
      .transform((ids) => [...new Set(ids)])
      .default([]),
    agreements: z
      .array(
        z.object({
          title: requiredText(500),
          kind: ZAgreementKind,
          stage: ZAgreementStage,
          stageDate: ZDay,
          stageDatePrecision: ZDatePrecision.default("DAY"),
          parties: ZRefs,
        }),
      )
      .max(50)
      .default([]),
    events: z
      .array(
        z.object({
          title: requiredText(300),
          kind: ZEventKind,
          startsAt: ZDay,
          datePrecision: ZDatePrecision.default("DAY"),
          place: optionalText(300),
          partners: ZRefs.default([]),
          /** A tour's stops in route order. */
          stops: z.array(ZEventStopInput).max(100).default([]),
        }),
      )
      .max(50)
      .default([]),
    /** Tasks agreed at the meeting («договорились подготовить»): they need the meeting. */
    followUps: z
      .array(z.object({ title: requiredText(500) }))
      .max(100)
      .default([]),
    projects: z.array(ZConfirmProject).max(50, { error: "validation.tooManyProjects" }).default([]),
    exportFacts: z.array(ZConfirmExportFact).max(50, { error: "validation.tooManyExportFacts" }).default([]),
  })
  .superRefine((v, ctx) => {
    // Every reference here points into `partners`.
    const check = (ref: number, path: Array<string | number>, count: number) => {
      if (ref >= count) ctx.addIssue({ code: "custom", path, message: "validation.noPartnerWithNumber", params: { number: ref + 1 } });
    };
    v.people.forEach((p, i) => {
      if ("new" in p && p.new.partner !== null) check(p.new.partner, ["people", i, "new", "partner"], v.partners.length);
      if ("id" in p && p.organisation !== null && p.post === null)
        ctx.addIssue({ code: "custom", path: ["people", i, "post"], message: confirmMessages.organisationWithoutPost });
    });
    v.projects.forEach((p, i) => {
      if (p.partner === null) ctx.addIssue({ code: "custom", path: ["projects", i, "partner"], message: confirmMessages.projectPartner });
      else check(p.partner, ["projects", i, "partner"], v.partners.length);
    });
    v.exportFacts.forEach((f, i) => {
      if (f.partner === null) ctx.addIssue({ code: "custom", path: ["exportFacts", i, "partner"], message: confirmMessages.exportFactPartner });
      else check(f.partner, ["exportFacts", i, "partner"], v.partners.length);
    });
    v.agreements.forEach((a, i) => {
      if (a.parties.length === 0) ctx.addIssue({ code: "custom", path: ["agreements", i, "parties"], message: "validation.partyRequired" });
      a.parties.forEach((r, j) => check(r, ["agreements", i, "parties", j], v.partners.length));
    });
    v.events.forEach((e, i) => e.partners.forEach((r, j) => check(r, ["events", i, "partners", j], v.partners.length)));
    if (v.happening && v.partners.length === 0) ctx.addIssue({ code: "custom", path: ["partners"], message: "validation.meetingPartnerRequired" });
    if (!v.happening && v.followUps.length > 0) ctx.addIssue({ code: "custom", path: ["followUps"], message: "validation.followUpsNeedMeeting" });
  });
export type TPressImportConfirmInput = z.input<typeof ZPressImportConfirmInput>;

export type TPressImportConfirmResult = {
  sourceId: string;
  partnerIds: string[];
  personIds: string[];
  meetingId: string | null;
  agreementIds: string[];
  eventIds: string[];
  followUpIds: string[];
  projectIds: string[];
  exportFactIds: string[];
};
