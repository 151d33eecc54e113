// A press release read into a draft of records (issue 14): rules over Russian word stems
// (Snowball, as PostgreSQL's `russian` configuration), a gazetteer of what the database
// holds, and date expressions. Pure and synchronous: no database, no network; bounded in
// time. The draft only proposes: an editor reviews it before anything is written.
import { agreementStages, type TAgreementStage } from "@atlas/shared/enums";
import { addDays, type CalendarDay } from "@atlas/shared/calendar-day";
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
import {
  buildPartnerIndex,
  findKnownPartners,
  findNewRegions,
  findQuotedOrganisations,
  knownPartnerDraft,
  newCountryCode,
  newCountryNames,
  newPartnerDraft,
  type NewOrganisation,
  type PartnerHit,
} from "./partners.ts";
import { findNamedOrganisations, findNewPlaces } from "./places.ts";
import { buildPersonIndex, findPeople, homeFamily } from "./people.ts";
import { findExportCategories, findSectors, termExclusions } from "./terms.ts";
import { normalizeWord, readText, sentenceAt, spanOf, spanOfChars, stemOf, tokenFrom, tokensOf, type ReadText, type Token } from "./text.ts";

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
  let otherParty = true;
  try {
    otherParty = runRules(text, options, draft, check);
  } catch (e) {
    if (!(e instanceof Deadline)) throw e;
    draft.notes.push(extractNotes.timedOut);
  }
  const facts = draft.partners.length + draft.people.length + draft.agreements.length + draft.events.length + (draft.happening ? 1 : 0);
  // Cooperation needs a party from elsewhere: a text that names only the home region, its
  // towns and its own officials (a governor's meeting on heating networks) is home news.
  if ((facts === 0 || !otherParty) && !draft.notes.includes(extractNotes.timedOut)) {
    // Dates and sectors alone are not cooperation facts: an empty draft with the reason.
    return emptyDraft([extractNotes.nothingFound]);
  }
  return draft;
}

/** Reads the text into `draft`; says whether it names a party from elsewhere than the home region. */
function runRules(text: string, options: ExtractOptions, draft: TPressReleaseDraft, check: () => void): boolean {
  const { gazetteer, publishedOn } = options;
  const read = readText(text);
  check();

  // Partners.
  const partnerIndex = buildPartnerIndex(gazetteer);
  const hits = findKnownPartners(read, partnerIndex);
  // Countries of the world list the gazetteer does not hold are proposed as new, not matched.
  const known = hits.filter((h) => !partnerIndex.newCountryIds.has(h.partner.id));
  const newCountryHits = hits.filter(
    // «млн долларов США»: a currency's name, not a party.
    (h) => partnerIndex.newCountryIds.has(h.partner.id) && !/^(доллар|евро|юан|фунт|рупи|вон|иен|лир|динар|дирхам)/.test(read.tokens[h.from - 1]?.lower ?? ""),
  );
  const countryNames = newCountryNames(newCountryHits, partnerIndex);
  const newCountries: NewOrganisation[] = newCountryHits.map((h) => ({
    name: countryNames.get(newCountryCode(h.partner.id))!,
    start: read.tokens[h.from]!.start,
    end: read.tokens[h.to]!.end,
    confidence: 0.8,
    quoted: "",
    level: "COUNTRY",
  }));
  check();
  const partnerDrafts: TDraftPartner[] = [];
  const seenPartner = new Set<string>();
  for (const hit of known) {
    if (seenPartner.has(hit.partner.id)) continue;
    seenPartner.add(hit.partner.id);
    partnerDrafts.push(knownPartnerDraft(read, hit));
  }
  const knownQuoted = new Set(known.map((h) => read.tokens[h.from]!.start));
  const quotedOrgs = findQuotedOrganisations(read);
  // Every partner hit, listed countries included: «Республики Сербия» is a country, not a republic within one.
  const newRegions = findNewRegions(read, hits);
  // What the grammar rules may not take again: every partner found so far.
  const covered = new Set<number>();
  for (const h of hits) for (let i = h.from; i <= h.to; i++) covered.add(i);
  for (const o of [...quotedOrgs, ...newRegions])
    for (let i = tokenFrom(read, o.start); i < read.tokens.length && read.tokens[i]!.start < o.end; i++) covered.add(i);
  // Common nouns the text writes in lower case; not a place's adjective («витебские предприятия» leaves «в Витебске» a place).
  const lowerStems = new Set(read.tokens.filter((t) => !t.capital && !/[сц]к(ий|ая|ое|ие|ого|ой|ому|ом|им|ую|их|ими|ей)$/.test(t.lower)).map((t) => t.stem));
  const placeContext = { covered, known, lowerStems };
  const newPlaces = findNewPlaces(read, placeContext);
  for (const o of newPlaces) for (let i = tokenFrom(read, o.start); i < read.tokens.length && read.tokens[i]!.start < o.end; i++) covered.add(i);
  const namedOrgs = findNamedOrganisations(read, partnerIndex, placeContext, [...newRegions, ...newCountries, ...newPlaces]);
  check();
  const newOnes = [...quotedOrgs, ...newRegions, ...newCountries, ...newPlaces, ...namedOrgs];
  const seenNew = new Map<string, TDraftPartner>();
  const takenSpans: Array<[number, number]> = [];
  // Every mention of a proposed partner (a name proposed once may recur): people's posts are read against them.
  const newMentions: Array<{ start: number; end: number; draft: TDraftPartner }> = [];
  for (const org of newOnes) {
    // A quoted name that is a known partner's («Северсталь») is that partner, not a new one.
    if (org.quoted && [...knownQuoted].some((s) => s >= org.start && s < org.end)) continue;
    // One proposal per stretch of text: the first rule to claim it (legal form, region, country, town, name).
    // An organisation may hold a place in its name («Палата предпринимателей Северо-Казахстанской области»): both stand.
    if (takenSpans.some(([a, b]) => org.start < b && org.end > a && !(org.level === "ORGANISATION" && org.start <= a && org.end >= b))) continue;
    takenSpans.push([org.start, org.end]);
    // A body named by its quoted name is one partner however much of its full name each mention gives
    // («театр «Ветразь»», «Полоцкий народный театр «Ветразь»»): it is proposed under the fullest.
    const key = (org.level === "ORGANISATION" && org.quoted ? `«${org.quoted}»` : org.name).toLowerCase().replaceAll("ё", "е");
    // «Шаньдун» after «провинции Шаньдун»: the region named without its kind, not a town of its name.
    const region =
      org.level === "CITY"
        ? [...seenNew.values()].find((p) => p.level === "REGION" && p.name.toLowerCase().replaceAll("ё", "е").endsWith(` ${key}`))
        : undefined;
    const seen = seenNew.get(key) ?? region;
    if (seen && org.level === "ORGANISATION" && org.quoted && org.name.length > seen.name.length) seen.name = org.name;
    if (seen) {
      newMentions.push({ start: org.start, end: org.end, draft: seen });
      continue;
    }
    const partnerDraft = newPartnerDraft(read, org, known, partnerIndex);
    seenNew.set(key, partnerDraft);
    newMentions.push({ start: org.start, end: org.end, draft: partnerDraft });
    partnerDrafts.push(partnerDraft);
  }
  partnerDrafts.sort((a, b) => a.span.match.start - b.span.match.start);
  draft.partners = partnerDrafts;
  check();

  // People.
  const family = homeFamily(gazetteer, partnerIndex);
  // Whether a proposed partner is from elsewhere: a place by its parent; an organisation by its
  // parent, else by a place adjective before one of its mentions («харбинской компании «…»»);
  // null when the text does not say (a company named only by its legal form and name).
  const placeStems = [...newPlaces, ...newRegions, ...newCountries]
    .map((p) => stemOf(normalizeWord(p.name.split(/\s+/)[0]!)).slice(0, 5))
    .filter((x) => x.length >= 4);
  // The proper word of each proposed place («Шаньдун» of «Провинция Шаньдун»), with whether the place is from elsewhere.
  const proposedPlaceWords = partnerDrafts
    .filter((p) => p.partnerId === null && p.level !== "ORGANISATION")
    .map((p) => ({
      stem: stemOf(normalizeWord(p.name.split(/\s+/).find((w) => !/^(провинция|префектура|штат|республика|область|край|город)$/i.test(w)) ?? "")).slice(0, 5),
      foreign: !p.parentId || !family.has(p.parentId),
    }))
    .filter((x) => x.stem.length >= 4);
  const proposedIsForeign = (p: TDraftPartner): boolean | null => {
    if (p.level !== "ORGANISATION") return !p.parentId || !family.has(p.parentId);
    if (p.parentId) return !family.has(p.parentId);
    if (foreignLegalForm.test(p.name.split(/\s+/)[0] ?? "")) return true;
    for (const m of newMentions.filter((x) => x.draft === p)) {
      const at = tokenFrom(read, m.start);
      for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
        const t = read.tokens[k]!;
        if (placeStems.some((x) => t.stem.startsWith(x))) return true;
        const a = partnerIndex.adjectiveStems.find((x) => t.stem.startsWith(x.stem.slice(0, Math.max(4, x.stem.length - 1))));
        if (a) return !family.has(a.partner.id);
      }
    }
    // «ансамбль «Шумадия» из Крагуеваца»: the place it comes from, right after one of its mentions.
    for (const m of newMentions.filter((x) => x.draft === p)) {
      const after = read.tokens[tokenFrom(read, m.end)];
      const fromWord = after && after.start >= m.end && after.lower === "из" ? read.tokens[after.index + 1] : undefined;
      if (!fromWord || fromWord.sentence !== after!.sentence) continue;
      const knownPlace = known.find((h) => h.from === fromWord.index && h.partner.level !== "ORGANISATION");
      if (knownPlace) return !family.has(knownPlace.partner.id);
      const proposed = newMentions.find((x) => x.start === fromWord.start && x.draft.level !== "ORGANISATION");
      if (proposed) return !proposed.draft.parentId || !family.has(proposed.draft.parentId);
    }
    // A company named after a place is of that place's side: «Шаньдун Хуатай Фудс», ООО «Вологодское мороженое».
    for (const m of newMentions.filter((x) => x.draft === p)) {
      for (let k = tokenFrom(read, m.start); k < read.tokens.length && read.tokens[k]!.start < m.end; k++) {
        const t = read.tokens[k]!;
        if (!t.capital) continue;
        const place = proposedPlaceWords.find((x) => t.stem.startsWith(x.stem));
        if (place) return place.foreign;
        const a = partnerIndex.adjectiveStems.find((x) => x.stem.length >= 4 && t.stem.startsWith(x.stem.slice(0, Math.max(4, x.stem.length - 1))));
        if (a) return !family.has(a.partner.id);
      }
    }
    return null;
  };
  const mentions = [
    ...known.map((h) => ({ start: read.tokens[h.from]!.start, place: h.partner.level !== "ORGANISATION", foreign: !family.has(h.partner.id) })),
    ...newMentions.map(({ start, end, draft: p }) => ({ start, end, place: p.level !== "ORGANISATION", foreign: proposedIsForeign(p) })),
  ];
  draft.people = findPeople(read, gazetteer, buildPersonIndex(gazetteer), known, partnerIndex, mentions);
  check();

  // Dates.
  const sentenceText = (offset: number) => {
    const s = read.sentences[sentenceAt(read, offset)];
    return s ? text.slice(s.start, s.end) : "";
  };
  const dates = findDates(text, publishedOn, sentenceText).filter((d) => keepDate(read, d));
  draft.dates = dates.map((d) => toDraftDate(read, d));
  check();

  // The foreign partners (not the home region, its country or its towns) a sentence names,
  // by name and in text order, else those of the whole text: whom an export or a project concerns.
  const foreignMentions = [
    ...known
      .filter((h) => !family.has(h.partner.id))
      .map((h) => ({ at: read.tokens[h.from]!.start, sentence: read.tokens[h.from]!.sentence, name: h.partner.name })),
    ...partnerDrafts
      .filter((p) => p.partnerId === null && (!p.parentId || !family.has(p.parentId)))
      .map((p) => ({ at: p.span.match.start, sentence: sentenceOfOffset(read, p.span.match.start), name: p.name })),
  ].sort((a, b) => a.at - b.at);
  const foreignNamesFor = (offset: number): string[] => {
    const sentence = sentenceOfOffset(read, offset);
    const inSentence = foreignMentions.filter((m) => m.sentence === sentence);
    return [...new Set((inSentence.length ? inSentence : foreignMentions).map((m) => m.name))];
  };

  // Sectors and export categories.
  const postSpans = draft.people.filter((p) => p.post).map((p) => p.span.match);
  const excluded = termExclusions(read, postSpans);
  draft.terms = [
    ...findSectors(read, gazetteer, excluded),
    ...findExportCategories(read, gazetteer, excluded).map((t) => ({ ...t, partnerTexts: foreignNamesFor(t.span.match.start) })),
  ];
  check();

  // Every mention of a proposed partner not known to be the home side's: a party named again («делегацией Согдийской области»
  // after the title's «Согдийская область») is as much in its sentence as at its first mention.
  const newSpans = newMentions.filter((m) => proposedIsForeign(m.draft) !== false);
  const foreignIn = (sentence: number) =>
    known.some((h) => read.tokens[h.from]!.sentence === sentence && !family.has(h.partner.id)) ||
    newSpans.some((s) => read.sentences[sentence] && s.start >= read.sentences[sentence]!.start && s.start < read.sentences[sentence]!.end) ||
    draft.people.some((p) => p.side === "PARTNER" && p.span.sentence.start === read.sentences[sentence]?.start);

  draft.happening = findHappening(read, gazetteer, dates, known, family, foreignIn);
  check();
  // Parties from elsewhere, for telling one agreement from another.
  const agreementParties = [
    ...known.filter((h) => !family.has(h.partner.id)).map((h) => ({ start: read.tokens[h.from]!.start, key: h.partner.id })),
    ...newMentions.filter((m) => proposedIsForeign(m.draft) === true).map((m) => ({ start: m.start, key: m.draft.name })),
  ].sort((a, b) => a.start - b.start);
  draft.agreements = findAgreements(read, gazetteer, dates, agreementParties);
  check();
  draft.events = findEvents(read, gazetteer, dates, known, family, new Set(newMentions.map((m) => tokenFrom(read, m.start))));
  check();
  draft.projects = findProjects(read).map((p) => ({ ...p, partnerTexts: foreignNamesFor(p.span.match.start) }));
  draft.followUps = findFollowUps(read);
  // A party from elsewhere: a known partner outside the home family, a proposed place or
  // body that is not the home region's, or a person of the partner's side.
  return (
    draft.partners.some((p) =>
      p.partnerId ? !family.has(p.partnerId) : p.level !== "ORGANISATION" ? !(p.parentId && family.has(p.parentId)) : !!p.parentId && !family.has(p.parentId),
    ) || draft.people.some((p) => p.side === "PARTNER")
  );
}

/**
 * Legal forms of other countries' law, never of a Russian company: Kazakhstan's ТОО,
 * Kyrgyzstan's ОсОО, Belarus's ЧТУП, ОДО, СООО, ИООО and ОАО (Russian law has had no ОАО since
 * 2014: Russian companies are АО or ПАО). A company with one is from elsewhere.
 */
const foreignLegalForm = /^(ТОО|ОсОО|ЧТУП|ОДО|СООО|ИООО|ЧУП|ОАО)$/;

/**
 * Relative days («сегодня», «вчера») only where they date a fact: at the head of a clause,
 * outside quotes (direct speech «Сегодня мы…» is the speaker's day), with a finite verb: past
 * («сегодня состоялась») or, for «сегодня», an event verb in the future («Сегодня программа визита продолжится»).
 */
function keepDate(read: ReadText, d: FoundDate): boolean {
  const word = d.text.toLowerCase();
  if (word !== "сегодня" && word !== "вчера") return true;
  const token = read.tokens[tokenFrom(read, d.start)];
  if (!token || token.start !== d.start || token.quoted) return false;
  const sentence = read.sentences[token.sentence]!;
  const next = read.tokens[token.index + 1];
  const past = /(ал|ял|ил|ел|ул|ыл|ла|ли|ло|лся|лась|лись|лось)$/;
  // Next to its verb in the past («Губернатор вчера провёл встречу», «встреча состоялась вчера») it dates that fact wherever it stands.
  const previous = read.tokens[token.index - 1];
  const byPastVerb = [previous, next].some((t) => !!t && t.sentence === token.sentence && !t.capital && t.lower.length > 3 && past.test(t.lower));
  // A short passive participle right after the day word tells of what is done as a past verb does: «Сегодня подписаны
  // соглашения», «сегодня открыта выставка».
  const shortParticiple = /^[а-яё]{3,}(?:ан|ян|ен|ён|ыт|ит)[аоы]?$/;
  if (next && next.sentence === token.sentence && !next.capital && !next.quoted && !next.breakBefore && shortParticiple.test(next.lower)) return true;
  const clauseHead = sentence.first === token.index || token.breakBefore || (next?.breakBefore ?? false);
  if (!clauseHead && !byPastVerb) return false;
  // An event verb in the future (perfective: «продолжит», «посетят», «откроется») dates a happening today; a plain present («Сегодня продукция
  // поставляется в 26 стран») means «nowadays», not a day.
  const happensToday =
    /^(состоится|состоятся|пройдет|пройдут|(продолж|откро|начн|заверш|старту|прибуд|посет|провед|встрет|подпиш|отправ|побыва|познаком|осмотр)(ит|ет|ут|ют|ят|ится|ется|утся|ются|ятся))$/;
  return tokensOf(read, token.sentence).some(
    (t) => !t.capital && t.lower.length > 3 && (past.test(t.lower) || (word === "сегодня" && happensToday.test(t.lower))),
  );
}

function toDraftDate(read: ReadText, d: FoundDate): TDraftDate {
  return { day: d.day, precision: d.precision, text: d.text, span: spanOfChars(read, d.start, d.end), confidence: d.confidence };
}

const sentenceOfOffset = (read: ReadText, offset: number) => sentenceAt(read, offset);

/** The first day (DAY precision) the title or lead gives, or null. */
function leadDay(read: ReadText, dates: FoundDate[], lead: number[]): TDraftDate | null {
  const d = dates.find((x) => x.precision === "DAY" && lead.includes(sentenceOfOffset(read, x.start)));
  return d ? { ...toDraftDate(read, d), confidence: d.confidence * 0.8 } : null;
}

function firstDateIn(read: ReadText, dates: FoundDate[], sentences: number[]): TDraftDate | null {
  for (const s of sentences) {
    const d = dates.find((x) => sentenceOfOffset(read, x.start) === s);
    if (d) return toDraftDate(read, d);
  }
  return null;
}

// ---- what happened ----

type KindCue = { kind: string; priority: number; test: (t: Token, next: Token | undefined, previous?: Token) => boolean };

const kindCues: KindCue[] = [
  {
    kind: "CALL",
    priority: 5,
    test: (t, n, p) =>
      (/^телефонн/.test(t.lower) && !!n && /^(разговор|переговор|беседа|беседу|беседе)/.test(n.lower)) ||
      /^созвонил/.test(t.lower) ||
      // A video conference held as such is a call; «в режиме видеоконференции» only says how talks or a meeting were held.
      (/^(видеоконференц|видеозвон|видеомост)/.test(t.lower) && !/^(режиме|формате|формат|по|посредством|через)$/.test(p?.lower ?? "")),
  },
  {
    kind: "VISIT",
    priority: 4,
    test: (t, n, p) =>
      /^визит(а|ом|е|у)?$/.test(t.lower) ||
      /^(посетил|побывал|прибыл)(а|и)?$/.test(t.lower) ||
      // «губернатора принял председатель облисполкома», «принял посла»: a guest received; not «принял участие», «принял решение».
      (/^принял(а|и)?$/.test(t.lower) && [n, p].some((x) => !!x && x.sentence === t.sentence && visitorWord.test(x.lower))),
  },
  { kind: "NEGOTIATIONS", priority: 3, test: (t) => /^переговор/.test(t.lower) },
  {
    kind: "MEETING",
    priority: 2,
    test: (t) => /^(встреч[аиуе]|встречи|встретил(ся|ась|ись)|заседани[еия]|видеоконференц|видеосвяз|подписал[аи]?|подписани[ея])/.test(t.lower),
  },
  // «Вчера в Архангельске заместители губернаторов … обсудили запуск маршрута»: the lead's talks with a party from elsewhere are a
  // meeting, the weakest cue (any other the lead gives says more).
  { kind: "MEETING", priority: 1, test: (t) => /^обсудил(а|и)?$/.test(t.lower) },
];

/** Whom one receives: a guest, a delegation or an official by post. */
const visitorWord = /^(делегацию|гостей|гостя|посла|послов|губернатора|главу|министра|акима|хокима|мэра|председателя|заместителя)$/;

/** Talks held by video link: a call, ranked as one. */
const videoTalks: KindCue = { kind: "CALL", priority: 5, test: () => false };

/** A delegation received or met: whatever the talks were, the release reports the delegation's visit. Ranks above talks, below a call. */
const delegationCue: KindCue = { kind: "VISIT", priority: 4.5, test: () => false };

/**
 * Whether the token at i is a delegation someone receives or meets: «принял делегацию», «встретился с делегацией»,
 * «провёл переговоры с делегацией». «Делегация отправится…» or «состав делегации» report no meeting of their own.
 */
function receivesDelegation(tokens: Token[], i: number): boolean {
  if (!/^делегаци(ю|ей)$/.test(tokens[i]!.lower)) return false;
  const previous = tokens[i - 1]?.lower ?? "";
  if (/^(принял|приняла|приняли|принимал|принимала|принимали|встретил|встретила|встретили)$/.test(previous)) return true;
  // «принял в Усть-Каменогорске делегацию»: where, between the verb and the delegation.
  const beforePlace = tokens[i - 3]?.lower ?? "";
  if (/^(в|во)$/.test(tokens[i - 2]?.lower ?? "") && tokens[i - 1]!.capital && /^(принял|приняла|приняли|принимал|принимала|принимали)$/.test(beforePlace))
    return true;
  const metWith =
    (previous === "с" || previous === "со") &&
    tokens.slice(Math.max(0, i - 3), i - 1).some((t) => /^(встреч|встретил|переговор|бесед|провел|провёл)/.test(t.lower));
  // «на полях форума», «в рамках выставки»: a delegation met at an event came for the event; that is a meeting.
  const atEvent = tokens.some(
    (t, k) =>
      (t.lower === "полях" && tokens[k - 1]?.lower === "на") ||
      (t.lower === "рамках" && /^(форум|выставк|ярмарк|фестивал|конференци|съезд|саммит)/.test(tokens[k + 1]?.lower ?? "")),
  );
  return metWith && !atEvent && !followsResults(tokens, i - 1) && !followsResults(tokens, i - 2);
}

/** «по итогам (рабочей) встречи с делегацией»: the meeting is named as the source of what the release reports, not as a visit of its own. */
function followsResults(tokens: Token[], i: number): boolean {
  return [1, 2].some((k) => /^(итогам|результатам)$/.test(tokens[i - k]?.lower ?? ""));
}

/**
 * Whether a clause is an instruction, whose «подготовить проект соглашения» is a task set (an initiative), not a stage:
 * «поручено / поручил … подготовить», or in a release of instructions a line addressed to a body («Министерству … разработать»).
 */
function instructed(tokens: Token[], instructionsRelease: boolean): boolean {
  if (tokens.some((t) => /^поруч(ено|ить|ил|ила|или|ает|ают|ен|ена)$/.test(t.lower))) return true;
  return instructionsRelease && tokens.slice(0, 3).some((t) => /^(департамент|министерств|комитет|управлени|агентств|аппарат)(у|ю)$/.test(t.lower));
}

/** Past-tense forms that report a meeting as having taken place, outside the title and lead. */
const tookPlace =
  /^(состоял(ся|ась|ись|ось)|прош(ла|ли|ло|ел)|провел(а|и)?|провёл|встретил(ся|ась|ись)|находил(ся|ась|ись)|посетил[аи]?|побывал[аи]?|прибыл[аи]?|принял[аи]?)$/;

/** Whether the talks or meetings at i are counted business contacts («более сорока деловых переговоров», «В2В-встреч»). */
function programmeCount(tokens: Token[], i: number): boolean {
  if (!/^(переговор|встреч)/.test(tokens[i]!.lower)) return false;
  const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.lower);
  return (
    before.some((w) => /^(делов|b2b|в2в)/.test(w)) ||
    before.some((w) => /^\d+$|^(более|около|свыше|десят|двадцат|тридцат|сорок|пятидесят|шестидесят|сотн)/.test(w))
  );
}

/**
 * A business mission abroad the title or lead names: the delegation's visit is what happened
 * («Вологодские компании провели бизнес-миссию в …»), on the mission's first day — before any
 * talks a later sentence reports as held during it.
 */
function missionInLead(read: ReadText, lead: number[], foreignIn: (sentence: number) => boolean): { sentences: number[]; cue: KindCue; token: Token } | null {
  const missionCue: KindCue = { kind: "VISIT", priority: 4, test: (t) => /^бизнес-мисси/.test(t.lower) };
  for (const s of lead) {
    const token = foreignIn(s) ? tokensOf(read, s).find((t) => missionCue.test(t, undefined)) : undefined;
    if (token) return { sentences: [...lead, lead.length].filter((x) => x < read.sentences.length), cue: missionCue, token };
  }
  return null;
}

/** «В первый день форума», «во второй день визита»: which day of an event the lead dates a meeting falls on (0 for the first), or null. */
function dayOfEvent(tokens: Token[]): number | null {
  const ordinals = ["первый", "второй", "третий", "четвертый"];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = ordinals.indexOf(tokens[i]!.lower);
    if (n >= 0 && tokens[i + 1]!.lower === "день") return n;
  }
  return null;
}

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
    // Talks someone held by video link («провела переговоры в режиме видеоконференции») are that person's call; talks that
    // «took place» by video between representatives stay talks.
    const byVideo =
      tokens.some((t, i) => /^(режиме|формате)$/.test(t.lower) && /^(видеоконференц|видеосвяз|видеозвон)/.test(tokens[i + 1]?.lower ?? "")) &&
      tokens.some((t) => /^(провел|провёл|провела|провели)$/.test(t.lower));
    const found: Array<{ cue: KindCue; token: Token }> = [];
    // A cue in a relative clause («…, который прибыл в Вологду с визитом») is background: the
    // main clause («провёл переговоры») tells what happened. It ranks lower than in a main clause.
    let relative = false;
    tokens.forEach((t, i) => {
      if (t.breakBefore && /^(который|которая|которое|которые|которого|где|куда)$/.test(t.lower)) relative = true;
      else if (t.breakBefore && relative && /[.;—–]/.test(read.text.slice(tokens[i - 1]?.end ?? t.start, t.start))) relative = false;
      // «более сорока деловых переговоров», «60 деловых встреч»: business talks counted in a programme are not a meeting of their own.
      if (programmeCount(tokens, i)) return;
      const rank = (cue: KindCue) => (relative ? { ...cue, priority: cue.priority - 1.5 } : cue);
      // A background visit still makes a plain meeting a visit (a meeting with a visiting ambassador), but not talks or a call.
      for (const cue of kindCues) {
        if (!cue.test(t, tokens[i + 1], tokens[i - 1])) continue;
        found.push({ cue: rank(cue.kind === "NEGOTIATIONS" && byVideo ? videoTalks : cue), token: t });
      }
      if (receivesDelegation(tokens, i)) found.push({ cue: rank(delegationCue), token: t });
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
  // A business mission the lead names is a visit from its first day: a reception on a later day of it («7 октября
  // делегацию принял заместитель акима») is part of that visit, while a meeting a later sentence reports is the happening.
  const mission = !leadCues.length && (!chosen || chosen.cue.kind === "VISIT") ? missionInLead(read, lead, foreignIn) : null;
  if (mission) chosen = mission;
  if (!chosen) return null;
  // A kind the gazetteer names more precisely («Заседание совместной комиссии»), else the cue's.
  let kind = chosen.cue.kind;
  for (const k of gazetteer.meetingKinds) {
    const words = k.name.toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    const sentenceText = chosen.sentences.map((s) => read.text.slice(read.sentences[s]!.start, read.sentences[s]!.end).toLowerCase()).join(" ");
    if (words.every((w) => sentenceText.includes(w.slice(0, Math.max(4, w.length - 2))))) kind = k.code;
  }
  // Talks that end in a signing («По итогам переговоров подписан Меморандум») are a signing, which the register keeps as a meeting.
  if (kind === "NEGOTIATIONS") {
    const at = chosen.sentences[chosen.sentences.length - 1]!;
    // In the talks' sentence, or in one of the next few that says it follows from them («По итогам переговоров подписан …»).
    const signed = [at, at + 1, at + 2, at + 3, at + 4, at + 5].some((s) => {
      if (s >= read.sentences.length) return false;
      const words = tokensOf(read, s);
      const followsTalks = s === at || words.some((t, i) => /^итогам$/.test(t.lower) && /^(переговор|встреч)/.test(words[i + 1]?.lower ?? ""));
      return followsTalks && words.some((t) => /^подписан[аоы]?$/.test(t.lower)) && words.some((t) => /^(меморандум|соглашени|протокол)/.test(t.lower));
    });
    if (signed) kind = "MEETING";
  }
  if (gazetteer.meetingKinds.length && !gazetteer.meetingKinds.some((k) => k.code === kind))
    kind = gazetteer.meetingKinds.find((k) => k.code === "OTHER")?.code ?? kind;
  // A meeting a later sentence reports without a day of its own («Делегация также посетила Полоцк») happened during
  // what the lead dates: the lead's first day.
  let date = firstDateIn(read, dates, chosen.sentences) ?? leadDay(read, dates, lead);
  // A meeting «in the first day of the forum» the lead dates («прошёл 18–19 сентября»), its own sentence dating it no other way: that day.
  const cueSentence = chosen.token.sentence;
  const nthDay = dates.some((d) => sentenceOfOffset(read, d.start) === cueSentence) ? null : dayOfEvent(tokensOf(read, cueSentence));
  const eventStart = nthDay === null ? undefined : dates.find((d) => sentenceOfOffset(read, d.start) <= 2 && d.precision === "DAY");
  if (eventStart && nthDay !== null) {
    date = toDraftDate(read, eventStart);
    if (nthDay > 0) date = { ...date, day: addDays(eventStart.day, nthDay), confidence: date.confidence * 0.9 };
  }
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
const conditional =
  /^(если|можно|может|могут|смогут|планиру|планирует|планируют|планируется|планируются|запланировано|запланирована|запланирован|намерен|намерены|предстоит|будет|будут)$/;

/** What the sides agree to do about a document: an initiative, not a stage reached. */
const initiativeInfinitive = /^(подготовить|разработать|заключить|подписать|составить|проработать|рассмотреть|обсудить|изучить)$/;

/** Verbs that report an agreement on what to do next: the infinitive after them is an initiative («договорились подготовить»). */
const agreedVerb = /^(договорил(ся|ась|ись)|условил(ся|ась|ись)|решили|наметили)$/;

function stageCue(tokens: Token[], i: number, agreedBefore: boolean): Stage | null {
  const t = tokens[i]!;
  const l = t.lower;
  const prev = tokens[i - 1]?.lower ?? "";
  if (/^(направил|направила|направили|направлено|направлен|направлена|предложил|предложила|предложили|внесли|внесено)$/.test(l)) return "PROPOSAL_SENT";
  // «договорились (совместно) подготовить / проработать возможность …»: what the sides mean to do.
  if (agreedVerb.test(l) && tokens.slice(i + 1, i + 3).some((t) => initiativeInfinitive.test(t.lower))) return "PROPOSAL_SENT";
  // «возможность подписания», «вопрос о подписании», «договорились о подписании»: a signing still to come.
  if (/^подписани[еяю]$/.test(l) && tokens.slice(Math.max(0, i - 2), i).some((t) => /^(возможност|перспектив|вопрос|о|об)/.test(t.lower)))
    return "PROPOSAL_SENT";
  if (/^подписани[еяю]$/.test(l) && /^(к|до)$/.test(prev)) return null;
  // «условились, что рабочие группы подготовят проект»: a draft still to be written is an initiative.
  if (/^(подготовят|подготовит|разработают|разработает)$/.test(l)) return "PROPOSAL_SENT";
  // A list after «договорились:» — «— подготовить к декабрю план мероприятий».
  if (agreedBefore && /^(подготовить|разработать|заключить|составить)$/.test(l)) return "PROPOSAL_SENT";
  if (
    /^(подготовил|подготовила|подготовили|подготовлен|подготовлена|подготовлено|подготовка|подготовки|подготовку|разработан|разработана|разработали|разрабатывается|разрабатываются|готовит|готовят|готовится|дорабатывается)$/.test(
      l,
    )
  )
    return "DRAFT";
  if (/^(согласование|согласования|согласованию|согласовывается|согласовываются|согласуется|обсуждается)$/.test(l) && !/^(для|на)$/.test(prev))
    return "NEGOTIATION";
  // «план уже согласован с белорусскими коллегами»: agreed on the text, not yet signed or approved.
  if (/^(согласован|согласована|согласовано|согласованы)$/.test(l) && prev !== "не") return "NEGOTIATION";
  // Every form of «подписать» that reports it done: «подписало», «подписанного», «подписание».
  if (
    /^(подписал[аио]?|подписан[аоы]?|подписани[ея]|подписанн(ый|ого|ое|ая|ом|ым|ую|ые|ых|ому|ой)|заключили|заключено|заключена|заключен|заключил[аио]?|заключенн(ый|ого|ое|ая|ом|ым|ую|ые|ых|ому|ой))$/.test(
      l,
    )
  )
    return "SIGNED";
  if (/^(зарегистрирован[аоы]?|зарегистрированн(ый|ого|ое|ая|ом|ым|ую|ые|ых|ому|ой))$/.test(l)) return "REGISTERED";
  // «прошёл государственную регистрацию» is done; «проходит регистрацию», «направлено на регистрацию» are not yet.
  if (/^регистрацию$/.test(l) && tokens.slice(Math.max(0, i - 2), i).some((x) => /^(прош[её]л|прошла|прошло|прошли)$/.test(x.lower))) return "REGISTERED";
  // «стороны продлили его действие», «действие соглашения продлено»: not «продлится» (an event's last day).
  if (/^(продлил[аи]?|продлен[аоы]?|продлён)$/.test(l)) return "EXTENDED";
  // «истёк в 2024 году», «срок действия истёк»: an agreement no longer in force.
  if (/^(истек|истёк|истекло|истекла|истекли|истекший|истекшего|истекшее|истекшая)$/.test(l)) return "EXPIRED";
  if ((/^вступил[оа]?$/.test(l) && tokens[i + 2]?.lower === "силу") || /^(действующ|действует)/.test(l)) return "IN_FORCE";
  return null;
}

/** An agreement word at token i: its kind code (or null for a plain «соглашение»); `anaphor` for «документ», which names whichever agreement the text is about. */
function agreementWord(tokens: Token[], i: number): { kind: string | null; anaphor?: boolean } | null {
  const l = tokens[i]!.lower;
  // «план мероприятий по реализации соглашения»: the agreement a plan serves is not the plan.
  const governed =
    (/^(реализации|выполнению|выполнения|исполнению|исполнения)$/.test(tokens[i - 1]?.lower ?? "") ||
      /^(реализации|выполнению|исполнению)$/.test(tokens[i - 2]?.lower ?? "")) &&
    tokens.slice(Math.max(0, i - 7), i).some((t) => /^(план|дорожн|протокол)/.test(t.lower));
  if (governed && /^соглашени/.test(l)) return null;
  if (/^меморандум/.test(l)) return { kind: "MEMORANDUM" };
  // «установление побратимских связей», «о побратимстве»: twinning named without an agreement word.
  if (/^побратимств/.test(l) || (/^побратимск/.test(l) && /^(связ|отношени)/.test(tokens[i + 1]?.lower ?? ""))) return { kind: "TWINNING" };
  if (/^протокол/.test(l)) return { kind: "JOINT_COMMISSION_PROTOCOL" };
  if (/^(контракт|договор)(а|у|ом|е|ы|ов|ам|ами|ах)?$/.test(l)) return { kind: "CONTRACT" };
  // «план мероприятий», «план совместных мероприятий».
  if (
    /^план(а|у|ом|е|ы|ов|ам|ами|ах)?$/.test(l) &&
    [1, 2, 3].some((k) => /^мероприяти/.test(tokens[i + k]?.lower ?? "") && tokens.slice(i + 1, i + k).every((t) => /(ых|их)$/.test(t.lower)))
  )
    return { kind: "IMPLEMENTATION_PLAN" };
  if (/^дорожн/.test(l) && /^карт/.test(tokens[i + 1]?.lower ?? "")) return { kind: "IMPLEMENTATION_PLAN" };
  // «программа сотрудничества», «программа совместных действий»: a signed plan of joint work, as a plan of events is.
  if (/^программ(а|у|ы|ой|е)?$/.test(l) && /^(сотрудничеств|совместн|взаимодейств|мероприяти|действи)/.test(tokens[i + 1]?.lower ?? ""))
    return { kind: "IMPLEMENTATION_PLAN" };
  if (/^документ(а|у|ом|е)?$/.test(l)) return { kind: null, anaphor: true };
  if (/^соглашени/.test(l)) return { kind: agreementKindAfter(tokens, i) };
  return null;
}

/**
 * The kind an «соглашение» at i names: «Соглашение между Правительством … (Российская Федерация)
 * и … о … сотрудничестве» — the kind may come after the parties; read on to the end of the phrase
 * (a verb or another agreement word). Null for a plain «соглашение».
 */
function agreementKindAfter(tokens: Token[], i: number): string | null {
  for (let k = i + 1; k < Math.min(tokens.length, i + 30); k++) {
    const w = tokens[k]!.lower;
    if (/^побратим/.test(w)) return "TWINNING";
    // «соглашение о дружественных связях (отношениях)»: the sister-region agreement in the wording Chinese partners use.
    if (/^дружественн/.test(w) && /^(связ|отношени)/.test(tokens[k + 1]?.lower ?? "")) return "TWINNING";
    if (/^сотрудничеств/.test(w)) return "COOPERATION_AGREEMENT";
    if (
      /^(соглашени|меморандум|контракт|договор|план)/.test(w) ||
      (!tokens[k]!.capital &&
        /(ал|ил|ел|ли|ла|ло|ет|ит|ут|ют|ят)$/.test(w) &&
        !/^(сотрудничеств|стран|сторон)/.test(w) &&
        w.length > 3 &&
        !/(ости|ели|али)$/.test(w) &&
        /^(подпис|направ|заключ|готов|закреп|предусм|действ|вступ|стал|был)/.test(w))
    )
      break;
  }
  return null;
}

type AgreementMention = TDraftAgreement & { at: number; party: string | null; anaphor: boolean };
type AgreementWordAt = { i: number; w: { kind: string | null; anaphor?: boolean } | null };
type StageCueAt = { i: number; stage: Stage };

/** A sentence's clauses, as token lists: a list's items («— …;» on their own lines) are clauses; a plain sentence is one. */
function clausesOf(read: ReadText, s: number): Token[][] {
  const tokens = tokensOf(read, s);
  const clauses: Token[][] = [[]];
  for (const t of tokens) {
    const previous = read.tokens[t.index - 1];
    const current = clauses[clauses.length - 1]!;
    if (current.length && previous && /[;\n]/.test(read.text.slice(previous.end, t.start))) clauses.push([t]);
    else current.push(t);
  }
  return clauses.filter((c) => c.length > 0);
}

/**
 * Whether the stage word at i tells of what may happen, not what did: a conditional or planning
 * word in its clause («будет подписано», «планируется подписание»), unless that word comes
 * after it in a predicate of its own («уже согласован и будет утверждён»).
 */
function isConditional(tokens: Token[], i: number): boolean {
  return tokens.some((t, k) => {
    if (!conditional.test(t.lower)) return false;
    if (k < i) return true;
    return !tokens.slice(i + 1, k).some((x) => /^(и|а|но)$/.test(x.lower));
  });
}

/** Participles that describe the agreement they stand before («действующее соглашение», «подписанный меморандум»). */
const attributiveStage = /^(действующ|подписанн|заключенн|зарегистрированн|согласованн)/;

/**
 * Which agreement word each stage word tells of. With one agreement word, the furthest stage of
 * the clause; with several, a participle goes to the word it stands before and any other stage
 * word to the nearest agreement word («дополнить действующее соглашение планом мероприятий,
 * проект которого подготовят» — the agreement in force, the plan to be prepared); a word with
 * no stage of its own shares the stage of the one it is joined to by «и» («подписали меморандум и план»).
 */
function stagedWords(tokens: Token[], words: AgreementWordAt[], cues: StageCueAt[]): Array<{ word: AgreementWordAt; cue: StageCueAt }> {
  const furthest = (list: StageCueAt[]) => list.reduce((a, b) => (stageOrder(b.stage) > stageOrder(a.stage) ? b : a));
  const nearestWord = (at: number) =>
    words.reduce((a, b) => (Math.abs(b.i - at) < Math.abs(a.i - at) || (Math.abs(b.i - at) === Math.abs(a.i - at) && !b.w!.anaphor) ? b : a));
  const kinds = new Set(words.map((w) => (w.w!.anaphor ? "anaphor" : (w.w!.kind ?? "plain"))));
  if (words.length === 1 || kinds.size === 1) {
    const cue = furthest(cues);
    return [{ word: nearestWord(cue.i), cue }];
  }
  const byWord = new Map<AgreementWordAt, StageCueAt[]>();
  for (const cue of cues) {
    const described = attributiveStage.test(tokens[cue.i]!.lower) ? words.find((w) => w.i > cue.i && w.i - cue.i <= 2) : undefined;
    const word = described ?? nearestWord(cue.i);
    byWord.set(word, [...(byWord.get(word) ?? []), cue]);
  }
  const staged = [...byWord.entries()].map(([word, list]) => ({ word, cue: furthest(list) }));
  for (const word of words) {
    if (byWord.has(word)) continue;
    const joined = staged.find(
      (x) => Math.abs(x.word.i - word.i) <= 6 && tokens.slice(Math.min(x.word.i, word.i) + 1, Math.max(x.word.i, word.i)).some((t) => t.lower === "и"),
    );
    if (joined) staged.push({ word, cue: joined.cue });
  }
  return staged;
}

function agreementMention(
  read: ReadText,
  tokens: Token[],
  word: AgreementWordAt,
  cue: StageCueAt,
  dates: FoundDate[],
  parties: Array<{ start: number; key: string }>,
  knownKinds: Set<string>,
): AgreementMention {
  let kind = word.w!.kind;
  if (kind && knownKinds.size && !knownKinds.has(kind)) kind = null;
  const from = Math.min(cue.i, word.i);
  const to = Math.max(cue.i, word.i);
  const clauseStart = tokens[0]!.start;
  const clauseEnd = tokens[tokens.length - 1]!.end;
  const date = dates.find((d) => d.start >= clauseStart && d.start < clauseEnd);
  // The other party the phrase names («соглашения с Минской областью», «между … и акиматом Павлодарской области»): one agreement per party.
  const wordStart = tokens[word.i]!.start;
  const party = word.w!.anaphor ? null : (parties.find((p) => p.start > wordStart && p.start < clauseEnd)?.key ?? null);
  return {
    title: read.text.slice(tokens[word.i]!.start, tokens[Math.min(tokens.length - 1, word.i + 6)]!.end).replace(/\s+/g, " "),
    kind,
    stage: cue.stage,
    stageText: read.text.slice(tokens[from]!.start, tokens[to]!.end).replace(/\s+/g, " "),
    date: date ? toDraftDate(read, date) : null,
    partyTexts: [],
    span: spanOf(read, tokens[from]!.index, tokens[to]!.index),
    confidence: kind ? 0.75 : 0.55,
    at: wordStart,
    party,
    anaphor: !!word.w!.anaphor,
  };
}

function findAgreements(read: ReadText, gazetteer: ImportGazetteer, dates: FoundDate[], parties: Array<{ start: number; key: string }>): TDraftAgreement[] {
  const mentions: AgreementMention[] = [];
  const knownKinds = new Set(gazetteer.agreementKinds.map((k) => k.code));
  const named: Array<{ at: number; kind: string }> = [];
  // A release of a head's instructions («перечень поручений», «дал ряд поручений»): its lines are tasks, not stages reached.
  // The headline's instruction only sums up the body's, whose line names the parties; it is read there.
  const instructionsRelease = read.tokens.some((t) => t.sentence <= 1 && /^поручени/.test(t.lower));
  for (let s = 0; s < read.sentences.length; s++) {
    // «стороны договорились:» and a list on the next lines.
    const previous = s > 0 ? read.text.slice(read.sentences[s - 1]!.start, read.sentences[s - 1]!.end) : "";
    const agreedBefore = /(договорились|условились|решили|наметили)\s*:\s*$/.test(previous);
    // Each clause of a list («— …; — …») tells of its own agreement, with its own stage and condition.
    for (const tokens of clausesOf(read, s)) {
      // Every agreement the clause names by kind, at any stage or none («намерены подписать
      // соглашение о сотрудничестве», «план по реализации соглашения о сотрудничестве»): what a
      // later plain «соглашение» or «документ» may refer back to.
      for (let i = 0; i < tokens.length; i++) {
        const kind = /^соглашени/.test(tokens[i]!.lower) ? agreementKindAfter(tokens, i) : agreementWord(tokens, i)?.kind;
        if (kind && (!knownKinds.size || knownKinds.has(kind))) named.push({ at: tokens[i]!.start, kind });
      }
      const words = tokens.map((_, i) => ({ i, w: agreementWord(tokens, i) })).filter((x) => x.w);
      if (!words.length) continue;
      const cues = tokens
        .map((_, i) => ({ i, stage: stageCue(tokens, i, agreedBefore || (s > 0 && instructed(tokens, instructionsRelease))) }))
        .filter((c): c is { i: number; stage: Stage } => c.stage !== null && !isConditional(tokens, c.i));
      if (!cues.length) continue;
      for (const { word, cue } of stagedWords(tokens, words, cues)) {
        mentions.push(agreementMention(read, tokens, word, cue, dates, parties, knownKinds));
      }
    }
  }
  // One agreement per kind and party, at the furthest stage the text puts it (the state it
  // reports now: «направила … проект прошёл согласование» is in negotiation). A mention that
  // names no party is the agreement of its kind told of before it (the headline and the body
  // tell of one agreement); a plain «соглашение» or «документ» is the agreement told of nearest before.
  const groups: AgreementMention[] = [];
  const merge = (into: AgreementMention, m: AgreementMention) => {
    if (stageOrder(m.stage) > stageOrder(into.stage)) Object.assign(into, { stage: m.stage, stageText: m.stageText, date: m.date ?? into.date, span: m.span });
    if (!into.party && m.party) into.party = m.party;
  };
  // An agreement that has expired is an earlier one than any the text signs or proposes now («прежнее соглашение …
  // истекло в прошлом году»; «новый документ заменил соглашение, срок действия которого истёк»): an agreement of its own.
  const ended = (x: AgreementMention) => x.stage === "EXPIRED";
  const compatible = (g: AgreementMention, m: AgreementMention) =>
    ended(g) === ended(m) && (m.anaphor || g.kind === m.kind || (m.kind === null && (g.kind === "COOPERATION_AGREEMENT" || g.kind === "TWINNING")));
  for (const m of mentions.filter((x) => x.kind !== null)) {
    const same = groups.filter((g) => g.kind === m.kind && ended(g) === ended(m));
    const target =
      (m.party && same.find((g) => g.party === m.party)) || (m.party ? same.find((g) => !g.party) : ([...same].reverse().find((g) => g.at < m.at) ?? same[0]));
    if (target) merge(target, m);
    else groups.push({ ...m });
  }
  for (const m of mentions.filter((x) => x.kind === null)) {
    // A plain «соглашение» with a party of its own («соглашения с Минской областью») is another
    // agreement than one with another party; between regions or countries it is a cooperation agreement.
    const fits = (g: AgreementMention) => compatible(g, m) && (!m.party || !g.party || g.party === m.party);
    const before = [...groups].filter((g) => g.at <= m.at && fits(g)).sort((a, b) => b.at - a.at)[0];
    // Forward only for a mention without a party (a headline before the body that names the kind).
    const after = m.party ? undefined : groups.filter(fits).sort((a, b) => a.at - b.at)[0];
    const target = before ?? after;
    // Else the agreement the text named by kind before (at no stage yet): «намерены подписать
    // соглашение о сотрудничестве. Проект документа согласован» is that agreement, in negotiation.
    // A plain «соглашение» refers back only to a kind of agreement («о сотрудничестве», «о побратимстве»).
    const antecedent = [...named].reverse().find((x) => x.at < m.at && (m.anaphor || x.kind === "COOPERATION_AGREEMENT" || x.kind === "TWINNING"));
    if (target) merge(target, m);
    else if (ended(m) && !m.anaphor)
      groups.push({ ...m, kind: antecedent?.kind ?? (knownKinds.has("COOPERATION_AGREEMENT") || !knownKinds.size ? "COOPERATION_AGREEMENT" : null) });
    else if (antecedent && !groups.some((g) => g.kind === antecedent.kind)) groups.push({ ...m, kind: antecedent.kind, anaphor: false, confidence: 0.6 });
    else if (m.party && (!knownKinds.size || knownKinds.has("COOPERATION_AGREEMENT"))) groups.push({ ...m, kind: "COOPERATION_AGREEMENT", confidence: 0.5 });
    else if (!m.anaphor) groups.push({ ...m });
  }
  return groups.sort((a, b) => a.at - b.at).map(({ at: _at, party: _party, anaphor: _anaphor, ...agreement }) => agreement);
}

// ---- events, projects, follow-ups ----

const eventCues: Array<{ kind: string; test: (t: Token, next: Token | undefined, isPartner: (i: number) => boolean) => boolean }> = [
  // «бизнес-форум «Северное партнёрство»», «агрофорум».
  { kind: "FORUM", test: (t) => /^(бизнес-|инвест-|агро|медиа)?форум/.test(t.lower) },
  { kind: "EXHIBITION", test: (t) => /^(выставк|ярмарк|экспозици)/.test(t.lower) },
  { kind: "REGION_DAYS", test: (t, n, isPartner) => /^(дни|дней|днях|дням)$/.test(t.lower) && !!n && isPartner(n.index) },
  // Lower case only: «Турсункуловым» is a surname.
  { kind: "TOUR", test: (t) => !t.capital && /^(тур|турне|путешестви[еяю]|гастрол)/.test(t.lower) && !/^туризм|^турист|^туроператор|^турпоток/.test(t.lower) },
  { kind: "CONFERENCE", test: (t) => /^конференци/.test(t.lower) },
  { kind: "FESTIVAL", test: (t) => /^фестивал/.test(t.lower) },
  { kind: "BUSINESS_MISSION", test: (t) => /^бизнес-мисси/.test(t.lower) },
  // Events of no kind of their own: a presentation, a seminar, a round table.
  { kind: "OTHER", test: (t, n) => /^(презентаци|семинар)/.test(t.lower) || (/^кругл/.test(t.lower) && !!n && /^стол/.test(n.lower)) },
];

const eventVerb =
  /^(приглас|приглаш|пройд|прош|проход|состо|провед|провел|провест|провод|откр|старт|организ|отправ|планиру|запланир|намеч|соберет|собрал|примет|примут|прим|участ|находил|станет|представ|покаж|показ|выступ|заверш|начн|приед|посет)/;

/** Words that make a second mention of an event kind another event («Следующий форум … в 2026 году», «Ответная бизнес-миссия»). */
const anotherEvent = /^(следующ|ответн|очередн|повторн)/;

function findEvents(
  read: ReadText,
  gazetteer: ImportGazetteer,
  dates: FoundDate[],
  known: PartnerHit[],
  family: Set<string>,
  /** Where each proposed partner is named (its first token): «Дни Гродненской области» are a region's Days though the gazetteer lacks it. */
  proposedAt: Set<number>,
): TDraftEvent[] {
  const partnerAt = new Map(known.map((h) => [h.from, h]));
  const isPartner = (i: number) => partnerAt.has(i) || proposedAt.has(i);
  // The release's own date: the first its title and lead give («С 19 по 22 мая делегация …»).
  const leadDate = dates.find((d) => sentenceOfOffset(read, d.start) <= 2) ?? null;
  // A tour named without a date is dated by its first dated stop: a later sentence naming a place.
  const placeSentences = new Set([...known.map((h) => read.tokens[h.from]!.sentence), ...[...proposedAt].map((i) => read.tokens[i]!.sentence)]);
  let undatedTour: { token: Token; sentence: number } | null = null;
  const knownKinds = new Set(gazetteer.eventKinds.map((k) => k.code));
  const events: TDraftEvent[] = [];
  /** Events named only as the occasion of something else, kept if the text tells of their kind no other way. */
  const occasions: Array<{ cue: { kind: string; token: Token }; date: FoundDate | null }> = [];
  // Dates by sentence, once (a long text has thousands of both).
  const bySentence = new Map<number, FoundDate[]>();
  for (const d of dates) {
    const s = sentenceOfOffset(read, d.start);
    bySentence.set(s, [...(bySentence.get(s) ?? []), d]);
  }
  const datesIn = (s: number) => bySentence.get(s) ?? [];
  for (let s = 0; s < read.sentences.length; s++) {
    const tokens = tokensOf(read, s);
    const sentence = read.sentences[s]!;
    // Clauses of a list («договорились: — …; — …») each tell of their own event with their own date.
    const clauseBounds: number[] = [sentence.start];
    // «…, а в октябре пройдут Дни …»: a clause joined by «а» tells of another event.
    for (let c = sentence.start; c < sentence.end; c++)
      if (read.text[c] === ";" || read.text[c] === "\n" || (read.text[c] === "," && /^,\s+а\s/.test(read.text.slice(c, c + 4)))) clauseBounds.push(c + 1);
    clauseBounds.push(sentence.end);
    const clauseOf = (offset: number) => {
      let k = 0;
      while (k + 1 < clauseBounds.length - 1 && offset >= clauseBounds[k + 1]!) k++;
      return k;
    };
    const cues: Array<{ kind: string; token: Token }> = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const c of eventCues) {
        if (!c.test(tokens[i]!, tokens[i + 1], isPartner)) continue;
        if (!cues.some((x) => x.kind === c.kind && clauseOf(x.token.start) === clauseOf(tokens[i]!.start))) cues.push({ kind: c.kind, token: tokens[i]! });
        break;
      }
    }
    // «выставку … в рамках фестиваля», «В первый день форума … открылась выставка», «После фестиваля ансамбль отправится в тур»:
    // the event named as the frame or the time of another is not the clause's event.
    const frameWord = /^(рамках|день|дня|дни|полях|ходе|после|перед)$/;
    const framed = (cue: { token: Token }) => {
      const i = cue.token.index;
      return frameWord.test(read.tokens[i - 1]?.lower ?? "") || (frameWord.test(read.tokens[i - 2]?.lower ?? "") && !read.tokens[i - 1]!.breakBefore);
    };
    const sentenceDates = datesIn(s);
    const hasVerb = tokens.some((t) => eventVerb.test(t.lower));
    const doneClauses = new Set<number>();
    for (const cue of cues) {
      if (knownKinds.size && !knownKinds.has(cue.kind)) continue;
      if (framed(cue) && cues.some((x) => x !== cue && clauseOf(x.token.start) === clauseOf(cue.token.start))) continue;
      // One event per clause: «Дни … области: в программу войдут выставка …» is the Days, the exhibition is part of them.
      if (doneClauses.has(clauseOf(cue.token.start))) continue;
      doneClauses.add(clauseOf(cue.token.start));
      const clause = clauseOf(cue.token.start);
      const clauseDates = sentenceDates.filter((d) => clauseOf(d.start) === clause);
      const candidates = clauseBounds.length > 2 ? clauseDates : sentenceDates;
      // The date nearest the cue in its clause; an event the title or lead names without one is the release's own, on its date.
      const date = candidates.length
        ? candidates.reduce((a, b) => (Math.abs(b.start - cue.token.start) < Math.abs(a.start - cue.token.start) ? b : a))
        : s <= 2 && cue.kind !== "TOUR"
          ? leadDate
          : null;
      const quoted = read.text.slice(cue.token.end, cue.token.end + 3).includes("«");
      // «отправится в гастрольный тур по области: 8 мая коллектив выступит в Вологде…»: a tour whose own sentence gives no day, wherever the text names it.
      // Outside the lead, only a tour someone sets off on (not «обсудили гастроли»).
      const setsOff = tokens.some((t) => /^(отправ|поед|едет|едут|выезжа|выед)/.test(t.lower));
      if (!date && cue.kind === "TOUR" && !undatedTour && (s <= 2 || setsOff)) undatedTour = { token: cue.token, sentence: s };
      // An event is a fact when the text dates it, or names it, and says it is held: «форум «…» пройдёт в декабре».
      // «подписать его в ходе Форума … в июне 2026 года»: an event named as the occasion of something is held, verb or not.
      const occasion =
        /^(ходе|полях|время)$/.test(read.tokens[cue.token.index - 1]?.lower ?? "") ||
        /^(ходе|полях|время)$/.test(read.tokens[cue.token.index - 2]?.lower ?? "");
      if (!(date || quoted) || !(hasVerb || (occasion && date))) continue;
      // Only when the text tells of it no other way: the date of what happens «на полях форума» is one of the forum's days.
      if (!hasVerb) {
        occasions.push({ cue, date });
        continue;
      }
      const another = tokens.some((t) => anotherEvent.test(t.lower) && Math.abs(t.index - cue.token.index) <= 2);
      const existing = events.find((e) => e.kind === cue.kind);
      if (existing && !(another && date && existing.date && existing.date.day !== date.day)) {
        if (!existing.date && date) existing.date = toDraftDate(read, date);
        continue;
      }
      const nameEnd = quoted ? read.text.indexOf("»", cue.token.end) + 1 : cue.token.end;
      const place = known.find(
        (h) => read.tokens[h.from]!.sentence === s && read.tokens[h.from - 1]?.lower.match(/^(в|во)$/) && h.partner.level !== "ORGANISATION",
      );
      events.push({
        title: read.text.slice(cue.token.start, Math.max(nameEnd, cue.token.end)).replace(/\s+/g, " "),
        kind: cue.kind,
        date: date ? toDraftDate(read, date) : null,
        place: place?.partner.name ?? null,
        stops: [],
        span: spanOf(read, cue.token.index, cue.token.index),
        confidence: date ? 0.75 : 0.6,
      });
    }
  }
  for (const { cue, date } of occasions) {
    if (events.some((e) => e.kind === cue.kind)) continue;
    events.push({
      title: cue.token.text,
      kind: cue.kind,
      date: date ? toDraftDate(read, date) : null,
      place: null,
      stops: [],
      span: spanOf(read, cue.token.index, cue.token.index),
      confidence: 0.6,
    });
  }
  const firstStop =
    undatedTour && dates.find((d) => sentenceOfOffset(read, d.start) > undatedTour!.sentence && placeSentences.has(sentenceOfOffset(read, d.start)));
  const datedTour = events.find((e) => e.kind === "TOUR");
  // «Завершится тур 9 октября в Хиве» after a tour the lead names: the tour starts at its first stop.
  if (datedTour?.date && firstStop && firstStop.day < datedTour.date.day) datedTour.date = toDraftDate(read, firstStop);
  if (undatedTour && firstStop && !datedTour && (!knownKinds.size || knownKinds.has("TOUR"))) {
    const { token } = undatedTour;
    events.push({
      title: token.text,
      kind: "TOUR",
      date: toDraftDate(read, firstStop),
      place: null,
      stops: [],
      span: spanOf(read, token.index, token.index),
      confidence: 0.6,
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

function findProjects(read: ReadText): Array<Omit<TDraftProject, "partnerTexts">> {
  const sites: Array<{ name: string; start: number; end: number }> = [];
  for (const m of read.text.matchAll(
    /(ОЭЗ|особ\S*\s+экономическ\S*\s+зон\S*|индустриальн\S*\s+парк\S*|промышленн\S*\s+парк\S*|технопарк\S*|агропарк\S*)\s+«([^«»]+)»/giu,
  )) {
    sites.push({ name: `${siteKindNominative(m[1]!)} «${m[2]}»`, start: m.index!, end: m.index! + m[0].length });
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
      title: shortTitle(read.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim(), 160),
      sites: list.map((x) => x.name),
      span: spanOfChars(read, list[0]!.start, list[list.length - 1]!.end),
      confidence: 0.6,
    };
  });
}

/** A site's kind as a record names it: «особой экономической зоне» → «Особая экономическая зона» (ОЭЗ stays). */
function siteKindNominative(kind: string): string {
  const lower = kind.toLowerCase().replace(/\s+/g, " ");
  if (lower === "оэз") return "ОЭЗ";
  if (lower.startsWith("особ")) return "Особая экономическая зона";
  if (lower.startsWith("индустриальн")) return "Индустриальный парк";
  if (lower.startsWith("промышленн")) return "Промышленный парк";
  if (lower.startsWith("технопарк")) return "Технопарк";
  if (lower.startsWith("агропарк")) return "Агропарк";
  return kind;
}

/** At most `max` characters, cut at a word with «…», not inside one. */
function shortTitle(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, "")}…`;
}

function findFollowUps(read: ReadText): TDraftFollowUp[] {
  const found: TDraftFollowUp[] = [];
  // A planned signing («Подписать соглашение главы регионов планируют в конце года») is not a
  // stage the agreement has reached (findAgreements leaves such sentences out): it is kept as a task.
  for (let s = 0; s < read.sentences.length; s++) {
    const tokens = tokensOf(read, s);
    const planned = tokens.some((t) => /^(планиру|запланирова|намечен|предстоит)/.test(t.lower));
    const signing =
      tokens.some((t) => /^(подписа|заключ)/.test(t.lower)) && tokens.some((t) => /^(соглашени|меморандум|договор|контракт|протокол)/.test(t.lower));
    if (!planned || !signing) continue;
    const sentence = read.sentences[s]!;
    const title = read.text
      .slice(sentence.start, sentence.end)
      .replace(/\s+/g, " ")
      .replace(/[.\s]+$/, "");
    found.push({ title, span: spanOfChars(read, sentence.start, sentence.end), confidence: 0.55 });
  }
  for (const m of read.text.matchAll(/(договорились|условились|наметили|решено|поручил[аи]?|планируется|намерены)\s+([^.;!?]{5,200})/giu)) {
    const start = m.index!;
    const end = start + m[0].length;
    const title = m[0].replace(/\s+/g, " ").replace(/[,:\s—–-]+$/, "");
    found.push({ title: title[0]!.toUpperCase() + title.slice(1), span: spanOfChars(read, start, end), confidence: 0.6 });
  }
  return found;
}
