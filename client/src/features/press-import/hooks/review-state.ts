// The review of a press-release draft (issue 14): the editor's copy of what the extractor
// proposed, item by item (accepted or dropped, corrected), and how it becomes the input of
// pressImport.confirm. Items keep their place in the draft; the confirm input holds only the
// accepted ones, so the server's error paths («agreements.0.stage») are mapped back here.
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import type { TAgreementStage, TDirection, TPartnerLevel, TPersonSide } from "@atlas/shared/enums";
import { normalizeSearchText } from "@atlas/shared/search-text";
import type { TConfirmPartner, TConfirmPerson, TDraftDate, TPressImportConfirmInput, TPressReleaseDraft, TTextSpan } from "@atlas/shared/press-import";
import type { PickedPartner } from "../../../ui/partner-picker.tsx";
import type { PreciseDateValue } from "../../../ui/precise-date-field.tsx";
import "../texts.ts";

/** Items the extractor is at least this sure of are accepted at first. */
export const acceptThreshold = 0.6;

export type ReviewSource = { title: string; url: string; outlet: string; publishedOn: CalendarDay; text: string };

type Base = { accepted: boolean; span: TTextSpan; confidence: number };

export type ReviewHappening = Base & { title: string; kind: string; date: PreciseDateValue; place: string; direction: TDirection | "" };
export type ReviewPartner = Base & {
  text: string;
  /** "match": an existing partner (the extractor's or another picked); "new": created on confirm. */
  choice: "match" | "new";
  picked: PickedPartner | null;
  newName: string;
  level: TPartnerLevel;
  parent: PickedPartner | null;
};
export type ReviewPerson = Base & {
  fullName: string;
  matchedId: string | null;
  choice: "match" | "new";
  /** The post: a new person's, or the one the text gives a matched person (recorded only with `recordPost`). */
  post: string;
  organisation: string;
  /** A matched person's current post as the register holds it, and the post the text gives. */
  recordedPost: string;
  textPost: string;
  /** The text gives a matched person another post than the recorded one (not merely a part of it, «Губернатор»): the review says so. */
  postDiffers: boolean;
  /** A matched person: record `post` (and `organisation`) as their current post. */
  recordPost: boolean;
  side: TPersonSide;
  /** The partner the new person belongs to: an index into the review's partners. */
  partner: number | null;
  role: string;
};
export type ReviewSector = Base & { value: string; name: string };
export type ReviewAgreement = Base & { title: string; kind: string; stage: TAgreementStage; stageText: string; date: PreciseDateValue; parties: number[] };
export type ReviewEvent = Base & {
  title: string;
  kind: string;
  date: PreciseDateValue;
  place: string;
  stops: Array<{ place: string; date: TDraftDate | null }>;
  partners: number[];
};
export type ReviewFollowUp = Base & { title: string };
/** A project: its candidate sites and the partner it is with (an index into the review's partners). */
export type ReviewProject = Base & { title: string; sites: string[]; partner: number | null };
/** An export category the text names: saved as an intent to supply it to `partner`, in the words of `statement`. */
export type ReviewExportFact = Base & { categoryId: string; name: string; statement: string; partner: number | null };

export type Review = {
  source: ReviewSource;
  happening: ReviewHappening | null;
  partners: ReviewPartner[];
  people: ReviewPerson[];
  sectors: ReviewSector[];
  agreements: ReviewAgreement[];
  events: ReviewEvent[];
  followUps: ReviewFollowUp[];
  projects: ReviewProject[];
  exportFacts: ReviewExportFact[];
  notes: string[];
};

export type ReviewSection = "happening" | "partners" | "people" | "sectors" | "agreements" | "events" | "followUps" | "projects" | "exportFacts";

const accepted = (confidence: number) => confidence >= acceptThreshold;
const dateValue = (date: TDraftDate | null, fallback: CalendarDay): PreciseDateValue =>
  date ? { day: date.day, precision: date.precision } : { day: fallback, precision: "DAY" };

/** The first sentence of the text, as a title for the source. */
export function firstSentence(text: string): string {
  const line = text.trim().split(/\n/)[0] ?? "";
  const sentence = /^(.{10,}?[.!?])(\s|$)/.exec(line)?.[1] ?? line;
  return sentence.length > 300 ? `${sentence.slice(0, 299)}…` : sentence;
}

/** The sentence of a span, on one line: the words an export fact keeps. */
function sentenceOf(text: string, span: TTextSpan): string {
  const sentence = text.slice(span.sentence.start, span.sentence.end).replace(/\s+/g, " ").trim();
  return sentence.length > 1000 ? `${sentence.slice(0, 999)}…` : sentence;
}

export function draftToReview(draft: TPressReleaseDraft, source: ReviewSource): Review {
  const fallbackDay = draft.happening?.date?.day ?? source.publishedOn;
  const partnerIndex = (text: string) => draft.partners.findIndex((p) => p.text === text || p.name === text);
  /** The first of the partners named that the draft holds, as a review index. */
  const firstPartner = (texts: string[] | undefined) => (texts ?? []).map(partnerIndex).find((i) => i >= 0) ?? null;
  const allPartners = draft.partners.map((_, i) => i);
  const h = draft.happening;
  return {
    source,
    happening: h
      ? {
          accepted: accepted(h.confidence),
          span: h.span,
          confidence: h.confidence,
          title: h.title,
          kind: h.kind,
          date: dateValue(h.date, source.publishedOn),
          place: h.place ?? "",
          direction: h.direction ?? "",
        }
      : null,
    partners: draft.partners.map((p) => ({
      accepted: accepted(p.confidence),
      span: p.span,
      confidence: p.confidence,
      text: p.text,
      choice: p.partnerId ? "match" : "new",
      picked: p.partnerId ? { id: p.partnerId, name: p.name } : null,
      newName: p.name,
      level: p.level,
      parent: p.parentId ? { id: p.parentId, name: draft.partners.find((q) => q.partnerId === p.parentId)?.name ?? "" } : null,
    })),
    people: draft.people.map((p) => ({
      accepted: accepted(p.confidence),
      span: p.span,
      confidence: p.confidence,
      fullName: p.fullName,
      matchedId: p.personId,
      choice: p.personId ? "match" : "new",
      post: p.post ?? "",
      organisation: p.organisation ?? "",
      recordedPost: p.recordedPost ?? "",
      textPost: p.post ?? "",
      postDiffers: Boolean(p.personId && p.post && !normalizeSearchText(p.recordedPost).includes(normalizeSearchText(p.post))),
      // The text's wording of the same post often differs («посол» for «Чрезвычайный и Полномочный Посол…»): the editor decides.
      recordPost: false,
      side: p.side,
      partner: null,
      role: "",
    })),
    sectors: draft.terms
      .filter((t) => t.vocabulary === "sector")
      .filter((t, i, all) => all.findIndex((u) => u.value === t.value) === i)
      .map((t) => ({ accepted: accepted(t.confidence), span: t.span, confidence: t.confidence, value: t.value, name: t.name })),
    agreements: draft.agreements.map((a) => {
      const parties = a.partyTexts.map(partnerIndex).filter((i) => i >= 0);
      return {
        accepted: accepted(a.confidence),
        span: a.span,
        confidence: a.confidence,
        title: a.title,
        kind: a.kind ?? "",
        stage: a.stage,
        stageText: a.stageText,
        date: dateValue(a.date, fallbackDay),
        parties: parties.length ? [...new Set(parties)] : allPartners,
      };
    }),
    events: draft.events.map((e) => ({
      accepted: accepted(e.confidence),
      span: e.span,
      confidence: e.confidence,
      title: e.title,
      kind: e.kind,
      date: dateValue(e.date, fallbackDay),
      place: e.place ?? "",
      stops: e.stops,
      partners: [],
    })),
    followUps: draft.followUps.map((f) => ({ accepted: accepted(f.confidence), span: f.span, confidence: f.confidence, title: f.title })),
    // Ticked at first only with a partner to go with: a project or an export fact needs one.
    projects: draft.projects.map((p) => {
      const partner = firstPartner(p.partnerTexts);
      return { accepted: accepted(p.confidence) && partner !== null, span: p.span, confidence: p.confidence, title: p.title, sites: p.sites, partner };
    }),
    exportFacts: draft.terms
      .filter((t) => t.vocabulary === "exportCategory")
      .filter((t, i, all) => all.findIndex((u) => u.value === t.value) === i)
      .map((t) => {
        const partner = firstPartner(t.partnerTexts);
        return {
          accepted: accepted(t.confidence) && partner !== null,
          span: t.span,
          confidence: t.confidence,
          categoryId: t.value,
          name: t.name,
          statement: sentenceOf(source.text, t.span),
          partner,
        };
      }),
    notes: draft.notes,
  };
}

/** Per section, the review index of each item sent (the n-th sent item is review item sent[n]). */
export type SentIndex = Record<ReviewSection, number[]>;

const day = (value: PreciseDateValue) => (value.day ?? "") as CalendarDay;
const precision = (value: PreciseDateValue): TDatePrecision => value.precision;
const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

export function reviewToConfirm(review: Review): { input: TPressImportConfirmInput; sent: SentIndex } {
  const sent: SentIndex = { happening: [], partners: [], people: [], sectors: [], agreements: [], events: [], followUps: [], projects: [], exportFacts: [] };
  const keep = <T extends { accepted: boolean }>(section: ReviewSection, items: T[]) =>
    items.flatMap((item, i) => {
      if (!item.accepted) return [];
      sent[section].push(i);
      return [item];
    });

  const partners = keep("partners", review.partners);
  /** A review partner index → its index in the confirm input (or none, when dropped). */
  const ref = (i: number | null) => (i === null ? -1 : sent.partners.indexOf(i));
  const refs = (list: number[]) => list.map(ref).filter((r) => r >= 0);
  /** A single partner reference: null when none is chosen or the chosen one is dropped (the server names the field). */
  const oneRef = (i: number | null) => (ref(i) < 0 ? null : ref(i));

  const h = review.happening?.accepted ? review.happening : null;
  if (h) sent.happening.push(0);
  const input: TPressImportConfirmInput = {
    source: {
      title: review.source.title.trim(),
      url: orNull(review.source.url),
      outlet: orNull(review.source.outlet),
      publishedOn: review.source.publishedOn,
      text: review.source.text,
    },
    happening: h
      ? { title: h.title, kind: h.kind, startsAt: day(h.date), datePrecision: precision(h.date), place: orNull(h.place), direction: h.direction || null }
      : null,
    partners: partners.map((p): TConfirmPartner =>
      p.choice === "match" && p.picked ? { id: p.picked.id } : { new: { name: p.newName, level: p.level, parentId: p.parent?.id ?? null } },
    ),
    people: keep("people", review.people).map((p): TConfirmPerson =>
      p.choice === "match" && p.matchedId
        ? { id: p.matchedId, role: orNull(p.role), ...(p.recordPost ? { post: orNull(p.post), organisation: orNull(p.organisation) } : {}) }
        : {
            new: {
              fullName: p.fullName,
              post: orNull(p.post),
              organisation: orNull(p.organisation),
              side: p.side,
              partner: p.partner === null || ref(p.partner) < 0 ? null : ref(p.partner),
            },
            role: orNull(p.role),
          },
    ),
    sectorIds: keep("sectors", review.sectors).map((s) => s.value),
    agreements: keep("agreements", review.agreements).map((a) => ({
      title: a.title,
      kind: a.kind,
      stage: a.stage,
      stageDate: day(a.date),
      stageDatePrecision: precision(a.date),
      parties: refs(a.parties),
    })),
    events: keep("events", review.events).map((e) => ({
      title: e.title,
      kind: e.kind,
      startsAt: day(e.date),
      datePrecision: precision(e.date),
      place: orNull(e.place),
      partners: refs(e.partners),
      stops: e.stops.map((s) => ({ place: s.place, date: s.date?.day ?? null, datePrecision: s.date?.precision ?? "DAY" })),
    })),
    followUps: h ? keep("followUps", review.followUps).map((f) => ({ title: f.title })) : [],
    projects: keep("projects", review.projects).map((p) => ({
      title: p.title,
      partner: oneRef(p.partner),
      sites: p.sites.map((name) => ({ name })),
    })),
    exportFacts: keep("exportFacts", review.exportFacts).map((f) => ({ categoryId: f.categoryId, partner: oneRef(f.partner), statement: f.statement })),
  };
  return { input, sent };
}

/** The server's field errors, keyed by review item: "agreements.2" → { stage: […] }; the rest under "" and "source". */
export type ItemErrors = Record<string, Record<string, string[]>>;

export function errorsByItem(fieldErrors: Record<string, string[]>, sent: SentIndex): ItemErrors {
  const out: ItemErrors = {};
  const add = (item: string, field: string, messages: string[]) => {
    const fields = (out[item] ??= {});
    (fields[field] ??= []).push(...messages);
  };
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const parts = path.split(".");
    const section = parts[0] ?? "";
    if (section === "sectorIds" || (section === "happening" && parts[1] === "sectorIds")) {
      add("sectors", "_", messages);
    } else if (section === "happening") {
      add("happening.0", parts.slice(1).join(".") || "_", messages);
    } else if (section === "source") {
      add("source", parts.slice(1).join(".") || "_", messages);
    } else if (section in sent && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
      const reviewIndex = sent[section as ReviewSection][Number(parts[1])];
      // "partners.0.new.name" → field "name"; "agreements.0.stageDate" → "stageDate".
      const field =
        parts
          .slice(2)
          .filter((p) => p !== "new")
          .join(".") || "_";
      add(`${section}.${reviewIndex ?? parts[1]}`, field, messages);
    } else {
      add(section in sent ? section : "", "_", messages);
    }
  }
  return out;
}

/** The messages of an item's field (and of the item as a whole when `field` is "_"); fields starting with `field` count too. */
export function fieldError(errors: ItemErrors, item: string, field: string): string[] | undefined {
  const fields = errors[item];
  if (!fields) return undefined;
  const found = Object.entries(fields)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, m]) => m);
  return found.length ? found : undefined;
}
