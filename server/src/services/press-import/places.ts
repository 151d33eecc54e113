// Places and organisations the gazetteer does not hold, found by grammar rather than by a
// list: a capitalised word where Russian puts a place («в Ташкенте», «из Павлодара», «акимат
// города Павлодара», «посетила Борисов», «между Череповцом и Павлодаром», «компаний Харбина и
// Муданьцзяна»), and a proper organisation name without a legal form — a capitalised head
// noun of a known kind, or one led by a capitalised adjective («Вологодский государственный
// университет», «Центр поддержки экспорта Вологодской области», «Вологодская ГМХА»). Each is
// put back in the nominative by rules over endings; where the case leaves it open (a
// feminine «Караганде» and a masculine «Ташкенте» look alike) the masculine reading is taken
// with a lower confidence, unless another form in the text settles it.
import { isKnownFirstNameForm, isPatronymic } from "./names.ts";
import type { NewOrganisation, PartnerHit, PartnerIndex } from "./partners.ts";
import { inQuotedSpeech, routeStops, tokenFrom, type ReadText, type Token } from "./text.ts";
import { listedTown } from "./towns.ts";

type Case = "nom" | "gen" | "dat" | "acc" | "ins" | "loc";

/** Words after which a capitalised word is a place, and the case they put it in. */
const placeCues: Array<[RegExp, Case | "same"]> = [
  [/^(в|во)$/, "loc"],
  [/^из$/, "gen"],
  [/^(город|г)$/, "same"],
  [/^города$/, "gen"],
  [/^городе$/, "loc"],
  [/^городом$/, "ins"],
  [/^(посетил|посетила|посетили|посетит|посетят|посетить)$/, "acc"],
  // «компаний Харбина», «жители Костаная», «мэрия Павлодара»: a body or people of a place.
  [
    /^(компаний|предприятий|производителей|вузов|жителей|жители|мэрия|мэрии|мэрией|мэр|мэра|акимат|акимата|акиматом|администрации|администрация|столице|столица|столицы|окрестностях|пригороде|аэропорту|аэропорт)$/,
    "gen",
  ],
];

/**
 * Stems of capitalised common nouns of official texts that follow «в» as often as a place
 * does («в Министерство», «в Правительстве», «в Минюсте», «в Рамках»), and of names of things
 * («в Дни», «в Год»), and of buildings and venues a name starts with («в Доме дружбы», «во
 * Дворце спорта», «в Музее кружева»). A place is never one of them. Short stems («ма» of «мая», «кра» of
 * «края») match whole words only, so that «Маргилан» and «Краснодар» stay places.
 */
const notPlaceStems =
  /^(?:(?:министерств|минист|минюст|минэконом|минпром|минсельхоз|правительств|департамент|посольств|консульств|администрац|акимат|хокимият|мэри|дум|собрани|совет|комитет|облисполком|исполком|палат|центр|университет|академи|колледж|институт|фонд|агентств|рамк|форум|выставк|ярмарк|фестивал|конкурс|программ|проект|стратеги|закон|указ|соглашени|меморандум|договор|контракт|протокол|план|концепци|интернет|республик|област|провинци|район|округ|федерац|государств|королевств|губернатор|президент|посол|министр|аким|хоким|север|восток|запад|европ|африк|америк|январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|четверг|пятниц|суббот|воскресень|собор|музе|площад|кремл|усадьб|галере|библиотек|стадион|манеж|павильон|гостиниц|экспоцентр|конгресс|театр|кинотеатр|филармони|консерватори)|(?:мид|год|дн|ден|кра|глав|юг|росс|ази|аз|океан|ма|сред|дом|дворц|двор|зал|холл|цирк|парк|храм|сквер)$)/;

/** Adjective endings, any case: a word with one is not a place name on its own («в Вологодском …»). */
const adjectiveEnding = /(ый|ий|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ом|ем|ых|их|ую|юю|ей)$/;
const consonant = /[бвгджзклмнпрстфхцчшщ]$/;
/** Endings only adjectives have, any case («Вологодском», «Минской»); a noun's «-ом», «-ой» («Павлодаром», «Карагандой») stays possible. */
const placeAdjectiveForm = /(ый|ий|ая|яя|ие|ые|ого|его|ому|ему|ым|им|ых|их|ую|юю|[сц]к(ой|ом|ое)|н(ой|ом|ое))$/;

/** Case endings a town's name may take, longest first, and the endings its nominative may have. */
const townCaseEndings = ["ом", "ем", "ой", "ей", "ью", "а", "я", "у", "ю", "е", "и", "ы", ""];
const townNominativeEndings = ["", "а", "я", "ь", "й"];

/**
 * The listed town (towns.ts) a case form belongs to: the form with a case ending swapped for
 * a nominative one («Бухаре» → «Бухара», «Гомеле» → «Гомель»), or with its fleeting vowel back («Орла» → «Орёл»).
 */
function listedTownOf(word: string): string | null {
  const l = word.toLowerCase();
  for (const ending of townCaseEndings) {
    if (!l.endsWith(ending) || l.length - ending.length < 2) continue;
    const base = l.slice(0, l.length - ending.length);
    for (const nominative of townNominativeEndings) {
      const town = listedTown(base + nominative);
      if (town) return town;
    }
    const fleeting = /^(.*[^аеиоуыэюя])([лнкцр])$/.exec(base);
    if (fleeting) for (const vowel of ["е", "о"]) if (listedTown(fleeting[1] + vowel + fleeting[2])) return listedTown(fleeting[1] + vowel + fleeting[2]);
  }
  return null;
}

/** A place name in the nominative from the form a case gives it; null when the rules cannot tell. */
export function placeNominative(word: string, c: Case): { name: string; sure: boolean } {
  const w = word;
  const l = w.toLowerCase();
  const cut = (n: number, add = "") => w.slice(0, w.length - n) + add;
  const stem = (n: number) => l.slice(0, l.length - n);
  const listed = c === "nom" ? null : listedTownOf(w);
  if (listed) return { name: listed, sure: true };
  switch (c) {
    case "nom":
      return { name: w, sure: true };
    case "acc":
      // «в Витебск», «посетила Борисов»: a masculine name is as in the nominative; «в Караганду» → «Караганда».
      if (/у$/.test(l) && consonant.test(stem(1))) return { name: cut(1, "а"), sure: true };
      if (/ю$/.test(l) && consonant.test(stem(1))) return { name: cut(1, "я"), sure: true };
      // «в Александрию» → «Александрия».
      if (/ию$/.test(l)) return { name: cut(1, "я"), sure: true };
      return { name: w, sure: true };
    case "loc":
      if (/ии$/.test(l)) return { name: cut(1, "я"), sure: true };
      // «в Костанае» → «Костанай».
      if (/[аоуя]е$/.test(l)) return { name: cut(1, "й"), sure: true };
      // A town's name rarely ends in a hard «л» but after «у» («Сарапул»): «в Гомеле» is «Гомель».
      if (/[^у]ле$/.test(l)) return { name: cut(1, "ь"), sure: false };
      // «в Ташкенте» → «Ташкент», but «в Караганде» is «Караганда»: the masculine reading, less sure.
      if (/е$/.test(l) && consonant.test(stem(1))) return { name: cut(1), sure: false };
      // «в Тюмени», «в Рязани»: a feminine name in «-ь».
      if (/[лмнр]и$/.test(l)) return { name: cut(1, "ь"), sure: false };
      // «в Кокшетау», «в Алматы»: names that do not decline.
      return { name: w, sure: !/и$/.test(l) };
    case "gen":
      if (/[аоуеи]я$/.test(l)) return { name: cut(1, "й"), sure: true };
      if (/ы$/.test(l)) return { name: cut(1, "а"), sure: true };
      if (/[кгхжшчщ]и$/.test(l)) return { name: cut(1, "а"), sure: true };
      if (/а$/.test(l) && consonant.test(stem(1))) return { name: cut(1), sure: true };
      // «из Ярославля» → «Ярославль», «из Рязани» → «Рязань».
      if (/я$/.test(l) && consonant.test(stem(1))) return { name: cut(1, "ь"), sure: false };
      if (/[лмнр]и$/.test(l)) return { name: cut(1, "ь"), sure: false };
      return { name: w, sure: !/[ия]$/.test(l) };
    case "ins":
      if (/[аоуя]ем$/.test(l)) return { name: cut(2, "й"), sure: true };
      if (/ом$/.test(l) && consonant.test(stem(2))) return { name: cut(2), sure: true };
      if (/ой$/.test(l)) return { name: cut(2, "а"), sure: true };
      return { name: w, sure: false };
    case "dat":
      if (/у$/.test(l) && consonant.test(stem(1))) return { name: cut(1), sure: false };
      return { name: w, sure: false };
  }
}

/** The case a word's own ending suggests, when no preposition tells. */
function caseFromEnding(l: string): Case | null {
  if (/(ом|ем|ой)$/.test(l)) return "ins";
  // «Великий Устюг, Тотьму и Сольвычегодск»: where a route or a visit goes, the accusative.
  if (/[бвгджзклмнпрстфхцчшщь][ую]$/.test(l)) return "acc";
  if (/е$/.test(l)) return "loc";
  if (/(а|ы)$/.test(l)) return "gen";
  return null;
}

export type PlaceContext = {
  /** Token indexes already taken by a known partner or a proposed one. */
  covered: Set<number>;
  /** Known partners found in the text (places among them anchor coordinated names). */
  known: PartnerHit[];
  /** Stems the text also writes in lower case: common nouns, not names. */
  lowerStems: Set<string>;
};

/** Whether a token may be a place name the gazetteer does not hold. */
function candidate(read: ReadText, t: Token | undefined, ctx: PlaceContext, c: Case | null = null, afterTownWord = false): t is Token {
  if (!t || !t.capital || t.upper || ctx.covered.has(t.index)) return false;
  // Three letters are enough after a preposition or «город» («в Уфе», «из Оша»); a bare word needs four.
  if (!/^[А-ЯЁ][а-яё]+(-[А-ЯЁа-яё][а-яё]+)*$/.test(t.text) || t.text.length < (c !== null || afterTownWord ? 3 : 4)) return false;
  if (t.quoted && quoteIsName(read, t)) return false;
  // In straight quotes too: «визит в "Агентство развития"» names a body, not a town «Агентство».
  if (t.quoted && !inQuotedSpeech(read, t.start)) return false;
  if (notPlaceStems.test(t.stem)) return false;
  // «из Костаная» ends like an adjective; after a cue that wants the genitive it is a name's «-ая».
  if (
    placeAdjectiveForm.test(t.lower) &&
    !(c === "gen" && /[аоуе]я$/.test(t.lower)) &&
    !(c === "loc" && looseLocative(read, t)) &&
    !listedTownStandingAlone(read, t)
  )
    return false;
  // «город Дархан»: after the word for a town a first name's form is the town's name.
  if (!afterTownWord && (isKnownFirstNameForm(t.text) || isPatronymic(t.text))) return false;
  // A word the text also writes in lower case is a common noun («Правительстве» / «правительства»).
  if (ctx.lowerStems.has(t.stem)) return false;
  // A capitalised word followed by a partner's name is a body of that partner («в Минюсте России»), not a town.
  const next = read.tokens[t.index + 1];
  if (next && next.sentence === t.sentence && !next.breakBefore && next.capital && ctx.covered.has(next.index)) return false;
  return true;
}

/**
 * «между Череповцом и Минском»: the instrumental of a listed town may end like an adjective («-ском», «-ным»); with no
 * noun of its own after it (an adjective would have one: «в Минском районе») it is the town.
 */
function listedTownStandingAlone(read: ReadText, t: Token): boolean {
  if (!listedTownOf(t.text)) return false;
  const next = read.tokens[t.index + 1];
  return !next || next.sentence !== t.sentence || next.breakBefore || next.capital || /^(и|а|или|в|во|на|с|со)$/.test(next.lower);
}

/**
 * «в Ханое», «в Токио»: after «в» a word in «-ое» is a town's locative, not a neuter adjective, when no noun of
 * its own follows (an adjective would have one: «в Вологодское отделение»).
 */
function looseLocative(read: ReadText, t: Token): boolean {
  if (!/ое$/.test(t.lower)) return false;
  const next = read.tokens[t.index + 1];
  return (
    !next ||
    next.sentence !== t.sentence ||
    next.breakBefore ||
    (!adjectiveEnding.test(next.lower) && !/^[а-яё]+(ие|ье|ство|ние|ение|тие)$/.test(next.lower) && !next.capital)
  );
}

/** A short quote is a name («хор «Северные голоса»»); a long one is direct speech, read like any text. */
function quoteIsName(read: ReadText, t: Token): boolean {
  if (inQuotedSpeech(read, t.start)) return false;
  const open = read.text.lastIndexOf("«", t.start);
  const close = read.text.indexOf("»", t.end);
  return open >= 0 && close >= 0 && close - open <= 80;
}

type PlaceFound = NewOrganisation & { sure: boolean; token: number };

/** Towns and cities the gazetteer does not hold, by the grammatical cues above and by coordination with a place. */
export function findNewPlaces(read: ReadText, ctx: PlaceContext): NewOrganisation[] {
  const tokens = read.tokens;
  const found = new Map<number, PlaceFound>();
  const take = (t: Token, c: Case, confidence: number) => {
    if (found.has(t.index)) return;
    const { name, sure } = placeNominative(t.text, c);
    found.set(t.index, {
      name,
      start: t.start,
      end: t.end,
      confidence: sure ? confidence : confidence - 0.15,
      quoted: "",
      level: "CITY",
      sure,
      token: t.index,
    });
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (prev.sentence !== t.sentence || (t.breakBefore && !/^(г)$/.test(prev.lower))) continue;
    // A capitalised preposition opens a sentence («В Уфе…»); inside one, «Во» is a name («Во Тхи Лан»).
    if (prev.capital && read.sentences[prev.sentence]?.first !== prev.index && /^(в|во|из)$/.test(prev.lower)) continue;
    const cue = placeCues.find(([re]) => re.test(prev.lower));
    // «в г. Мурманске», «из г. Оша»: the abbreviation is not declined; the preposition before it gives the case.
    const beforeTownWord = cue?.[1] === "same" ? tokens[i - 2] : undefined;
    const townWordCase = beforeTownWord && beforeTownWord.sentence === t.sentence ? placeCues.find(([re]) => re.test(beforeTownWord.lower))?.[1] : undefined;
    const caseAfterTownWord: Case | null = townWordCase === "loc" || townWordCase === "gen" ? townWordCase : null;
    if (!cue || !candidate(read, t, ctx, cue[1] === "same" ? caseAfterTownWord : cue[1], cue[1] === "same")) continue;
    let c: Case = cue[1] === "same" ? (caseAfterTownWord ?? "nom") : cue[1];
    // «в Витебск» (where to) and «в Витебске» (where): the locative ends in a vowel, the accusative of a masculine name does not.
    if (c === "loc" && !/[еиу]$/.test(t.lower)) c = "acc";
    if (c === "loc" && /у$/.test(t.lower) && consonant.test(t.lower.slice(0, -1))) c = "acc";
    take(t, c, 0.7);
  }
  // The stops of a quoted route («Великий Устюг — Котлас — Сольвычегодск») are places, named in the nominative.
  for (const { from, to } of routeStops(read)) {
    const words = tokens.slice(from, to + 1);
    if (words.some((t) => ctx.covered.has(t.index)) || notPlaceStems.test(words[0]!.stem) || found.has(from)) continue;
    const name = read.text.slice(words[0]!.start, words[words.length - 1]!.end);
    found.set(from, { name, start: words[0]!.start, end: words[words.length - 1]!.end, confidence: 0.6, quoted: "", level: "CITY", sure: true, token: from });
  }
  // Coordinated names share the case and the kind of the place next to them: «у Самарканда и
  // Вологды», «между Череповцом и Павлодаром», «Харбина и Муданьцзяна», «Костанай, Караганда».
  const placeAt = new Set<number>(found.keys());
  for (const h of ctx.known) if (h.partner.level === "CITY" && h.from === h.to) placeAt.add(h.from);
  // A town of two words («Великий Устюг») anchors a list after it by its last word.
  const listAnchors = new Set<number>(placeAt);
  for (const h of ctx.known) if (h.partner.level === "CITY" && h.to > h.from) listAnchors.add(h.to);
  for (const at of [...placeAt]) {
    const anchor = tokens[at]!;
    for (const dir of [-1, 1]) {
      const and = tokens[at + dir];
      const other = tokens[at + 2 * dir];
      if (!and || !other || and.lower !== "и" || other.sentence !== anchor.sentence) continue;
      // No comma or dash inside the pair: «X и Y».
      if (and.breakBefore || (dir === 1 ? other.breakBefore : anchor.breakBefore)) continue;
      if (!candidate(read, other, ctx) || found.has(other.index)) continue;
      const anchorCase = found.has(at) ? null : caseFromEnding(anchor.lower);
      take(other, anchorCase ?? caseFromEnding(other.lower) ?? "nom", 0.6);
    }
  }
  // A list after a place: «в Витебске, Полоцке и Орше» — names joined by commas and closed by «и» share its case and kind.
  for (const at of [...listAnchors]) {
    const anchor = tokens[at]!;
    const chain: Token[] = [];
    let closed = false;
    for (let k = at + 1; k < tokens.length && chain.length < 8; k++) {
      const t = tokens[k]!;
      if (t.sentence !== anchor.sentence) break;
      if (read.text.slice(tokens[k - 1]!.end, t.start).trim() === "," && candidate(read, t, ctx)) {
        chain.push(t);
        continue;
      }
      const other = tokens[k + 1];
      if (t.lower === "и" && !t.breakBefore && other && other.sentence === anchor.sentence && !other.breakBefore && candidate(read, other, ctx)) {
        chain.push(other);
        closed = true;
      }
      break;
    }
    if (!closed || chain.length < 2) continue;
    for (const other of chain) if (!found.has(other.index)) take(other, caseFromEnding(other.lower) ?? "nom", 0.6);
  }
  // One name, one proposal: a second form settles what one form left open («Караганды» makes «Караганде» feminine).
  // Every mention is returned (the caller proposes each name once), so that no mention of the town is read as
  // something else («председателя комитета города Хайфон Во Тхи Лан» is not a person «Хайфон Во»).
  const all = [...found.values()].sort((a, b) => a.start - b.start);
  const best = new Map<string, PlaceFound>();
  for (const p of all) {
    const key = p.name.toLowerCase();
    const current = best.get(key);
    if (!current || (!current.sure && p.sure)) best.set(key, p);
  }
  return all.map((p) => ({ ...p, confidence: best.get(p.name.toLowerCase())!.confidence }));
}

/** Kinds of organisation a proper name may be headed by: the noun's stem, its nominative and gender, and whether a genitive may follow («Центр поддержки экспорта»). */
const orgHeadNouns: Array<{ re: RegExp; nominative: string; gender: "m" | "f" | "n"; tail: boolean }> = [
  { re: /^университет/, nominative: "университет", gender: "m", tail: false },
  { re: /^институт/, nominative: "институт", gender: "m", tail: true },
  { re: /^колледж/, nominative: "колледж", gender: "m", tail: true },
  { re: /^техникум/, nominative: "техникум", gender: "m", tail: false },
  { re: /^центр(а|у|ом|е)?$/, nominative: "центр", gender: "m", tail: true },
  // «театр кукол», «театр оперы и балета».
  { re: /^театр/, nominative: "театр", gender: "m", tail: true },
  { re: /^музе[йяюе]|^музеем$/, nominative: "музей", gender: "m", tail: true },
  { re: /^союз(а|у|ом|е)?$/, nominative: "союз", gender: "m", tail: true },
  { re: /^фонд(а|у|ом|е)?$/, nominative: "фонд", gender: "m", tail: true },
  { re: /^банк(а|у|ом|е)?$/, nominative: "банк", gender: "m", tail: true },
  { re: /^завод/, nominative: "завод", gender: "m", tail: false },
  { re: /^комбинат/, nominative: "комбинат", gender: "m", tail: false },
  { re: /^академи/, nominative: "академия", gender: "f", tail: true },
  { re: /^филармони/, nominative: "филармония", gender: "f", tail: false },
  { re: /^консерватори/, nominative: "консерватория", gender: "f", tail: false },
  { re: /^палат/, nominative: "палата", gender: "f", tail: true },
  { re: /^ассоциаци/, nominative: "ассоциация", gender: "f", tail: true },
  { re: /^библиотек/, nominative: "библиотека", gender: "f", tail: false },
  { re: /^фабрик/, nominative: "фабрика", gender: "f", tail: false },
  { re: /^корпораци/, nominative: "корпорация", gender: "f", tail: false },
  { re: /^агентств/, nominative: "агентство", gender: "n", tail: true },
  { re: /^училищ/, nominative: "училище", gender: "n", tail: false },
];

/** Acronyms that are never an organisation's own name after an adjective. */
const notOrgAcronyms = /^(ОЭЗ|МИД|АПК|ЖКХ|ООН|СНГ|ЕАЭС|ВТО|ШОС|РФ|РК|РБ|КНР|США|ОАЭ|ТОО|АО|ООО|ПАО|ЗАО|ОАО|НДС|ВВП|ИП)$/;

/** Adjectives whose nominative ends in a stressed «-ой» («областной», «городской»), not «-ый/-ий». */
const stressedAdjectives = /^(областн|городск|краев|окружн|лесн|делов|миров|передов|основн|земск|морск|речн|молод|трудов)$/;

function adjectiveNominative(word: string, gender: "m" | "f" | "n"): string {
  const m = /^(.*?)(ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей)$/.exec(word);
  if (!m) return word;
  const stem = m[1]!;
  const lowerStem = stem.toLowerCase().split("-").pop()!;
  if (gender === "f") return stem + "ая";
  if (gender === "n") return stem + "ое";
  if (stressedAdjectives.test(lowerStem)) return stem + "ой";
  return stem + (/[кгхжшчщ]$/.test(lowerStem) ? "ий" : "ый");
}

function headNominative(t: Token, head: (typeof orgHeadNouns)[number]): string {
  const n = head.nominative;
  return t.capital ? n[0]!.toUpperCase() + n.slice(1) : n;
}

const looksLikeVerb = (t: Token) =>
  /(ал|ял|ил|ел|ул|ыл|ла|ли|ло|лся|лась|лись|ет|ит|ют|ят|ать|ить|еть|ться|ется|ится|ут|ат)$/.test(t.lower) && !adjectiveEnding.test(t.lower);
const functionWords = new Set([
  "и",
  "в",
  "во",
  "на",
  "с",
  "со",
  "по",
  "для",
  "к",
  "ко",
  "от",
  "из",
  "о",
  "об",
  "при",
  "за",
  "под",
  "над",
  "у",
  "а",
  "но",
  "или",
  "что",
  "как",
  "также",
  "между",
  "через",
  "после",
  "до",
]);

/** Whether a word is an adjective derived from a place name («Вологодский», «Казахская»). */
const placeAdjective = (t: Token, index: PartnerIndex) =>
  /(ск|цк)(ий|ая|ое|ого|ой|ому|ом|им|ую|ей|ие|их)$/.test(t.lower) ||
  index.adjectiveStems.some((a) => t.stem.startsWith(a.stem.slice(0, Math.max(4, a.stem.length - 1))));

/**
 * Organisations named as proper names without a legal form: [Capitalised adjective] [adjectives]
 * head [genitive words] [a place] [«имени» a name], or a capitalised head with its genitive
 * («Палата предпринимателей Северо-Казахстанской области»). Government bodies (министерство,
 * департамент, акимат…) are left out on purpose: releases name them as the partner's organs,
 * and the partner is the region or country.
 */
export function findNamedOrganisations(
  read: ReadText,
  index: PartnerIndex,
  ctx: PlaceContext,
  places: Array<{ start: number; end: number }>,
): NewOrganisation[] {
  const tokens = read.tokens;
  const found: NewOrganisation[] = [];
  const placeTokenEnd = new Map<number, number>();
  for (const h of ctx.known) if (h.partner.level !== "ORGANISATION") placeTokenEnd.set(h.from, h.to);
  for (const p of places) {
    const from = tokenFrom(read, p.start);
    let to = from;
    while (to + 1 < tokens.length && tokens[to + 1]!.end <= p.end) to++;
    if (tokens[from]?.start === p.start && tokens[to]!.end === p.end) placeTokenEnd.set(from, to);
  }
  const inShortQuote = (t: Token) => t.quoted && quoteIsName(read, t);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!first.capital || inShortQuote(first) || ctx.covered.has(i)) continue;
    const sentenceStart = read.sentences[first.sentence]!.first === i;
    // Adjectives, then the head noun.
    let k = i;
    const adjectives: Token[] = [];
    while (k < tokens.length && k - i < 6) {
      const t = tokens[k]!;
      if (t.sentence !== first.sentence || (k > i && t.breakBefore) || inShortQuote(t)) break;
      if (adjectiveEnding.test(t.lower) && !orgHeadNouns.some((h) => h.re.test(t.lower)) && !t.upper) {
        adjectives.push(t);
        k++;
      } else break;
    }
    const headToken = tokens[k];
    if (!headToken || headToken.sentence !== first.sentence || (k > i && headToken.breakBefore) || inShortQuote(headToken)) continue;
    // «Вологодская ГМХА»: a place adjective and an acronym.
    if (
      adjectives.length === 1 &&
      headToken.upper &&
      /^[А-ЯЁ]{3,6}$/.test(headToken.text) &&
      !notOrgAcronyms.test(headToken.text) &&
      placeAdjective(first, index) &&
      !ctx.covered.has(k)
    ) {
      found.push({ name: `${first.text} ${headToken.text}`, start: first.start, end: headToken.end, confidence: 0.6, quoted: "", level: "ORGANISATION" });
      i = k;
      continue;
    }
    const head = orgHeadNouns.find((h) => h.re.test(headToken.lower));
    if (!head) continue;
    // «Центр поддержки экспорта», «центр поддержки предпринимательства»: a region's public support body, which stands
    // for its territory as a ministry does, not a partner of its own.
    if (/^центр/.test(headToken.lower) && /^поддержк/.test(tokens[k + 1]?.lower ?? "")) continue;
    // A proper name: led by a capitalised adjective, or by a capitalised head not at the sentence's start.
    if (adjectives.length === 0 && (!headToken.capital || sentenceStart)) continue;
    if (adjectives.length > 0 && sentenceStart && !placeAdjective(first, index)) continue;
    if (adjectives.length > 0 && !first.capital) continue;
    // The tail: genitive words, a place, «имени И.О. Фамилия».
    let end = k;
    let tailWords = 0;
    let m = k + 1;
    let endsInPlace = false;
    while (m < tokens.length) {
      const t = tokens[m]!;
      if (t.sentence !== first.sentence || t.breakBefore || inShortQuote(t)) break;
      const placeEnd = placeTokenEnd.get(m);
      if (placeEnd !== undefined && head.tail) {
        end = placeEnd;
        endsInPlace = true;
        break;
      }
      if (t.lower === "имени" && tokens[m + 1]?.capital) {
        let n = m + 1;
        while (n < tokens.length && /^[А-ЯЁ]$/.test(tokens[n]!.text) && n - m < 4) n++;
        if (tokens[n]?.capital && tokens[n]!.sentence === first.sentence) end = n;
        break;
      }
      if (!head.tail || t.capital || functionWords.has(t.lower) || looksLikeVerb(t) || tailWords >= 3 || /^\d/.test(t.text)) break;
      tailWords++;
      end = m;
      m++;
    }
    if (adjectives.length === 0 && end === k) continue;
    if (adjectives.length === 0 && sentenceStart && !endsInPlace) continue;
    const words = [...adjectives.map((a) => adjectiveNominative(a.text, head.gender)), headNominative(headToken, head)];
    const tail = end > k ? read.text.slice(headToken.end, tokens[end]!.end).replace(/\s+/g, " ") : "";
    // «Вологодский областной театр кукол «Северная сказка»»: a quoted proper name right after is the body's own name.
    const quote = /^\s*«([^«»]{2,60})»/.exec(read.text.slice(tokens[end]!.end));
    const quotedName = quote && !endsInPlace ? quote[1]!.trim() : "";
    const nameEnd = quote && quotedName ? tokens[end]!.end + quote[0].length : tokens[end]!.end;
    found.push({
      name: `${words.join(" ")}${tail}${quotedName ? ` «${quotedName}»` : ""}`,
      start: first.start,
      end: nameEnd,
      confidence: 0.65,
      quoted: quotedName,
      level: "ORGANISATION",
    });
    if (quotedName) while (end + 1 < tokens.length && tokens[end + 1]!.start < nameEnd) end++;
    i = end;
  }
  return found;
}
