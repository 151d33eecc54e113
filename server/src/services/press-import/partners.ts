// Partners in a release: names and aliases of the gazetteer's partners found in any
// grammatical case by their stems («Алматинской области», «в Казахстан», «Астану»), and
// organisations the gazetteer does not know («ТОО «…»», «компания «…»») proposed as new,
// with the partner named next to them as their parent.
import { genericPlaceWords, russianStopWords } from "@atlas/shared/russian-text";
import { worldCountries, type Country } from "./countries.ts";
import type { TDraftPartner } from "@atlas/shared/press-import";
import type { TPartnerLevel } from "@atlas/shared/enums";
import type { GazetteerPartner, ImportGazetteer } from "./gazetteer.ts";
import { isChineseSurname, isKnownFirstNameForm, isPatronymic } from "./names.ts";
import { formStems, inQuotedSpeech, normalizeWord, routeStops, spanOf, spanOfChars, stemOf, stemsOf, tokenFrom, type ReadText, type Token } from "./text.ts";

/** Stems of words that name the type of a place or body: never a match on their own. */
const genericStems: ReadonlySet<string> = new Set(
  [
    ...genericPlaceWords,
    "тоо",
    "ао",
    "ооо",
    "пао",
    "зао",
    "оао",
    "компания",
    "предприятие",
    "министерство",
    "акимат",
    "правительство",
    "администрация",
    "посольство",
    "консульство",
    "университет",
    "город",
    "село",
    "народный",
    "социалистический",
    "объединенный",
  ].map((w) => stemOf(normalizeWord(w))),
);

type Variant = {
  partner: GazetteerPartner;
  /** The name's first word without its last vowel, lower case: what a short declined form must begin with. */
  base: string;
  stems: string[];
  forms: Array<Set<string>>;
  acronym: string | null;
  alias: boolean;
  quotedPart: boolean;
  /** For a one-word name, every case form of it as a whole word (see wordCaseForms); null for longer names and acronyms. */
  wordForms: Set<string> | null;
};

/** One partner found in the text. */
export type PartnerHit = { partner: GazetteerPartner; from: number; to: number; confidence: number };

export type PartnerIndex = {
  byFirstStem: Map<string, Variant[]>;
  byId: Map<string, GazetteerPartner>;
  homeIds: Set<string>;
  adjectiveStems: Array<{ stem: string; partner: GazetteerPartner }>;
  /** Countries of the world list (./countries.ts) the gazetteer does not hold: found like partners, proposed as new. */
  newCountryIds: Set<string>;
};

const norm = (s: string) => normalizeWord(s).replace(/\s+/g, " ").trim();

export function buildPartnerIndex(gazetteer: ImportGazetteer): PartnerIndex {
  const byFirstStem = new Map<string, Variant[]>();
  const byId = new Map(gazetteer.partners.map((p) => [p.id, p]));
  const add = (partner: GazetteerPartner, phrase: string, alias: boolean, quotedPart = false) => {
    const words = [...phrase.matchAll(/[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*/g)].map((m) => m[0]);
    if (words.length === 0) return;
    const stems = words.map((w) => stemOf(normalizeWord(w)));
    // A name made only of generic words («Республика») would match every mention of the word.
    if (stems.every((s) => genericStems.has(s))) return;
    const acronym = words.length === 1 && /^[A-ZА-ЯЁ]{2,6}$/.test(words[0]!) ? words[0]! : null;
    const forms = words.map((w) => (acronym ? new Set([stemOf(normalizeWord(w))]) : formStems(w)));
    const base = normalizeWord(words[0]!).replace(/[аяйьоеыи]$/, "");
    const wordForms = words.length === 1 && !acronym ? wordCaseForms(words[0]!) : null;
    const variant: Variant = { partner, base, stems, forms, acronym, alias, quotedPart, wordForms };
    for (const first of forms[0]!) {
      const list = byFirstStem.get(first) ?? [];
      list.push(variant);
      byFirstStem.set(first, list);
    }
  };
  const adjectiveStems: PartnerIndex["adjectiveStems"] = [];
  // Countries: a gazetteer country is also found by the world list's names and abbreviations
  // («РБ» for Республика Беларусь); a country it does not hold is a candidate for a new partner.
  const newCountryIds = new Set<string>();
  const countryNames = new Map<string, Country>();
  for (const c of worldCountries()) for (const n of c.names) countryNames.set(norm(n), c);
  const linked = new Set<string>();
  for (const partner of gazetteer.partners) {
    if (partner.level !== "COUNTRY") continue;
    const country = [partner.name, ...partner.aliases].map((n) => countryNames.get(norm(n))).find(Boolean);
    if (!country || linked.has(country.code)) continue;
    linked.add(country.code);
    const own = new Set([partner.name, ...partner.aliases].map(norm));
    for (const n of country.names) if (!own.has(norm(n))) add(partner, n, true);
  }
  for (const c of worldCountries()) {
    if (linked.has(c.code)) continue;
    // One pseudo-partner per name, so that the draft can propose the country under the official name the text
    // writes («Кыргызская Республика», not the list's «Киргизская Республика»); newCountryCode joins them.
    c.names.forEach((n, k) => {
      // A one-word name that is also a common word («Того») would match a sentence's first word.
      if (russianStopWords.has(normalizeWord(n))) return;
      const pseudo: GazetteerPartner = { id: `${newCountryPrefix}${c.code}#${k}`, name: n, level: "COUNTRY", parentId: null, aliases: [] };
      newCountryIds.add(pseudo.id);
      byId.set(pseudo.id, pseudo);
      add(pseudo, n, false);
    });
  }
  for (const partner of gazetteer.partners) {
    add(partner, partner.name, false);
    for (const alias of partner.aliases) add(partner, alias, true);
    for (const phrase of regionBodyNames(partner)) add(partner, phrase, true);
    // An organisation known by the quoted part of its name: «Северсталь» for ПАО «Северсталь».
    const quoted = /[«"]([^«»"]{3,})[»"]/.exec(partner.name)?.[1];
    if (quoted && partner.level === "ORGANISATION") add(partner, quoted, true, true);
    if (partner.level !== "ORGANISATION") {
      // «вологодское предприятие», «казахстанская компания»: for telling a new organisation's parent only.
      const specific = stemsOf(partner.name).filter((s) => !genericStems.has(s));
      for (const s of [specific[0], ...partner.aliases.map((a) => stemsOf(a)[0])]) if (s && s.length >= 4) adjectiveStems.push({ stem: s, partner });
    }
  }
  const homeIds = new Set(gazetteer.partners.filter((p) => p.isHome).map((p) => p.id));
  return { byFirstStem, byId, homeIds, adjectiveStems, newCountryIds };
}

const newCountryPrefix = "world-country:";

/** The country a pseudo-partner of the world list stands for, whichever of its names matched. */
export const newCountryCode = (id: string): string => id.slice(newCountryPrefix.length).split("#")[0]!;

/**
 * The name to propose a country the gazetteer lacks under: an official name (of several words) as the
 * text writes it anywhere («Кыргызской Республики» then «Кыргызстана» → «Кыргызская Республика», not the
 * list's «Киргизская»), else the world list's own name («в Турцию» → «Турецкая Республика»).
 */
export function newCountryNames(hits: PartnerHit[], index: PartnerIndex): Map<string, string> {
  const chosen = new Map<string, string>();
  const official = (name: string) => name.trim().split(/\s+/).length > 1;
  for (const h of hits) {
    const code = newCountryCode(h.partner.id);
    if (official(h.partner.name) && !official(chosen.get(code) ?? "")) chosen.set(code, h.partner.name);
  }
  for (const h of hits) {
    const code = newCountryCode(h.partner.id);
    if (!chosen.has(code)) chosen.set(code, index.byId.get(`${newCountryPrefix}${code}#0`)?.name ?? h.partner.name);
  }
  return chosen;
}

/**
 * Other names an oblast goes by in releases: its executive body («Витебский облисполком»,
 * «Гомельский областной исполнительный комитет» — Belarus's regional governments) and its
 * colloquial name made from the adjective («Гомельщина», «Вологодчина», «Новгородчина»).
 */
export function regionBodyNames(partner: { name: string; level: TPartnerLevel }): string[] {
  if (partner.level !== "REGION") return [];
  const m = /^([А-ЯЁ][а-яё-]+)ская\s+область$/.exec(partner.name.trim());
  if (!m) return [];
  const base = m[1]!;
  // «Вологодский регион» (any case) is the oblast named by its adjective and the generic word for a region.
  return [`${base}ский облисполком`, `${base}ский областной исполнительный комитет`, `${base}${/[дт]$/.test(base) ? "чина" : "щина"}`, `${base}ский регион`];
}

/** Heads after which a quoted name is a site, event or product, never a partner. */
const notPartnerHeads =
  /^(оэз|парк|технопарк|агропарк|индустриальн|промышлен|форум|выставк|фестивал|ярмарк|конкурс|проект|программ|акци|тур|турн|премьер|бренд|марк|продукц|сорт|фильм|спектакл|концерт|конференц|сесси|стратег|экспедиц|поезд|рейс|зон|площадк|кластер|территор|игр|кубк|чемпионат|олимпиад|сезон|праздник|дн|день|фонд)/;

function quoteRange(read: ReadText, from: number, to: number): { inside: boolean; whole: boolean } {
  const a = read.tokens[from]!;
  const b = read.tokens[to]!;
  if (!a.quoted) return { inside: false, whole: false };
  // Direct speech («Казахстан — один из наших ключевых партнёров…») is text like any other: only a short quote is a name.
  const openQuote = read.text.lastIndexOf("«", a.start);
  const closeQuote = read.text.indexOf("»", b.end);
  if (openQuote >= 0 && closeQuote >= 0 && closeQuote - openQuote > 80) return { inside: false, whole: false };
  if (inQuotedSpeech(read, a.start)) return { inside: false, whole: false };
  const openAt = Math.max(read.text.lastIndexOf("«", a.start), read.text.lastIndexOf('"', a.start - 1));
  const closeAt = (() => {
    const c1 = read.text.indexOf("»", b.end);
    const c2 = read.text.indexOf('"', b.end);
    return [c1, c2].filter((c) => c >= 0).reduce((x, y) => Math.min(x, y), Number.POSITIVE_INFINITY);
  })();
  const before = read.text.slice(openAt + 1, a.start).trim();
  const after = Number.isFinite(closeAt) ? read.text.slice(b.end, closeAt).trim() : "x";
  return { inside: true, whole: before === "" && after === "" };
}

/**
 * Every case form of a one-word name as a whole word, lower case: the name itself (an indeclinable
 * «Алматы»), and its bases (without a final vowel, «й» or «ь», or with the fleeting vowel dropped:
 * «Череповец» → «Череповц-») with a case ending.
 */
function wordCaseForms(word: string): Set<string> {
  const w = normalizeWord(word);
  const bases = new Set([w, w.replace(/[аяйьоеыи]$/, "")]);
  const fleeting = /^(.{2,}[^аеиоуыэюяй])(е|о)([цкнл]ь?)$/.exec(w);
  if (fleeting) bases.add(fleeting[1]! + fleeting[3]!.replace("ь", ""));
  const forms = new Set<string>([w]);
  for (const base of bases) for (const ending of nameCaseEndings) forms.add(base + ending);
  return forms;
}
const nameCaseEndings = ["", "а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ой", "ей", "ью"];

/** The head word before an opening quote («ОЭЗ «Вологодская»» → «оэз»), lower case. */
function headBeforeQuote(read: ReadText, tokenIndex: number): Token | null {
  const t = read.tokens[tokenIndex]!;
  for (let i = tokenIndex - 1; i >= 0; i--) {
    const prev = read.tokens[i]!;
    if (prev.sentence !== t.sentence) return null;
    if (!prev.quoted || read.text.slice(prev.end, t.start).includes("«")) return prev;
  }
  return null;
}

/**
 * Where the generic word a listed adjective shares stands: after «A и B», or «A, B и C» — capitalised
 * members joined by commas, the last by «и», then the word. Null when the token at i opens no such list.
 */
function sharedGenericAfter(read: ReadText, i: number): number | null {
  const tokens = read.tokens;
  const sentence = tokens[i]!.sentence;
  for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return null;
    if (t.lower === "и") {
      const other = tokens[k + 1];
      const generic = tokens[k + 2];
      return other?.capital && generic && generic.sentence === sentence && !other.breakBefore && !generic.breakBefore ? k + 2 : null;
    }
    // A comma, then another capitalised member.
    if (!t.capital || read.text.slice(tokens[k - 1]!.end, t.start).trim() !== ",") return null;
  }
  return null;
}

/** Every gazetteer partner named in the text: the longest name at each place, no overlaps. */
export function findKnownPartners(read: ReadText, index: PartnerIndex): PartnerHit[] {
  const hits: PartnerHit[] = [];
  const tokens = read.tokens;
  const routeTokens = new Set(routeStops(read).flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, k) => from + k)));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    let best: { variant: Variant; length: number } | null = null;
    for (const variant of index.byFirstStem.get(t.stem) ?? []) {
      const n = variant.stems.length;
      if (best && n <= best.length) continue;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const tk = tokens[i + k]!;
        if (!variant.forms[k]!.has(tk.stem) || tk.sentence !== t.sentence) ok = false;
        if (k > 0 && tk.breakBefore) ok = false;
      }
      if (!ok) continue;
      // A stem of three letters or fewer matches common words through the name's declined forms («Самые» for
      // «Самоа»): a short word counts only when it is the name with a case ending («Китая», «Уфы»).
      if (n === 1 && !variant.acronym && t.stem.length < 4 && !t.lower.replaceAll("ё", "е").startsWith(variant.base)) continue;
      // A one-word name is only its own case forms, not any word its stem begins («Груз» is not Грузия, «Нигерию» not Нигер).
      if (variant.wordForms && !variant.wordForms.has(t.lower)) continue;
      // A word right after a first name or a patronymic is a surname («Андрей Михайлович Соколов»), not the town it begins like.
      const before = tokens[i - 1];
      if (n === 1 && before?.capital && before.sentence === t.sentence && !t.breakBefore && (isPatronymic(before.text) || isNameWord(before.text))) continue;
      // A Chinese name is written surname first: «Чжао Ган» — the given name after a Chinese surname is not a country.
      if (n === 1 && before?.capital && before.sentence === t.sentence && !t.breakBefore && isChineseSurname(before.text)) continue;
      const span = tokens.slice(i, i + n);
      // An acronym (РК, КНР) only as written, in capitals; otherwise a specific word must be capitalised:
      // «Сокол», not «сокол»; «вологодские» is an adjective, not the region.
      if (variant.acronym) {
        if (t.text !== variant.acronym) continue;
      } else if (!span.some((tk, k) => !genericStems.has(variant.stems[k]!) && (tk.capital || /^[0-9]/.test(tk.text)))) continue;
      const q = quoteRange(read, i, i + n - 1);
      if (q.inside && !routeTokens.has(i)) {
        // Inside quotes only a whole quoted name that is not a site or event («ОЭЗ «Вологодская»» is not the region).
        if (!q.whole) continue;
        const head = headBeforeQuote(read, i);
        if (head && notPartnerHeads.test(head.lower)) continue;
        if (variant.partner.level !== "ORGANISATION") continue;
      }
      best = { variant, length: n };
    }
    if (!best && t.capital && (!t.quoted || !quoteRange(read, i, i).inside)) best = hyphenatedSpellingMatch(read, i, index);
    // Inside direct speech (a long quote) names count as anywhere else.
    if (!best && t.capital && (!t.quoted || !quoteRange(read, i, i).inside)) {
      // «Архангельской и Ярославской областей», «Вологодской, Архангельской и Ярославской областей»:
      // an adjective of a list whose last member carries the generic word they share.
      const generic = sharedGenericAfter(read, i);
      for (const variant of generic === null ? [] : (index.byFirstStem.get(t.stem) ?? [])) {
        if (variant.stems.length !== 2 || !genericStems.has(variant.stems[1]!) || !variant.forms[1]!.has(tokens[generic!]!.stem)) continue;
        best = { variant, length: 1 };
        break;
      }
    }
    if (best) {
      const confidence = best.variant.acronym ? 0.85 : best.variant.quotedPart ? 0.8 : best.variant.alias ? 0.9 : 1;
      hits.push({ partner: best.variant.partner, from: i, to: i + best.length - 1, confidence });
      i += best.length;
    } else i++;
  }
  return hits;
}

/**
 * A name written with its hyphen set off by spaces («Санкт - Петербурге» for Санкт-Петербург) or in an
 * older hyphenated spelling of a name the gazetteer writes solid («Алма-Атинской области» for
 * Алматинская область: the hyphen dropped, the doubled letter it leaves written once). Null when
 * the word at i reads as no partner's name either way.
 */
function hyphenatedSpellingMatch(read: ReadText, i: number, index: PartnerIndex): { variant: Variant; length: number } | null {
  const tokens = read.tokens;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  let reading: { lower: string; extra: number } | null = null;
  if (next?.capital && next.sentence === t.sentence && /^(\s+[-‑–]\s*|[-‑–]\s+)$/.test(read.text.slice(t.end, next.start)))
    reading = { lower: `${t.lower}-${next.lower}`, extra: 1 };
  else if (t.lower.includes("-")) reading = { lower: t.lower.replaceAll("-", "").replace(/([а-я])\1/g, "$1"), extra: 0 };
  if (!reading || reading.lower.length < 5) return null;
  let best: { variant: Variant; length: number } | null = null;
  for (const variant of index.byFirstStem.get(stemOf(reading.lower)) ?? []) {
    const n = variant.stems.length;
    if (variant.acronym || (best && n + reading.extra <= best.length)) continue;
    if (variant.wordForms && !variant.wordForms.has(reading.lower)) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const tk = tokens[i + reading.extra + k];
      if (!tk || !variant.forms[k]!.has(tk.stem) || tk.sentence !== t.sentence || tk.breakBefore) ok = false;
    }
    if (ok) best = { variant, length: n + reading.extra };
  }
  return best;
}

/** Legal forms before a quoted name. */
const legalForms =
  /^(ТОО|АО|ООО|ПАО|ЗАО|ОАО|НАО|АНО|ГУП|МУП|ФГУП|ГКП|РГП|ГП|ИП|СПК|СХПК|ПК|КХ|КФХ|ОДО|СООО|ИООО|ЧУП|ЧУ|НКО|ФГБОУ|ГБУ|ГАУ|БУ|АУ|МБУ|ЧТУП|УП|СП|ОсОО|LLP|LLC|JSC)$/;

/** Head nouns before a quoted organisation name, by stem, with their nominative. */
const orgHeads: Array<[RegExp, string]> = [
  [/^компан/, "компания"],
  [/^предприят/, "предприятие"],
  [/^университет/, "университет"],
  [/^завод/, "завод"],
  [/^комбинат/, "комбинат"],
  [/^фабрик/, "фабрика"],
  [/^холдинг/, "холдинг"],
  [/^агрохолдинг/, "агрохолдинг"],
  [/^корпорац/, "корпорация"],
  [/^агрофирм/, "агрофирма"],
  [/^фирм/, "фирма"],
  [/^кооператив/, "кооператив"],
  [/^концерн/, "концерн"],
  [/^банк/, "банк"],
  [/^институт/, "институт"],
  [/^ассоциац/, "ассоциация"],
  [/^колледж/, "колледж"],
  [/^академ/, "академия"],
  // Performing companies: «ансамбль «Сухонские узоры»», «театр «Балет»».
  [/^ансамбл/, "ансамбль"],
  [/^оркестр/, "оркестр"],
  [/^театр/, "театр"],
  [/^хор$|^хор[аеуы]$|^хором$/, "хор"],
  [/^капелл/, "капелла"],
  [/^производител/, "производитель"],
  [/^экспортер/, "экспортёр"],
  [/^групп/, "группа компаний"],
  [/^хозяйств/, "хозяйство"],
  // «творческое объединение «…»», «производственное объединение «…»».
  [/^объединени/, "объединение"],
  [/^птицефабрик/, "птицефабрика"],
  [/^маслозавод/, "маслозавод"],
  [/^молокозавод/, "молокозавод"],
  [/^лесокомбинат/, "лесокомбинат"],
  [/^деревообрабатывающ/, "деревообрабатывающее предприятие"],
];

export type NewOrganisation = { name: string; start: number; end: number; confidence: number; quoted: string; level: TPartnerLevel };

/** Organisations written with a legal form or a head noun and a quoted name: «ТОО «Агро»», «компания «Лес»». */
export function findQuotedOrganisations(read: ReadText): NewOrganisation[] {
  const found: NewOrganisation[] = [];
  const text = read.text;
  // «…» with one level of nesting: «ТОО «Компания «Север»»» is rare; «ТОО «Агро»» is the rule.
  const quotePattern = /«((?:[^«»]|«[^«»]*»)+)»|"([^"]+)"/g;
  // Direct speech is a long quote: the names quoted inside it («…стало ООО «Шекснинский лесопильный завод», и мы…») are read too.
  const quotes = [...text.matchAll(quotePattern)].flatMap((m) => {
    const inner = m[1] ?? "";
    if (inner.length <= 80) return [m];
    return [...inner.matchAll(/«([^«»]+)»/g)].map((n) => Object.assign(n, { index: m.index! + 1 + n.index! }) as RegExpMatchArray);
  });
  // «хор «Северные голоса» Вологодского колледжа»: a company followed by the body it belongs
  // to (a capitalised genitive) is part of that body, not a partner of its own, wherever it is named.
  const partOfAnotherBody = new Set<string>();
  for (const m of quotes) {
    const after = /^\s+([А-ЯЁ][а-яё]+)/.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))?.[1];
    if (after && /(ого|его|ой|ей|ых|их)$/.test(after)) partOfAnotherBody.add((m[1] ?? m[2] ?? "").trim());
  }
  for (const m of quotes) {
    const inner = (m[1] ?? m[2] ?? "").trim();
    if (!inner || inner.length > 80 || !/[A-Za-zА-Яа-яЁё]/.test(inner)) continue;
    const before = text.slice(Math.max(0, m.index! - 60), m.index!);
    const words = [...before.matchAll(/[A-Za-zА-Яа-яЁё-]+/g)];
    const last = words[words.length - 1];
    if (!last || before.slice(last.index! + last[0].length).trim() !== "") continue;
    const head = last[0];
    const lower = normalizeWord(head);
    let name: string | null = null;
    let start = m.index!;
    let confidence = 0.7;
    if (legalForms.test(head)) {
      name = `${head} «${inner}»`;
      start = m.index! - (before.length - last.index!);
      confidence = 0.85;
    } else {
      const stem = stemOf(lower);
      // «ансамбля песни и танца «…»», «театра оперы и балета «…»»: the head may govern a few genitive words before the quote.
      const orgHead = orgHeads.find(([re]) => re.test(stem) || re.test(lower)) ?? headBeforeGenitives(before, words);
      if (!orgHead && !(quotedBodyName(inner) && !notPartnerHeads.test(lower))) continue;
      if (partOfAnotherBody.has(inner)) continue;
      // A capitalised head is part of the name («Банк «Центр»»); otherwise the name is the quoted words.
      name = `«${inner}»`;
      confidence = 0.7;
      if (/^[А-ЯЁ]/.test(head)) start = m.index! - (before.length - last.index!);
    }
    found.push({ name, start, end: m.index! + m[0].length, confidence, quoted: inner, level: "ORGANISATION" });
  }
  return [...found, ...quotedListMembers(text, found)];
}

/** Kinds of body a quoted name itself may be headed by («"Агентство городского развития"», «"Минский тракторный завод"»); «агенство» is a common misspelling. */
const bodyWordInQuote =
  /^(агенств|агентств|завод|комбинат|фабрик|компани|корпораци|холдинг|концерн|институт|университет|банк|фонд|ассоциаци|объединени|предприяти)/;

/** Whether a quoted name is a body's own name: its first or last word is the kind of body. */
function quotedBodyName(inner: string): boolean {
  const words = inner.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 6 && (bodyWordInQuote.test(words[0]!) || bodyWordInQuote.test(words[words.length - 1]!));
}

/**
 * Quoted names listed with one already taken for an organisation share its kind: «предприятия
 * "Северсталь" и "ФосАгро"», «производители "Гомсельмаш", "МАЗ" и "БелАЗ"» — each quote joined
 * to the previous by a comma or «и» and nothing else.
 */
function quotedListMembers(text: string, found: NewOrganisation[]): NewOrganisation[] {
  const quotes = [...text.matchAll(/«((?:[^«»]|«[^«»]*»)+)»|"([^"]+)"/g)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    inner: (m[1] ?? m[2] ?? "").trim(),
  }));
  const orgAt = new Set(found.map((f) => f.end));
  const added: NewOrganisation[] = [];
  for (const dir of [1, -1]) {
    const order = dir === 1 ? quotes : [...quotes].reverse();
    for (let k = 1; k < order.length; k++) {
      const [prev, q] = [order[k - 1]!, order[k]!];
      const between = dir === 1 ? text.slice(prev.end, q.start) : text.slice(q.end, prev.start);
      if (!orgAt.has(prev.end) || orgAt.has(q.end) || !/^\s*(,|и)\s*$/.test(between)) continue;
      if (!q.inner || q.inner.length > 80 || !/[A-Za-zА-Яа-яЁё]/.test(q.inner)) continue;
      orgAt.add(q.end);
      added.push({ name: `«${q.inner}»`, start: q.start, end: q.end, confidence: 0.6, quoted: q.inner, level: "ORGANISATION" });
    }
  }
  return added;
}

/**
 * The known place an organisation's own words tie it to: one inside its name («Центр поддержки
 * экспорта Вологодской области»), or right after it in the genitive, after «из» or in brackets
 * («ТОО «Агро» (Костанай)»). Not any place of its sentence: «ООО «Лес» отправило партию в Шанхай»
 * names where the goods went, not where the company is.
 */
function attachedPlace(read: ReadText, org: NewOrganisation, known: PartnerHit[]): { id: string; distance: number } | null {
  const from = tokenFrom(read, org.start);
  let to = from;
  while (to + 1 < read.tokens.length && read.tokens[to + 1]!.end <= org.end) to++;
  const places = known.filter((h) => h.partner.level !== "ORGANISATION");
  const inside = places.find((h) => h.from >= from && h.to <= to);
  if (inside) return { id: inside.partner.id, distance: 0 };
  const next = read.tokens[to + 1];
  if (!next || next.sentence !== read.tokens[from]!.sentence) return null;
  const between = read.text.slice(read.tokens[to]!.end, next.start);
  const at = next.lower === "из" && !next.breakBefore ? to + 2 : /^\s*\(\s*$/.test(between) ? to + 1 : !next.breakBefore ? to + 1 : -1;
  const after = places.find((h) => h.from === at);
  // In the genitive only: «в Астане» after a company is where something happens.
  if (after && (at !== to + 1 || /^\s*\(/.test(between) || /(ой|ей|ии|а|я|ы)$/.test(read.tokens[at]!.lower))) return { id: after.partner.id, distance: 1 };
  return null;
}

/** The organisation head a few lower-case genitive words before a quote depend on («ансамбля песни и танца»), or undefined. */
function headBeforeGenitives(before: string, words: RegExpMatchArray[]): [RegExp, string] | undefined {
  // Nouns and their adjectives in the genitive: «ансамбля народного танца», «театра оперы и балета».
  const genitive = (word: string) => /^[а-яё]+$/.test(word) && (word === "и" || /(и|ы|а|я|ов|ей|ев|ого|его|ой|ых|их)$/.test(word));
  const last = words[words.length - 1]?.[0] ?? "";
  // «завода и выставки «…»»: the quote names what the nearest word is, an event or a site.
  if (!genitive(last) || notPartnerHeads.test(last)) return undefined;
  for (let j = words.length - 2; j >= Math.max(0, words.length - 4); j--) {
    const word = words[j]![0];
    // Only spaces between the words: a comma or a dash ends the phrase.
    if (before.slice(word.length + words[j]!.index!, words[j + 1]!.index!).trim() !== "") return undefined;
    const head = orgHeads.find(([re]) => re.test(stemOf(normalizeWord(word))) || re.test(normalizeWord(word)));
    if (head) return head;
    if (!genitive(word)) return undefined;
  }
  return undefined;
}

/** A proposed partner: a town's parent is the region it is the centre of, else the place named nearest; an organisation's, the place its own words tie it to. */
export function newPartnerDraft(read: ReadText, org: NewOrganisation, known: PartnerHit[], index: PartnerIndex): TDraftPartner {
  const firstToken = read.tokens[tokenFrom(read, org.start)];
  const sentence = firstToken?.sentence ?? -1;
  let parent: { id: string; distance: number } | null = null;
  // A town named like a region it is the centre of («Минск» and «Минская область»): that region, wherever the text names it.
  const townStem = org.level === "CITY" ? stemOf(normalizeWord(org.name)) : "";
  const centreOf =
    townStem.length >= 4
      ? known.find((h) => h.partner.level === "REGION" && stemOf(normalizeWord(h.partner.name.split(/\s+/)[0]!)).startsWith(townStem))
      : undefined;
  if (centreOf) parent = { id: centreOf.partner.id, distance: 0 };
  else if (org.level === "ORGANISATION") parent = attachedPlace(read, org, known);
  else if (firstToken) {
    for (const hit of known) {
      const a = read.tokens[hit.from]!;
      if (a.sentence !== sentence || hit.partner.level === "ORGANISATION" || (org.level === "REGION" && hit.partner.level !== "COUNTRY")) continue;
      // A town next to another town («Великий Устюг — Котлас») is not inside it.
      if (org.level === "CITY" && hit.partner.level === "CITY") continue;
      // A place after the town holds it only right after it («в Соколе Вологодской области»); one further on
      // belongs to other words («в Казани Губернатор Вологодской области»: the governor's post).
      const lastOfOrg = tokenFrom(read, org.end) - 1;
      if (hit.from > lastOfOrg + 1 && read.tokens.slice(lastOfOrg + 1, hit.from).some((t) => t.capital)) continue;
      // The home region named elsewhere in the sentence does not hold a town the gazetteer lacks («Дни Вологодской
      // области проходят в Минске»): its own towns are listed; only words right after the town put it there.
      if (index.homeIds.has(hit.partner.id) && hit.from !== lastOfOrg + 1) continue;
      const distance = hit.from >= firstToken.index ? hit.from - firstToken.index : firstToken.index - hit.to + 1;
      if (!parent || distance < parent.distance) parent = { id: hit.partner.id, distance };
    }
  }
  // A country has no parent; a region's name is its own adjective, so a word before it is another party's («Вологодская область и Согдийская область»).
  if (org.level === "COUNTRY") parent = null;
  else if (firstToken && !centreOf && org.level !== "REGION") {
    // «вологодское предприятие «…»», «казахстанская компания «…»»: the adjective just before.
    for (let i = firstToken.index - 1; i >= Math.max(0, firstToken.index - 3); i--) {
      const t = read.tokens[i]!;
      // «…» and, with, of another party: the adjective beyond a conjunction or preposition qualifies other words.
      if (t.sentence !== sentence || /^(и|или|а|с|со|в|во|на|из|для|между|от|при|к|по)$/.test(t.lower)) break;
      const adjective = index.adjectiveStems.find((a) => t.stem.startsWith(a.stem.slice(0, Math.max(4, a.stem.length - 1))) && t.stem !== a.stem);
      if (adjective && (!parent || parent.distance > 2)) {
        parent = { id: adjective.partner.id, distance: 1 };
        break;
      }
    }
  }
  return {
    text: read.text.slice(org.start, org.end),
    partnerId: null,
    name: org.name,
    level: org.level,
    parentId: parent?.id ?? null,
    span: spanOfChars(read, org.start, org.end),
    confidence: parent ? org.confidence : org.confidence - 0.1,
  };
}

export function knownPartnerDraft(read: ReadText, hit: PartnerHit): TDraftPartner {
  return {
    text: read.text.slice(read.tokens[hit.from]!.start, read.tokens[hit.to]!.end),
    partnerId: hit.partner.id,
    name: hit.partner.name,
    level: hit.partner.level,
    parentId: hit.partner.parentId,
    span: spanOf(read, hit.from, hit.to),
    confidence: hit.confidence,
  };
}

/** Generic words of regions the gazetteer may not hold, with the nominative of the word and the adjective ending. */
const regionWords: Array<{ stem: string; noun: string; ending: string; level: TPartnerLevel }> = [
  { stem: stemOf("область"), noun: "область", ending: "ая", level: "REGION" },
  { stem: stemOf("край"), noun: "край", ending: "ий", level: "REGION" },
  { stem: stemOf("провинция"), noun: "провинция", ending: "ая", level: "REGION" },
];

/** A first name is not a region's: «провинции Ван» never stands for a person's «Ван …». */
const isNameWord = (word: string) => isKnownFirstNameForm(word);

/** How many words from `at` name an oblast's executive body («облисполком», «областной исполнительный комитет»); 0 when none. */
function regionBodyLength(tokens: Token[], at: number): number {
  const a = tokens[at];
  if (!a || a.breakBefore) return 0;
  if (/^облисполком/.test(a.lower)) return 1;
  const b = tokens[at + 1];
  const c = tokens[at + 2];
  if (/^областн/.test(a.lower) && b && c && /^исполнительн/.test(b.lower) && /^комитет/.test(c.lower) && !b.breakBefore && !c.breakBefore) return 3;
  return 0;
}

/** Whether the region word at `at` («провинции») is followed by a capitalised name in apposition («Шэньси»), not an adjective. */
function appositionFollows(tokens: Token[], at: number): boolean {
  const kind = tokens[at]!;
  const named = tokens[at + 1];
  return (
    /^(провинц|префектур|штат)/.test(kind.lower) &&
    !!named &&
    named.capital &&
    !named.upper &&
    !named.breakBefore &&
    named.sentence === kind.sentence &&
    !/(ск|цк)(ая|ой|ую|ий|ого|ому|ом|им|ие|их|ым|ое)$/.test(named.lower)
  );
}

/** Regions the gazetteer does not hold: «Павлодарской области» → «Павлодарская область», proposed as new. */
export function findNewRegions(read: ReadText, known: PartnerHit[]): NewOrganisation[] {
  const covered = new Set<number>();
  for (const h of known) for (let i = h.from; i <= h.to; i++) covered.add(i);
  const found: NewOrganisation[] = [];
  const tokens = read.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // «провинции Шаньдун», «префектуры Тоттори», «Республикой Марий Эл»: a region named after its kind, the name in
    // apposition (as written, nominative). A republic that is a country is a known or listed country, covered already.
    const kind = tokens[i]!;
    const named = tokens[i + 1]!;
    const appositionKind = /^(провинц|префектур|штат|республик)/.exec(kind.lower)?.[1];
    if (
      appositionKind &&
      // «Китайской Народной Республики Чжан Вэйдуном»: the word ends a country's name, and a person's name follows.
      !covered.has(i) &&
      !covered.has(i + 1) &&
      named.capital &&
      !named.upper &&
      (!named.quoted || inQuotedSpeech(read, named.start)) &&
      !named.breakBefore &&
      named.sentence === kind.sentence &&
      !/(ск|цк)(ая|ой|ую|ий|ого|ому|ом|им|ие|их|ым|ое)$/.test(named.lower) &&
      !isNameWord(named.text)
    ) {
      const noun = { провинц: "Провинция", префектур: "Префектура", штат: "Штат", республик: "Республика" }[appositionKind]!;
      found.push({ name: `${noun} ${named.text}`, start: kind.start, end: named.end, confidence: 0.65, quoted: "", level: "REGION" });
      i++;
      continue;
    }
    const adj = tokens[i]!;
    const noun = tokens[i + 1]!;
    if (covered.has(i) || covered.has(i + 1) || !adj.capital || adj.quoted || noun.breakBefore || noun.sentence !== adj.sentence) continue;
    // An oblast named by its executive body: «Могилёвским облисполкомом», «Гомельского областного исполнительного комитета».
    const bodyLength = regionBodyLength(tokens, i + 1);
    const word = bodyLength ? regionWords[0] : regionWords.find((w) => w.stem === noun.stem);
    if (!word || !/(ск|цк)(ая|ой|ую|ий|ого|ому|ом|им|ие|их|ым|ое)$/.test(adj.lower)) continue;
    // «Китайской провинции Шэньси»: a kind of region followed by its name in apposition — the adjective
    // tells the country, the region is the named one (taken by the rule above at the next word).
    if (!bodyLength && appositionFollows(tokens, i + 1)) continue;
    // The first word of a sentence is capitalised anyway («Областной бюджет…» is not a region).
    if (read.sentences[adj.sentence]?.first === i) continue;
    const base = adj.text.replace(/(ая|ой|ую|ий|ого|ому|ом|им|ие|их|ым|ое)$/, "");
    const last = tokens[i + Math.max(1, bodyLength)]!;
    found.push({ name: `${base}${word.ending} ${word.noun}`, start: adj.start, end: last.end, confidence: 0.7, quoted: "", level: word.level });
    i += Math.max(1, bodyLength);
  }
  return found;
}
