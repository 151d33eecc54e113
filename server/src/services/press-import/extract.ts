// A press release read into a draft of records (issue 14): rules over Russian word stems
// (Snowball, as PostgreSQL's `russian` configuration), a gazetteer of what the database
// holds, and date expressions. Pure and synchronous: no database, no network; bounded in
// time. The draft only proposes: an editor reviews it before anything is written.
import { agreementStages, type TAgreementStage } from "@atlas/shared/enums";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import type {
  TDraftAgreement,
  TDraftDate,
  TDraftEvent,
  TDraftFollowUp,
  TDraftHappening,
  TDraftPartner,
  TDraftProject,
  TPressReleaseDraft,
} from "@atlas/shared/press-import";
import type { ImportGazetteer } from "./gazetteer.ts";
import { findDates, type FoundDate } from "./dates.ts";
import { buildPartnerIndex, findKnownPartners, findNewRegions, findQuotedOrganisations, knownPartnerDraft, newPartnerDraft, type PartnerHit } from "./partners.ts";
import { buildPersonIndex, findPeople, homeFamily } from "./people.ts";
import { findExportCategories, findSectors } from "./terms.ts";
import { readText, spanOf, spanOfChars, tokensOf, type ReadText, type Token } from "./text.ts";

export type { ImportGazetteer } from "./gazetteer.ts";

import { maxImportTextLength } from "@atlas/shared/press-import";
/** The longest text the import reads (shared with the input schema); the caller refuses longer ones with a message. */
export { maxImportTextLength };

export const extractNotes = {
  empty: "Текст пуст",
  notRussian: "Текст не на русском языке",
  nothingFound: "В тексте не найдено фактов сотрудничества",
  timedOut: "Разбор текста прерван: он занял слишком много времени; показано найденное до этого",
  tooLong: `Текст длиннее ${maxImportTextLength.toLocaleString("ru-RU")} символов`,
} as const;

export type ExtractOptions = { publishedOn: CalendarDay; gazetteer: ImportGazetteer; deadlineMs?: number };

const emptyDraft = (notes: string[]): TPressReleaseDraft => ({
  happening: null,
  dates: [],
  partners: [],
  people: [],
  terms: [],
  agreements: [],
  events: [],
  projects: [],
  followUps: [],
  notes,
});

class Deadline extends Error {}

export function extractDraft(text: string, options: ExtractOptions): TPressReleaseDraft {
  if (!text || !text.trim()) return emptyDraft([extractNotes.empty]);
  if (text.length > maxImportTextLength) return emptyDraft([extractNotes.tooLong]);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = text.match(/[А-Яа-яЁё]/g)?.length ?? 0;
  // Another language: nothing is read rather than something invented.
  if (letters === 0 || cyrillic / letters < 0.3) return emptyDraft([extractNotes.notRussian]);

  const started = performance.now();
  const budget = options.deadlineMs ?? 2000;
  const check = () => {
    if (performance.now() - started > budget) throw new Deadline();
  };
  const draft = emptyDraft([]);
  try {
    runRules(text, options, draft, check);
  } catch (e) {
    if (!(e instanceof Deadline)) throw e;
    draft.notes.push(extractNotes.timedOut);
  }
  const facts = draft.partners.length + draft.people.length + draft.agreements.length + draft.events.length + (draft.happening ? 1 : 0);
  if (facts === 0 && !draft.notes.includes(extractNotes.timedOut)) {
    // Dates and sectors alone are not cooperation facts: an empty draft with the reason.
    return emptyDraft([extractNotes.nothingFound]);
  }
  return draft;
}

function runRules(text: string, options: ExtractOptions, draft: TPressReleaseDraft, check: () => void) {
  const { gazetteer, publishedOn } = options;
  const read = readText(text);
  check();

  // Partners.
  const partnerIndex = buildPartnerIndex(gazetteer);
  const known = findKnownPartners(read, partnerIndex);
  check();
  const partnerDrafts: TDraftPartner[] = [];
  const seenPartner = new Set<string>();
  for (const hit of known) {
    if (seenPartner.has(hit.partner.id)) continue;
    seenPartner.add(hit.partner.id);
    partnerDrafts.push(knownPartnerDraft(read, hit));
  }
  const knownQuoted = new Set(known.map((h) => read.tokens[h.from]!.start));
  const newOnes = [...findQuotedOrganisations(read), ...findNewRegions(read, known)];
  const seenNew = new Set<string>();
  for (const org of newOnes) {
    // A quoted name that is a known partner's («Северсталь») is that partner, not a new one.
    if ([...knownQuoted].some((s) => s >= org.start && s < org.end)) continue;
    const key = org.name.toLowerCase();
    if (seenNew.has(key)) continue;
    seenNew.add(key);
    partnerDrafts.push(newPartnerDraft(read, org, known, partnerIndex));
  }
  partnerDrafts.sort((a, b) => a.span.match.start - b.span.match.start);
  draft.partners = partnerDrafts;
  check();

  // People.
  const family = homeFamily(gazetteer, partnerIndex);
  const mentions = [
    ...known.map((h) => ({ start: read.tokens[h.from]!.start, foreign: !family.has(h.partner.id) })),
    ...partnerDrafts.filter((p) => p.partnerId === null).map((p) => ({ start: p.span.match.start, foreign: !p.parentId || !family.has(p.parentId) })),
  ];
  draft.people = findPeople(read, gazetteer, buildPersonIndex(gazetteer), known, partnerIndex, mentions);
  check();

  // Dates.
  const sentenceText = (offset: number) => {
    const s = read.sentences.find((x) => offset >= x.start && offset < x.end);
    return s ? text.slice(s.start, s.end) : "";
  };
  const dates = findDates(text, publishedOn, sentenceText).filter((d) => keepDate(read, d));
  draft.dates = dates.map((d) => toDraftDate(read, d));
  check();

  // Sectors and export categories.
  draft.terms = [...findSectors(read, gazetteer), ...findExportCategories(read, gazetteer)];
  check();

  const newSpans = partnerDrafts.filter((p) => p.partnerId === null).map((p) => p.span.match);
  const foreignIn = (sentence: number) =>
    known.some((h) => read.tokens[h.from]!.sentence === sentence && !family.has(h.partner.id)) ||
    newSpans.some((s) => read.sentences[sentence] && s.start >= read.sentences[sentence]!.start && s.start < read.sentences[sentence]!.end) ||
    draft.people.some((p) => p.side === "PARTNER" && p.span.sentence.start === read.sentences[sentence]?.start);

  draft.happening = findHappening(read, gazetteer, dates, known, family, foreignIn);
  check();
  draft.agreements = findAgreements(read, gazetteer, dates);
  check();
  draft.events = findEvents(read, gazetteer, dates, known, family);
  check();
  draft.projects = findProjects(read);
  draft.followUps = findFollowUps(read);
}

/** Relative days («сегодня», «вчера») only where they date a fact: at the head of a clause, outside quotes, with a verb in the past. */
function keepDate(read: ReadText, d: FoundDate): boolean {
  const word = d.text.toLowerCase();
  if (word !== "сегодня" && word !== "вчера") return true;
  const token = read.tokens.find((t) => t.start === d.start);
  if (!token || token.quoted) return false;
  const sentence = read.sentences[token.sentence]!;
  const next = read.tokens[token.index + 1];
  const clauseHead = sentence.first === token.index || token.breakBefore || (next?.breakBefore ?? false);
  if (!clauseHead) return false;
  return tokensOf(read, token.sentence).some((t) => !t.capital && /(ал|ял|ил|ел|ул|ыл|ла|ли|ло|лся|лась|лись|лось)$/.test(t.lower) && t.lower.length > 3);
}

function toDraftDate(read: ReadText, d: FoundDate): TDraftDate {
  return { day: d.day, precision: d.precision, text: d.text, span: spanOfChars(read, d.start, d.end), confidence: d.confidence };
}

const sentenceOfOffset = (read: ReadText, offset: number) => read.sentences.findIndex((s) => offset >= s.start && offset < s.end);

function firstDateIn(read: ReadText, dates: FoundDate[], sentences: number[]): TDraftDate | null {
  for (const s of sentences) {
    const d = dates.find((x) => sentenceOfOffset(read, x.start) === s);
    if (d) return toDraftDate(read, d);
  }
  return null;
}

// ---- what happened ----

type KindCue = { kind: string; priority: number; test: (t: Token, next: Token | undefined) => boolean };

const kindCues: KindCue[] = [
  { kind: "CALL", priority: 5, test: (t, n) => (/^телефонн/.test(t.lower) && !!n && /^(разговор|переговор|беседа|беседу|беседе)/.test(n.lower)) || /^созвонил/.test(t.lower) },
  { kind: "VISIT", priority: 4, test: (t) => /^визит(а|ом|е|у)?$/.test(t.lower) || /^(посетил|побывал|прибыл)(а|и)?$/.test(t.lower) },
  { kind: "NEGOTIATIONS", priority: 3, test: (t) => /^переговор/.test(t.lower) },
  {
    kind: "MEETING",
    priority: 2,
    test: (t) => /^(встреч[аиуе]|встречи|встретил(ся|ась|ись)|заседани[еия]|видеоконференц|видеосвяз|подписал[аи]?|подписани[ея])/.test(t.lower),
  },
];

/** Past-tense forms that report a meeting as having taken place, outside the title and lead. */
const tookPlace = /^(состоял(ся|ась|ись|ось)|прош(ла|ли|ло|ел)|провел(а|и)?|провёл|встретил(ся|ась|ись)|находил(ся|ась|ись)|посетил[аи]?|побывал[аи]?|прибыл[аи]?)$/;

function findHappening(
  read: ReadText,
  gazetteer: ImportGazetteer,
  dates: FoundDate[],
  known: PartnerHit[],
  family: Set<string>,
  foreignIn: (sentence: number) => boolean,
): TDraftHappening | null {
  const cuesIn = (sentence: number) => {
    const tokens = tokensOf(read, sentence);
    const found: Array<{ cue: KindCue; token: Token }> = [];
    tokens.forEach((t, i) => {
      for (const cue of kindCues) if (cue.test(t, tokens[i + 1])) found.push({ cue, token: t });
    });
    return found;
  };
  // The title and the lead tell what the release is about; later sentences count only when they report a meeting as held.
  const lead = [0, 1].filter((s) => s < read.sentences.length);
  let chosen: { sentences: number[]; cue: KindCue; token: Token } | null = null;
  // A cue counts with a partner from elsewhere in its own sentence: a government session at home is not cooperation.
  const leadCues = lead.flatMap((s) => (foreignIn(s) ? cuesIn(s) : []));
  if (leadCues.length) {
    const best = leadCues.reduce((a, b) => (b.cue.priority > a.cue.priority ? b : a));
    chosen = { sentences: [...lead, lead.length].filter((s) => s < read.sentences.length), cue: best.cue, token: best.token };
  } else {
    for (let s = lead.length; s < read.sentences.length && !chosen; s++) {
      const tokens = tokensOf(read, s);
      if (!tokens.some((t) => tookPlace.test(t.lower)) || !foreignIn(s)) continue;
      const cues = cuesIn(s);
      if (!cues.length) continue;
      const best = cues.reduce((a, b) => (b.cue.priority > a.cue.priority ? b : a));
      chosen = { sentences: [s], cue: best.cue, token: best.token };
    }
  }
  if (!chosen) return null;
  // A kind the gazetteer names more precisely («Заседание совместной комиссии»), else the cue's.
  let kind = chosen.cue.kind;
  for (const k of gazetteer.meetingKinds) {
    const words = k.name.toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    const sentenceText = chosen.sentences.map((s) => read.text.slice(read.sentences[s]!.start, read.sentences[s]!.end).toLowerCase()).join(" ");
    if (words.every((w) => sentenceText.includes(w.slice(0, Math.max(4, w.length - 2))))) kind = k.code;
  }
  if (gazetteer.meetingKinds.length && !gazetteer.meetingKinds.some((k) => k.code === kind)) kind = gazetteer.meetingKinds.find((k) => k.code === "OTHER")?.code ?? kind;
  const date = firstDateIn(read, dates, chosen.sentences);
  // Place and direction: the first place written after «в/во» in those sentences.
  let place: PartnerHit | null = null;
  let regionWord = false;
  for (const s of chosen.sentences) {
    for (const t of tokensOf(read, s)) {
      if (t.lower !== "в" && t.lower !== "во") continue;
      const next = read.tokens[t.index + 1];
      if (next && /^регион(е|а)?$/.test(next.lower)) regionWord = true;
      const hit = known.find((h) => h.from === t.index + 1 && h.partner.level !== "ORGANISATION");
      if (hit && !place) place = hit;
    }
    if (place) break;
  }
  let direction: TDraftHappening["direction"] = null;
  if (chosen.cue.kind !== "CALL") {
    if (place) direction = family.has(place.partner.id) ? "INCOMING" : "OUTGOING";
    else if (regionWord) direction = "INCOMING";
  }
  const first = chosen.sentences[0]!;
  const sentence = read.sentences[first]!;
  return {
    kind,
    title: read.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").slice(0, 200),
    date,
    place: place?.partner.name ?? null,
    direction,
    span: spanOf(read, chosen.token.index, chosen.token.index),
    confidence: date ? 0.8 : 0.6,
  };
}

// ---- agreements ----

type Stage = TAgreementStage;
const stageOrder = (s: Stage) => agreementStages.indexOf(s);

/** Words that make a sentence conditional: its stage words describe what may happen, not what did. */
const conditional = /^(если|можно|может|могут|смогут|планиру|планирует|планируют|намерен|намерены|предстоит|будет|будут)$/;

function stageCue(tokens: Token[], i: number): Stage | null {
  const t = tokens[i]!;
  const l = t.lower;
  const prev = tokens[i - 1]?.lower ?? "";
  if (/^(направил|направила|направили|направлено|направлен|направлена|предложил|предложила|предложили|внесли|внесено)$/.test(l)) return "PROPOSAL_SENT";
  if (/^договорил(ся|ась|ись)$/.test(l) && /^(подготовить|разработать|заключить|подписать|составить)$/.test(tokens[i + 1]?.lower ?? "")) return "PROPOSAL_SENT";
  if (/^(подготовил|подготовила|подготовили|подготовлен|подготовлена|подготовлено|подготовка|подготовки|подготовку|разработан|разработана|разработали|разрабатывается|разрабатываются|готовит|готовят|готовится|дорабатывается)$/.test(l)) return "DRAFT";
  if (/^(согласование|согласования|согласованию|согласовывается|согласовываются|согласуется|обсуждается)$/.test(l) && !/^(для|на)$/.test(prev)) return "NEGOTIATION";
  if (/^(подписали|подписал|подписала|подписан|подписано|подписана|подписаны|подписание|заключили|заключено|заключена|заключен|заключил)$/.test(l)) return "SIGNED";
  if (/^(зарегистрирован|зарегистрировано|зарегистрирована)$/.test(l)) return "REGISTERED";
  if ((/^вступил[оа]?$/.test(l) && tokens[i + 2]?.lower === "силу") || /^(действующ|действует)/.test(l)) return "IN_FORCE";
  return null;
}

/** An agreement word at token i: its kind code (or null for a plain «соглашение»). */
function agreementWord(tokens: Token[], i: number): { kind: string | null } | null {
  const l = tokens[i]!.lower;
  if (/^меморандум/.test(l)) return { kind: "MEMORANDUM" };
  if (/^протокол/.test(l)) return { kind: "JOINT_COMMISSION_PROTOCOL" };
  if (/^(контракт|договор)(а|у|ом|е|ы|ов|ам|ами|ах)?$/.test(l)) return { kind: "CONTRACT" };
  if (/^план(а|у|ом|е)?$/.test(l) && /^мероприяти/.test(tokens[i + 1]?.lower ?? "")) return { kind: "IMPLEMENTATION_PLAN" };
  if (/^дорожн/.test(l) && /^карт/.test(tokens[i + 1]?.lower ?? "")) return { kind: "IMPLEMENTATION_PLAN" };
  if (/^соглашени/.test(l)) {
    for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
      const w = tokens[k]!.lower;
      if (/^побратим/.test(w)) return { kind: "TWINNING" };
      if (/^сотрудничеств/.test(w)) return { kind: "COOPERATION_AGREEMENT" };
      if (tokens[k]!.breakBefore && !/^(научно|торгово|культурн)/.test(w)) break;
    }
    return { kind: null };
  }
  return null;
}

function findAgreements(read: ReadText, gazetteer: ImportGazetteer, dates: FoundDate[]): TDraftAgreement[] {
  const found: TDraftAgreement[] = [];
  const knownKinds = new Set(gazetteer.agreementKinds.map((k) => k.code));
  for (let s = 0; s < read.sentences.length; s++) {
    const tokens = tokensOf(read, s);
    if (tokens.some((t) => conditional.test(t.lower))) continue;
    const words = tokens.map((_, i) => ({ i, w: agreementWord(tokens, i) })).filter((x) => x.w);
    if (!words.length) continue;
    let best: { stage: Stage; at: number } | null = null;
    tokens.forEach((_, i) => {
      const stage = stageCue(tokens, i);
      if (stage && (!best || stageOrder(stage) > stageOrder(best.stage))) best = { stage, at: i };
    });
    if (!best) continue;
    const { stage, at } = best as { stage: Stage; at: number };
    // The agreement word nearest the stage word.
    const word = words.reduce((a, b) => (Math.abs(b.i - at) < Math.abs(a.i - at) ? b : a));
    let kind = word.w!.kind;
    if (kind && knownKinds.size && !knownKinds.has(kind)) kind = null;
    const from = Math.min(at, word.i);
    const to = Math.max(at, word.i);
    const sentence = read.sentences[s]!;
    const date = dates.find((d) => d.start >= sentence.start && d.start < sentence.end);
    found.push({
      title: read.text.slice(tokens[word.i]!.start, tokens[Math.min(tokens.length - 1, word.i + 6)]!.end).replace(/\s+/g, " "),
      kind,
      stage,
      stageText: read.text.slice(tokens[from]!.start, tokens[to]!.end).replace(/\s+/g, " "),
      date: date ? toDraftDate(read, date) : null,
      partyTexts: [],
      span: spanOf(read, tokens[from]!.index, tokens[to]!.index),
      confidence: kind ? 0.75 : 0.55,
    });
  }
  // One agreement per kind, at the furthest stage the text puts it; a plain «соглашение» is the one agreement of a kind, if there is one.
  const byKind = new Map<string, TDraftAgreement>();
  for (const a of found) {
    const key = a.kind ?? "";
    const current = byKind.get(key);
    if (!current) byKind.set(key, { ...a });
    else if (stageOrder(a.stage) > stageOrder(current.stage)) byKind.set(key, { ...current, stage: a.stage, stageText: a.stageText, date: a.date ?? current.date, span: a.span });
  }
  const plain = byKind.get("");
  const typed = [...byKind.entries()].filter(([k]) => k !== "");
  if (plain && typed.length === 1) {
    const [key, agreement] = typed[0]!;
    if (stageOrder(plain.stage) > stageOrder(agreement.stage)) byKind.set(key, { ...agreement, stage: plain.stage, stageText: plain.stageText, date: plain.date ?? agreement.date, span: plain.span });
    byKind.delete("");
  }
  return [...byKind.values()];
}

// ---- events, projects, follow-ups ----

const eventCues: Array<{ kind: string; test: (t: Token, next: Token | undefined, isPartner: (i: number) => boolean) => boolean }> = [
  { kind: "FORUM", test: (t) => /^форум/.test(t.lower) },
  { kind: "EXHIBITION", test: (t) => /^(выставк|ярмарк|экспозици)/.test(t.lower) },
  { kind: "REGION_DAYS", test: (t, n, isPartner) => /^(дни|дней|днях|дням)$/.test(t.lower) && !!n && isPartner(n.index) },
  { kind: "TOUR", test: (t) => /^(тур|турне|путешестви[еяю]|гастрол)/.test(t.lower) && !/^туризм|^турист/.test(t.lower) },
  { kind: "CONFERENCE", test: (t) => /^конференци/.test(t.lower) },
  { kind: "FESTIVAL", test: (t) => /^фестивал/.test(t.lower) },
  { kind: "BUSINESS_MISSION", test: (t) => /^бизнес-мисси/.test(t.lower) },
];

const eventVerb = /^(пройд|прош|проход|состо|провед|провест|провод|откр|старт|организ|отправ|планиру|запланир|намеч|соберет|собрал|примет)/;

function findEvents(read: ReadText, gazetteer: ImportGazetteer, dates: FoundDate[], known: PartnerHit[], family: Set<string>): TDraftEvent[] {
  const partnerAt = new Map(known.map((h) => [h.from, h]));
  const isPartner = (i: number) => partnerAt.has(i);
  const knownKinds = new Set(gazetteer.eventKinds.map((k) => k.code));
  const events: TDraftEvent[] = [];
  const datesIn = (s: number) => dates.filter((d) => sentenceOfOffset(read, d.start) === s);
  for (let s = 0; s < read.sentences.length; s++) {
    const tokens = tokensOf(read, s);
    let cue: { kind: string; token: Token } | null = null;
    for (let i = 0; i < tokens.length && !cue; i++) {
      for (const c of eventCues) if (c.test(tokens[i]!, tokens[i + 1], isPartner)) cue = { kind: c.kind, token: tokens[i]! };
    }
    if (!cue || (knownKinds.size && !knownKinds.has(cue.kind))) continue;
    const sentenceDates = datesIn(s);
    const quoted = read.text.slice(cue.token.end, cue.token.end + 3).includes("«");
    const hasVerb = tokens.some((t) => eventVerb.test(t.lower));
    // An event is a fact when the text dates it, or names it, and says it is held: «форум «…» пройдёт в декабре».
    if (!(sentenceDates.length || quoted) || !hasVerb) continue;
    const existing = events.find((e) => e.kind === cue!.kind);
    if (existing) {
      if (!existing.date && sentenceDates[0]) existing.date = toDraftDate(read, sentenceDates[0]);
      continue;
    }
    const nameEnd = quoted ? read.text.indexOf("»", cue.token.end) + 1 : cue.token.end;
    const place = known.find((h) => read.tokens[h.from]!.sentence === s && read.tokens[h.from - 1]?.lower.match(/^(в|во)$/) && h.partner.level !== "ORGANISATION");
    events.push({
      title: read.text.slice(cue.token.start, Math.max(nameEnd, cue.token.end)).replace(/\s+/g, " "),
      kind: cue.kind,
      date: sentenceDates[0] ? toDraftDate(read, sentenceDates[0]) : null,
      place: place?.partner.name ?? null,
      stops: [],
      span: spanOf(read, cue.token.index, cue.token.index),
      confidence: sentenceDates.length ? 0.75 : 0.6,
    });
  }
  // A tour's stops: the places the following sentences name, with their dates, in order.
  const tour = events.find((e) => e.kind === "TOUR");
  if (tour) {
    const fromSentence = sentenceOfOffset(read, tour.span.match.start);
    // Each place once: at its dated mention, else its last one (the route is told in order; an
    // early list of countries is not the order of the stops).
    const chosen = new Map<string, { at: number; hit: PartnerHit; date: FoundDate | null }>();
    for (const h of known) {
      const s = read.tokens[h.from]!.sentence;
      if (s < fromSentence || family.has(h.partner.id) || h.partner.level === "ORGANISATION") continue;
      const d = datesIn(s)[0] ?? null;
      const current = chosen.get(h.partner.id);
      if (!current || !current.date) chosen.set(h.partner.id, { at: h.from, hit: h, date: d ?? current?.date ?? null });
    }
    for (const { hit, date } of [...chosen.values()].sort((a, b) => a.at - b.at)) {
      tour.stops.push({ place: hit.partner.name, date: date ? toDraftDate(read, date) : null });
    }
    const byName = new Map(known.map((h) => [h.partner.name, h.partner]));
    tour.stops = tour.stops.filter((stop) => !tour.stops.some((other) => other !== stop && byName.get(other.place)?.parentId === byName.get(stop.place)?.id));
  }
  return events;
}

function findProjects(read: ReadText): TDraftProject[] {
  const sites: Array<{ name: string; start: number; end: number }> = [];
  for (const m of read.text.matchAll(/(ОЭЗ|особой экономической зоне|особая экономическая зона|индустриальн\S*\s+парк\S*|промышленн\S*\s+парк\S*|технопарк\S*|агропарк\S*)\s+«([^«»]+)»/giu)) {
    sites.push({ name: `${m[1]} «${m[2]}»`, start: m.index!, end: m.index! + m[0].length });
  }
  if (!sites.length) return [];
  const bySentence = new Map<number, typeof sites>();
  for (const site of sites) {
    const s = sentenceOfOffset(read, site.start);
    bySentence.set(s, [...(bySentence.get(s) ?? []), site]);
  }
  return [...bySentence.entries()].map(([s, list]) => {
    const sentence = read.sentences[s]!;
    return {
      title: read.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").slice(0, 160),
      sites: list.map((x) => x.name),
      span: spanOfChars(read, list[0]!.start, list[list.length - 1]!.end),
      confidence: 0.6,
    };
  });
}

function findFollowUps(read: ReadText): TDraftFollowUp[] {
  const found: TDraftFollowUp[] = [];
  for (const m of read.text.matchAll(/(договорились|условились|наметили|решено|поручил[аи]?|планируется|намерены)\s+([^.;!?]{5,200})/giu)) {
    const start = m.index!;
    const end = start + m[0].length;
    const title = m[0].replace(/\s+/g, " ").replace(/[,:\s—–-]+$/, "");
    found.push({ title: title[0]!.toUpperCase() + title.slice(1), span: spanOfChars(read, start, end), confidence: 0.6 });
  }
  return found;
}
