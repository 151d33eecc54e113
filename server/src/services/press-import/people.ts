// People in a release: a capitalised name of two or three words in any case, with the
// post written before it («Чрезвычайным и Полномочным Послом Республики Казахстан в
// Российской Федерации Нурланом Каримовым»). Matched to the gazetteer's people by the
// stems of the first name and surname; new people get their name in the nominative.
import type { TDraftPerson } from "@atlas/shared/press-import";
import type { GazetteerPerson, ImportGazetteer } from "./gazetteer.ts";
import { firstNameReadings, isChineseSurname, isKnownFirstNameForm, isPatronymic, nominativeName, surnameNominative } from "./names.ts";
import type { PartnerHit, PartnerIndex } from "./partners.ts";
import { formStems, inQuotedSpeech, spanOf, tokenFrom, type ReadText, type Token } from "./text.ts";

/** Words that head a post («посол», «губернатор», «заместитель»…), by stem prefix, with the nominative. */
const postHeads: Array<[RegExp, string]> = [
  [/^вице-губернатор/, "вице-губернатор"],
  [/^губернатор/, "губернатор"],
  [/^посл(а|у|ом)$|^посол$/, "посол"],
  [/^министр/, "министр"],
  [/^замминистр/, "замминистра"],
  [/^заместител/, "заместитель"],
  [/^аким$|^аким(а|у|ом|е)$/, "аким"],
  // Uzbekistan's head of a region or city.
  [/^хоким$|^хоким(а|у|ом|е)$/, "хоким"],
  // Tatarstan's head of the republic.
  [/^раис$|^раис(а|у|ом|е)$/, "раис"],
  [/^председател/, "председатель"],
  [/^сопредседател/, "сопредседатель"],
  [/^зампред/, "зампред"],
  [/^глав(а|ы|е|у|ой)$/, "глава"],
  [/^мэр/, "мэр"],
  [/^директор/, "директор"],
  [/^гендиректор/, "гендиректор"],
  [/^руководител/, "руководитель"],
  [/^начальник/, "начальник"],
  [/^президент/, "президент"],
  [/^вице-президент/, "вице-президент"],
  [/^вице-премьер/, "вице-премьер"],
  [/^премьер-министр/, "премьер-министр"],
  [/^генконсул/, "генконсул"],
  [/^консул/, "консул"],
  [/^советник/, "советник"],
  [/^посланник/, "посланник"],
  [/^помощник/, "помощник"],
  [/^секретар/, "секретарь"],
  [/^атташе$/, "атташе"],
  [/^представител/, "представитель"],
  [/^полпред/, "полпред"],
  [/^уполномоченн/, "уполномоченный"],
  [/^спикер/, "спикер"],
  [/^депутат/, "депутат"],
  [/^сенатор/, "сенатор"],
  [/^ректор/, "ректор"],
  [/^проректор/, "проректор"],
  [/^декан/, "декан"],
  [/^управляющ/, "управляющий"],
  [/^врио$/, "врио"],
  [/^основател/, "основатель"],
  [/^владел/, "владелец"],
  [/^эксперт/, "эксперт"],
  [/^специалист/, "специалист"],
  [/^вице-мэр/, "вице-мэр"],
];

/** Words that may stand before a post head and belong to it («Чрезвычайный и Полномочный», «первый»). */
const postModifiers =
  /^(чрезвычайн|полномочн|перв|генеральн|исполнительн|временно|исполняющ|обязанност|старш|главн|почетн|торгов|постоянн|заслуженн|вр[иi]о|и$)/;

/** Words inside a post: stop scanning backwards at these (a verb, a preposition that is not part of a post). */
const stopWords = new Set([
  "с",
  "со",
  "к",
  "ко",
  "от",
  "что",
  "который",
  "которая",
  "которые",
  "а",
  "но",
  "также",
  "как",
  "это",
  "при",
  "за",
  "после",
  "перед",
  "об",
  "о",
  "у",
  "из",
  "на",
]);
/** A month's name ends a post read backwards: «4 июня председатель облисполкома …» is a date, then the post. */
const monthWord = /^(январ|феврал|март|апрел|ма[йяе]$|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
// Past forms in «-ла/-ли/-ло» follow a vowel («подписали»); a noun's «-вли», «-мли» does not («торговли», «земли»).
// «дел» («министр иностранных дел», «внутренних дел») is a noun's genitive plural, not a past form like «пел».
const looksLikeVerb = (t: Token) =>
  !t.capital &&
  t.lower !== "дел" &&
  /(ал|ял|ил|ел|ул|ыл|[аяеиоуыё]л[аио]|лся|лась|лись|ет|ит|ют|ят|ать|ить|еть|ться|ется|ится|ут)$/.test(t.lower) &&
  !headOf(t);

/**
 * Whether an adjective before a post head stands in the head's case: «художественным руководителем» is one post,
 * but in «проекта, инициированного Президентом России» the genitive participle belongs to the noun before, not to
 * the instrumental head. Endings that several cases share («-ой») and heads whose case the ending does not tell agree.
 */
function agreesInCase(adjective: string, head: string): boolean {
  const adjectiveCase = /(ого|его)$/.test(adjective)
    ? "gen"
    : /(ому|ему)$/.test(adjective)
      ? "dat"
      : /(ым|им)$/.test(adjective)
        ? "ins"
        : /(ый|ий)$/.test(adjective)
          ? "nom"
          : null;
  const word = head.split("-")[0]!;
  // «глава», «судья» decline as feminine nouns: their «-а» is the nominative.
  if (/^(глав|судь)/.test(word)) return true;
  const headCase = /(ом|ем|ём)$/.test(word)
    ? "ins"
    : /[ая]$/.test(word)
      ? "gen"
      : /[ую]$/.test(word)
        ? "dat"
        : /[бвгджзклмнпрстфхцчшщь]$/.test(word)
          ? "nom"
          : null;
  return adjectiveCase === null || headCase === null || adjectiveCase === headCase;
}

function headOf(t: Token): string | null {
  for (const [re, nominative] of postHeads) if (re.test(t.lower)) return nominative;
  // «вице-министр», «вице-консул», «вице-спикер»: a deputy's title is «вице-» and any post head.
  const deputy = /^вице-(.+)$/.exec(t.lower);
  if (deputy) for (const [re, nominative] of postHeads) if (re.test(deputy[1]!)) return `вице-${nominative}`;
  return null;
}

/** A post head or modifier in the nominative, keeping the capital as written. */
function nominativeWord(t: Token): string {
  // A woman's title keeps its own word: «представительницы» → «представительница», not «представитель».
  const feminine = /^(представительниц|руководительниц|председательниц|заместительниц)(а|ы|е|у|ей)$/.exec(t.lower);
  let head = feminine ? `${feminine[1]}а` : headOf(t);
  // «Советником-посланником» → «Советник-посланник»: each part of a compound title is put in the nominative.
  if (!feminine && head && !head.includes("-") && t.lower.includes("-")) {
    head = t.lower
      .split("-")
      .map((part) => postHeads.find(([re]) => re.test(part))?.[1] ?? part)
      .join("-");
  }
  let n = head ?? t.text;
  if (!head) {
    const l = t.lower;
    if (/(ым|ого|ому|ом)$/.test(l) && l !== "и")
      n = l
        .replace(/(ым|ого|ому|ом)$/, "ый")
        .replace(/([кгхжшчщ])ый$/, "$1ий")
        .replace(/(н)ый$/, "$1ый");
    else n = t.text;
    // «исполняющим обязанности» → «исполняющий обязанности»: only the word's ending changes.
    if (/^временно$|^обязанности$|^и$/.test(l)) n = t.text;
    if (/^исполняющ/.test(l)) n = "исполняющий";
  }
  if (t.capital) return n[0]!.toUpperCase() + n.slice(1);
  return n;
}

export type PersonHit = {
  from: number;
  to: number;
  fullName: string;
  person: GazetteerPerson | null;
  post: string | null;
  postFrom: number | null;
  confidence: number;
};

type PersonIndex = Array<{ person: GazetteerPerson; first: Set<string>; last: Set<string> }>;

export function buildPersonIndex(gazetteer: ImportGazetteer): PersonIndex {
  return gazetteer.people.map((person) => {
    const words = person.fullName.split(/\s+/).filter(Boolean);
    // «Имя Фамилия» or «Имя Отчество Фамилия»: the first word and the last, in any case.
    return { person, first: formStems(words[0] ?? ""), last: formStems(words[words.length - 1] ?? "") };
  });
}

/** Legal forms and organisation nouns before a quoted name inside a post («директор ООО «Лес»», «компании «Лунцзян Мучан»»). */
const orgBeforeQuote =
  /^(тоо|ао|ооо|пао|зао|оао|нао|ано|гуп|муп|фгуп|ип|спк|компани|предприят|завод|комбинат|фабрик|холдинг|корпорац|групп|фирм|агрофирм|банк|фонд|ассоциац|хор|ансамбл|театр|музе)/;

/** Where the short quote a quoted token belongs to opens, as the index of its first token; -1 when it is not a short quoted name after an organisation word. */
function quotedNameStart(read: ReadText, i: number): number {
  const tokens = read.tokens;
  let k = i;
  while (k > 0 && tokens[k - 1]!.quoted && tokens[k - 1]!.sentence === tokens[i]!.sentence && i - k < 6) k--;
  const before = tokens[k - 1];
  if (!before || before.quoted || !orgBeforeQuote.test(before.lower) || i - k >= 6) return -1;
  return k;
}

/** The post written before a name that starts at token `at`, or null. */
function postBefore(read: ReadText, nameAt: number, taken: Set<number>): { text: string; from: number } | null {
  const tokens = read.tokens;
  const name = tokens[nameAt]!;
  // «вице-губернатором провинции Хэйлунцзян (КНР) Чжан Вэйдуном»: a short bracket between the post
  // and the name (the country, an abbreviation) explains the post; the post ends before it.
  const bracket = bracketBefore(read, nameAt);
  const at = bracket ?? nameAt;
  if (bracket === null && name.breakBefore) return null;
  let headAt = -1;
  // An enumeration inside a post: «министра инвестиций, промышленности и торговли» — a comma
  // before a lower-case word is crossed when an «и» closes the list before the name.
  const listCloses = (from: number) => {
    for (let k = from; k < at; k++) if (tokens[k]!.lower === "и" && !tokens[k]!.breakBefore) return true;
    return false;
  };
  for (let i = at - 1; i >= 0 && at - i <= 16; i--) {
    const t = tokens[i]!;
    if (t.sentence !== name.sentence || taken.has(i)) break;
    if (t.quoted && !inQuotedSpeech(read, t.start)) {
      // «генеральный директор ООО «Устьелесторг» Виталий Окунев»: a quoted name after a legal form belongs to the post.
      const open = quotedNameStart(read, i);
      if (open < 0) break;
      i = open;
      continue;
    }
    if (headOf(t)) {
      headAt = i;
      break;
    }
    // «руководитель хора «Млада» из Пловдива Стоян Петров»: where the body named by its quoted name comes from.
    const fromPlace = t.lower === "из" && !!tokens[i + 1]?.capital && !!tokens[i - 1]?.quoted && tokens[i - 1]!.sentence === name.sentence;
    if (!fromPlace && (stopWords.has(t.lower) || looksLikeVerb(t) || monthWord.test(t.lower))) break;
    // «имени Л.Н. Гумилёва»: the full stops of initials inside a post's body name break nothing.
    const afterInitial = isInitial(read, i) && read.text.slice(t.end, tokens[i + 1]!.start).trim() === ".";
    if (
      i < at - 1 &&
      !afterInitial &&
      tokens[i + 1]!.breakBefore &&
      !(tokens[i + 1]!.capital === false && read.text.slice(t.end, tokens[i + 1]!.start).trim() === "," && listCloses(i + 1))
    )
      break;
  }
  if (headAt < 0) return null;
  // A head governed by another: «председатель совета директоров», «заместитель руководителя
  // департамента» — over lower-case genitive words to the head that opens the chain.
  for (let guard = 0; guard < 3; guard++) {
    let next = -1;
    for (let i = headAt - 1; i >= 0 && headAt - i <= 3; i--) {
      const t = tokens[i]!;
      if (t.sentence !== name.sentence || taken.has(i) || tokens[i + 1]!.breakBefore || t.quoted) break;
      if (headOf(t)) {
        next = i;
        break;
      }
      if (t.capital || stopWords.has(t.lower) || t.lower === "и" || looksLikeVerb(t) || /(ый|ий|ой|ая|ое|ые|ие)$/.test(t.lower)) break;
    }
    if (next < 0) break;
    headAt = next;
  }
  // Extend back over heads and modifiers: «заместитель министра», «Чрезвычайный и Полномочный Посол».
  let from = headAt;
  for (let i = headAt - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.sentence !== name.sentence || tokens[i + 1]!.breakBefore || taken.has(i)) break;
    if (headOf(t) || (postModifiers.test(t.lower) && !(t.lower === "и" && !postModifiers.test(tokens[i - 1]?.lower ?? "")))) from = i;
    // A lower-case adjective right before the head is part of the post («художественный руководитель», «технический директор»).
    else if (
      i === from - 1 &&
      !t.capital &&
      /(ый|ий|ой|ым|им|ого|его|ому|ему)$/.test(t.lower) &&
      t.lower.length > 4 &&
      !stopWords.has(t.lower) &&
      agreesInCase(t.lower, tokens[from]!.lower)
    )
      from = i;
    else break;
  }
  if (tokens[from]!.lower === "и") from++;
  // The words up to the first head are put in the nominative («Чрезвычайным и Полномочным
  // Послом» → «Чрезвычайный и Полномочный Посол»); the rest stays as written («заместитель акима»).
  let firstHead = from;
  while (firstHead < headAt && !headOf(tokens[firstHead]!)) firstHead++;
  const parts: string[] = [];
  for (let i = from; i < at; i++) {
    const t = tokens[i]!;
    parts.push(i <= firstHead ? nominativeWord(t) : t.text);
  }
  // Keep the text's own spacing and hyphens between the words, and a quote the post's last word closes («ООО «Лес»»).
  let text = "";
  for (let i = from; i < at; i++) {
    if (i > from) text += read.text.slice(tokens[i - 1]!.end, tokens[i]!.start).replace(/\s+/g, " ");
    text += parts[i - from];
  }
  if (tokens[at - 1]!.quoted) text += /^[»"”]*/.exec(read.text.slice(tokens[at - 1]!.end, tokens[at]!.start))![0];
  return { text: text.trim(), from };
}

/**
 * The post written after a name and a comma, closing its clause: «Ерлан Серикович Жумабаев, первый
 * заместитель акима Павлодарской области.», «— рассказал Алексей Громов, генеральный директор АО «…».»
 * The post words are already in the nominative. Null when the words after the comma are no post.
 */
function postAfter(read: ReadText, nameTo: number): { text: string; from: number } | null {
  const tokens = read.tokens;
  const name = tokens[nameTo]!;
  const first = tokens[nameTo + 1];
  if (!first || first.sentence !== name.sentence || first.capital || read.text.slice(name.end, first.start).trim() !== ",") return null;
  // Modifiers («первый», «генеральный»), then the head, within the first three words.
  let k = nameTo + 1;
  while (k < tokens.length && k - nameTo <= 3 && !headOf(tokens[k]!) && (postModifiers.test(tokens[k]!.lower) || /(ый|ий|ой)$/.test(tokens[k]!.lower))) k++;
  const head = tokens[k];
  if (!head || head.sentence !== name.sentence || (head.breakBefore && k > nameTo + 1) || !headOf(head) || head.capital) return null;
  // To the clause's end: the sentence's end, a comma, a dash or a bracket.
  let to = k;
  while (to + 1 < tokens.length && to - k < 14) {
    const t = tokens[to + 1]!;
    if (t.sentence !== name.sentence || (t.breakBefore && !t.quoted) || looksLikeVerb(t) || stopWords.has(t.lower)) break;
    to++;
  }
  let text = read.text.slice(first.start, tokens[to]!.end);
  // A quoted name the post's last word opens is closed with it («АО «Сухонский молочный завод»»).
  const opened = (text.match(/«/g) ?? []).length - (text.match(/»/g) ?? []).length;
  if (opened > 0) text += "»".repeat(opened);
  return { text: text.replace(/\s+/g, " ").trim(), from: nameTo + 1 };
}

/** Where a short bracket right before the name at `nameAt` opens, as the index of its first token; null when there is none. */
function bracketBefore(read: ReadText, nameAt: number): number | null {
  const tokens = read.tokens;
  const name = tokens[nameAt]!;
  const previous = tokens[nameAt - 1];
  if (!previous || previous.sentence !== name.sentence || read.text.slice(previous.end, name.start).trim() !== ")") return null;
  for (let k = nameAt - 1; k >= Math.max(0, nameAt - 4); k--) {
    const t = tokens[k]!;
    if (t.sentence !== name.sentence) return null;
    const before = read.text.slice(tokens[k - 1]?.end ?? 0, t.start);
    if (before.includes("(")) return before.trim() === "(" && k > 0 ? k : null;
  }
  return null;
}

/** Whether an offset lies inside a long quote: direct speech, not a short quoted name. */
function inDirectSpeech(read: ReadText, offset: number): boolean {
  // Short speech in quotes too («Это наш первый контракт в Казахстане, и мы…»): see inQuotedSpeech.
  if (inQuotedSpeech(read, offset)) return true;
  const open = read.text.lastIndexOf("«", offset);
  if (open < 0 || read.text.lastIndexOf("»", offset) > open) return false;
  const close = read.text.indexOf("»", offset);
  return close < 0 || close - open > 80;
}

/** Capitalised nouns of official texts that are never a person's name: «заместителя Председателя Правительства … Максима Гордеева». */
const bodyNouns =
  /^(правительств|министерств|департамент|комитет|управлени|администрац|акимат|хокимият|посольств|консульств|генконсульств|совет|палат|дум|собрани|парламент|мажилис|сенат|облисполком|исполком|мэри)/;

/** Words that open a sentence capitalised and are never a name: «Также Сергей Иванов предложил…». */
const sentenceOpeners =
  /^(также|кроме|однако|поэтому|затем|потом|сегодня|вчера|завтра|накануне|ранее|теперь|тогда|кстати|напомним|итак|впрочем|именно|особенно|всего|более|менее|вместе|здесь|там)$/;

const capitalWord = (t: Token | undefined) =>
  !!t &&
  t.capital &&
  !t.upper &&
  !t.quoted &&
  !sentenceOpeners.test(t.lower) &&
  /^[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z]?[а-яёa-z]+)?$/.test(t.text) &&
  !headOf(t) &&
  !bodyNouns.test(t.lower);

/** Everyone named in the text, merged by person: a name's post from the mention that gives one. */
export function findPeople(
  read: ReadText,
  gazetteer: ImportGazetteer,
  personIndex: PersonIndex,
  partnerHits: PartnerHit[],
  partnerIndex: PartnerIndex,
  /** Every partner mention (known or proposed) with whether it is from elsewhere than home. */
  mentions: Array<{ start: number; end?: number; place?: boolean; foreign: boolean | null }> = [],
): TDraftPerson[] {
  const tokens = read.tokens;
  const partnerTokens = new Set<number>();
  for (const h of partnerHits) for (let i = h.from; i <= h.to; i++) partnerTokens.add(i);
  // A proposed place is no one's name either: «вице-губернатор провинции Шаньдун Ван Сюэмэй».
  for (const m of mentions) {
    if (!m.place || m.end === undefined) continue;
    for (const t of tokens.slice(tokenFrom(read, m.start))) {
      if (t.start >= m.end) break;
      partnerTokens.add(t.index);
    }
  }
  const hits: PersonHit[] = [];
  const taken = new Set<number>();
  // 1. Gazetteer people: first name and surname stems next to each other, either order, a patronymic allowed between.
  for (let i = 0; i < tokens.length - 1; i++) {
    const a = tokens[i]!;
    if (!a.capital || taken.has(i)) continue;
    for (const entry of personIndex) {
      const b = tokens[i + 1]!;
      const c = tokens[i + 2];
      let to = -1;
      if (entry.first.has(a.stem) && b.capital && entry.last.has(b.stem) && b.sentence === a.sentence) to = i + 1;
      else if (entry.last.has(a.stem) && b.capital && entry.first.has(b.stem) && b.sentence === a.sentence) to = c && isPatronymic(c.text) ? i + 2 : i + 1;
      else if (entry.first.has(a.stem) && isPatronymic(b.text) && c && entry.last.has(c.stem)) to = i + 2;
      if (to < 0) continue;
      const post = postBefore(read, i, taken);
      hits.push({ from: i, to, fullName: entry.person.fullName, person: entry.person, post: post?.text ?? null, postFrom: post?.from ?? null, confidence: 1 });
      for (let k = i; k <= to; k++) taken.add(k);
      break;
    }
  }
  // 2. New people: two or three capitalised words after a post, or starting with a known first name.
  // Inside quoted direct speech a name counts as anywhere else («…Провели встречу с губернатором Чжао Ганом»).
  const nameWord = (t: Token | undefined) => capitalWord(t) || (!!t && t.quoted && inQuotedSpeech(read, t.start) && capitalWord({ ...t, quoted: false }));
  for (let i = 0; i < tokens.length - 1; i++) {
    if (taken.has(i) || partnerTokens.has(i)) continue;
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (!nameWord(a) || !nameWord(b) || b!.sentence !== a.sentence || b!.breakBefore || partnerTokens.has(i + 1) || taken.has(i + 1)) continue;
    // «университета имени Л.Н. Гумилёва Гульнара Ахметова»: a surname after initials ends that name; the next name starts after it.
    if (isInitial(read, i - 1)) continue;
    const c = tokens[i + 2];
    const three =
      !!c && nameWord(c) && c.sentence === a.sentence && !c.breakBefore && !partnerTokens.has(i + 2) && (isPatronymic(c.text) || isPatronymic(b!.text));
    // «председатель комитета Чан Куок Бао», «заместитель министра Ле Тхи Тху Ха»: Vietnamese, Korean and Chinese names
    // are written in short syllables, three or four of them; after a post such a run is one name, as written.
    const syllables: Token[] = [a, b!];
    for (let k = i + 2; k < tokens.length && syllables.length < 4; k++) {
      const t = tokens[k]!;
      if (!capitalWord(t) || t.sentence !== a.sentence || t.breakBefore || partnerTokens.has(k) || taken.has(k)) break;
      syllables.push(t);
    }
    const syllableName = syllables.length >= 3 && syllables.every((w) => w.text.length <= 5 && !isKnownFirstNameForm(w.text) && !isPatronymic(w.text));
    const words = syllableName ? syllables : three ? [a, b!, c!] : [a, b!];
    const post = postBefore(read, i, taken) ?? postAfter(read, i + words.length - 1);
    if (syllableName && !post) continue;
    // A Chinese name is its surname and a given name: «Чжао Ган», «Си Цзиньпин».
    const chinese = !syllableName && words.length === 2 && isChineseSurname(a.text);
    const knownFirst = words.some((w) => isKnownFirstNameForm(w.text)) || chinese;
    // Neither a post nor a known first name: «Деда Мороза», «Русский Север» are not people.
    if (!post && !knownFirst) continue;
    // A known first name alone is not enough at the start of a sentence before a common word.
    if (!post && !chinese && !words.some((w) => firstNameReadings(w.text).length > 0 && words.some((x) => x !== w && /^[А-ЯЁ]/.test(x.text)))) continue;
    const { fullName, confidence } = syllableName
      ? { fullName: words.map((w) => w.text).join(" "), confidence: 0.7 }
      : nominativeName(words.map((w) => w.text));
    // A name the rules put back in the nominative may be a known person's after all.
    const knownPerson = gazetteer.people.find((p) => p.fullName.toLowerCase().replaceAll("ё", "е") === fullName.toLowerCase().replaceAll("ё", "е")) ?? null;
    if (knownPerson) {
      const post = postBefore(read, i, taken) ?? postAfter(read, i + words.length - 1);
      hits.push({
        from: i,
        to: i + words.length - 1,
        fullName: knownPerson.fullName,
        person: knownPerson,
        post: post?.text ?? null,
        postFrom: post?.from ?? null,
        confidence: 0.9,
      });
      for (let k = i; k < i + words.length; k++) taken.add(k);
      i += words.length - 1;
      continue;
    }
    hits.push({
      from: i,
      to: i + words.length - 1,
      fullName,
      person: null,
      post: post?.text ?? null,
      postFrom: post?.from ?? null,
      confidence: Math.min(confidence, post ? 0.85 : 0.6),
    });
    for (let k = i; k < i + words.length; k++) taken.add(k);
    i += words.length - 1;
  }
  // 3. Initials before a surname: «ректор университета М.С. Лукина», «(И.В. Сташков)». A gazetteer person
  // whose surname and first initial agree is that person; anyone else keeps the initials as written.
  for (let i = 0; i < tokens.length - 1; i++) {
    const initials: Token[] = [];
    let k = i;
    while (k < tokens.length && initials.length < 2 && isInitial(read, k)) initials.push(tokens[k++]!);
    const surname = tokens[k];
    if (!initials.length || taken.has(i) || partnerTokens.has(k) || !capitalWord(surname) || surname!.sentence !== tokens[i]!.sentence) continue;
    // «академия имени Н.В. Верещагина»: a name a body bears, not a person of the text.
    if ((tokens[i - 1] && isInitial(read, i - 1)) || /^(имени|им)$/.test(tokens[i - 1]?.lower ?? "")) continue;
    const known = personIndex.find((e) => e.last.has(surname!.stem) && e.person.fullName[0]!.toUpperCase() === initials[0]!.text);
    const post = postBefore(read, i, taken);
    hits.push({
      from: i,
      to: k,
      fullName: known ? known.person.fullName : `${initials.map((t) => `${t.text}.`).join("")} ${surnameNominative(surname!.text)}`,
      person: known?.person ?? null,
      post: post?.text ?? null,
      postFrom: post?.from ?? null,
      confidence: known ? 0.8 : post ? 0.75 : 0.6,
    });
    for (let x = i; x <= k; x++) taken.add(x);
    i = k;
  }
  hits.sort((x, y) => x.from - y.from);
  sharePluralPost(read, hits);
  // Merge mentions of one person: by gazetteer id, else by the nominative name.
  const merged = new Map<string, { hit: PersonHit; post: PersonHit | null }>();
  for (const hit of hits) {
    // «Ильдар Ринатович Хайруллин» and later «Ильдар Хайруллин» are one person: the key leaves the patronymic out.
    const key = hit.person ? `id:${hit.person.id}` : `name:${withoutPatronymic(hit.fullName).toLowerCase()}`;
    const entry = merged.get(key);
    if (!entry) merged.set(key, { hit, post: hit.post ? hit : null });
    else {
      if (!entry.post && hit.post) entry.post = hit;
      // The fullest form of the name the text gives («Ильдар Ринатович Хайруллин» over «Ильдар Хайруллин»).
      if (!entry.hit.person && hit.fullName.split(/\s+/).length > entry.hit.fullName.split(/\s+/).length) entry.hit = { ...entry.hit, fullName: hit.fullName };
    }
  }
  // «Наталья Игоревна» (an interview's address) is the «Наталья Игоревна Шилова» the text names in full.
  for (const [key, entry] of merged) {
    const words = entry.hit.fullName.split(/\s+/);
    if (entry.hit.person || words.length !== 2 || !isPatronymic(words[1]!)) continue;
    const prefix = `${entry.hit.fullName.toLowerCase()} `;
    const fuller = [...merged.values()].find((e) => e !== entry && e.hit.fullName.toLowerCase().startsWith(prefix));
    if (!fuller) continue;
    if (!fuller.post && entry.post) fuller.post = entry.post;
    merged.delete(key);
  }
  postsFromNextSentences(read, [...merged.values()], hits);
  const homeish = homeFamily(gazetteer, partnerIndex);
  return [...merged.values()].map(({ hit, post }) => {
    const withPost = post ?? hit;
    const postText = withPost.post;
    let side: "HOME" | "PARTNER" = hit.person?.side ?? "HOME";
    if (!hit.person) {
      // The side is the side of the body the post names: «председатель Минского облисполкома»,
      // «заместитель акима Северо-Казахстанской области» are the partner's officials; a post
      // naming the home region is home. A partner named in the post by name (known or
      // proposed), or by its adjective («Минского»); a foreign title (аким, хоким) is the partner's.
      const postStart = withPost.postFrom !== null ? read.tokens[withPost.postFrom]!.start : -1;
      const nameStart = read.tokens[withPost.from]!.start;
      // An envoy's post names the country that sends them, then the one they serve in («Посол РФ в КНР»): the side is the sender's.
      const hostAt = withPost.postFrom !== null ? envoyHostStart(read, withPost.postFrom, withPost.from) : null;
      const postEnd = hostAt ?? nameStart;
      const inPost =
        postText && withPost.postFrom !== null
          ? partnerHits.filter((h) => h.from >= withPost.postFrom! && h.to < withPost.from && read.tokens[h.from]!.start < postEnd)
          : [];
      const mentionsInPost = postText ? mentions.filter((m) => m.start >= postStart && m.start < postEnd) : [];
      const adjectivesInPost: boolean[] = [];
      if (postText && withPost.postFrom !== null) {
        for (let k = withPost.postFrom; k < withPost.from; k++) {
          const t = read.tokens[k]!;
          if (!t.capital || inPost.some((h) => k >= h.from && k <= h.to)) continue;
          const a = partnerIndex.adjectiveStems.find((x) => x.stem.length >= 4 && t.stem.startsWith(x.stem.slice(0, Math.max(4, x.stem.length - 1))));
          if (a) adjectivesInPost.push(!homeish.has(a.partner.id));
        }
      }
      // Titles and bodies the home region (a Russian one) does not have: an akim, a hokim, an oblispolkom.
      const cue = sideCue(read, withPost.postFrom ?? withPost.from, partnerIndex, homeish, mentions);
      const foreignTitle = postText !== null && /(^|\s)(аким|хоким|облисполком|горисполком|райисполком|исполнительн\S* комитет)/i.test(postText);
      // «губернатор нашего региона», «представитель нашей области»: the text's own «our» is home.
      const bare = postText !== null && !inPost.length && !mentionsInPost.length ? bareTitleSide(postText) : null;
      // The body a post belongs to is the first one it names, not a place after «в» where the post is held:
      // «Посол Российской Федерации в Республике Беларусь» is Russia's, «Генеральный консул Республики Индия в Санкт-Петербурге» India's.
      const heldIn = (start: number) => /^(в|во)$/.test(read.tokens[tokenFrom(read, start) - 1]?.lower ?? "");
      const ownBody = mentionsInPost
        .filter((m) => m.foreign !== null)
        .sort((x, y) => x.start - y.start)
        .find((m) => !heldIn(m.start));
      const heldElsewhere = mentionsInPost.some((m) => heldIn(m.start));
      const heldAt = mentionsInPost.filter((m) => heldIn(m.start) && m.foreign !== null);
      if (postText !== null && /(^|\s)наш(его|ей|им|ем|у|а)?\s/i.test(postText)) side = "HOME";
      else if (ownBody && heldElsewhere && !foreignTitle) side = ownBody.foreign ? "PARTNER" : "HOME";
      // «полномочный представитель губернатора в Республике Казахстан», «торговый представитель в …»: a post held in the other
      // side's territory, naming no body of its own, is the sending side's; one held at home is the other side's.
      else if (!ownBody && heldAt.length && !foreignTitle) side = heldAt.every((m) => m.foreign) ? "HOME" : "PARTNER";
      else if (inPost.some((h) => !homeish.has(h.partner.id)) || mentionsInPost.some((m) => m.foreign === true) || foreignTitle) side = "PARTNER";
      // The text's own «с армянской стороны — …» outweighs a home place guessed as a proposed town's parent.
      else if (cue !== null) side = cue;
      else if (inPost.length || mentionsInPost.some((m) => m.foreign === false)) side = "HOME";
      else if (adjectivesInPost.length) side = adjectivesInPost[0] ? "PARTNER" : "HOME";
      else if (bare) side = bare;
      else {
        // No partner in the post: the body named nearest before it in the sentence («делегация компании ТОО «…» во главе с генеральным директором …»).
        const at = read.tokens[withPost.postFrom ?? withPost.from]!;
        const sentence = read.sentences[at.sentence]!;
        // Not a place inside direct speech before the post («Это наш первый контракт в Казахстане», — отметил директор …);
        // and when the post names the person's own company, only a place: in «директор ТОО «…» X и директор АО «…» Y»
        // the first company says nothing of the second.
        const before = mentions
          .filter((m) => m.start >= sentence.start && m.start < at.start && !inDirectSpeech(read, m.start) && (!mentionsInPost.length || m.place))
          .sort((a, b) => b.start - a.start)[0];
        if (before?.foreign) side = "PARTNER";
      }
    }
    const spanFrom = withPost.postFrom ?? withPost.from;
    return {
      fullName: hit.fullName,
      personId: hit.person?.id ?? null,
      post: postText,
      recordedPost: hit.person?.post ?? null,
      organisation: hit.person?.organisation ?? null,
      side,
      span: spanOf(read, spanFrom, withPost.to),
      confidence: hit.confidence,
    } satisfies TDraftPerson;
  });
}

/**
 * The side a clause names before a person: «с армянской стороны — мэр …», «со стороны Татарстана — …»,
 * «от казахстанской стороны»; the nearest such cue before `at` in its sentence, null when there is none.
 */
function sideCue(
  read: ReadText,
  at: number,
  partnerIndex: PartnerIndex,
  homeish: Set<string>,
  mentions: Array<{ start: number; foreign: boolean | null }>,
): "HOME" | "PARTNER" | null {
  const tokens = read.tokens;
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k > 0 && tokens[k]!.sentence === sentence; k--) {
    if (!/^сторон(ы|е|у)$/.test(tokens[k]!.lower)) continue;
    const before = tokens[k - 1]!;
    const adjective =
      before.sentence === sentence
        ? partnerIndex.adjectiveStems.find((x) => x.stem.length >= 4 && before.stem.startsWith(x.stem.slice(0, Math.max(4, x.stem.length - 1))))
        : undefined;
    if (adjective) return homeish.has(adjective.partner.id) ? "HOME" : "PARTNER";
    if (/^(наш|российск)/.test(before.lower)) return "HOME";
    // Any other place's adjective («с армянской стороны»): the home side is named by its own or «нашей».
    if (/(ск|цк)(ой|ая|ую|ий|ого)$/.test(before.lower)) return "PARTNER";
    if (/^(со|с|от)$/.test(before.lower)) {
      const next = tokens[k + 1];
      const mention = next
        ? mentions.find((m) => m.start === next.start || (m.start <= next.start && next.start - m.start < 40 && tokenFrom(read, m.start) === k + 1))
        : undefined;
      if (mention && mention.foreign !== null) return mention.foreign ? "PARTNER" : "HOME";
    }
    return null;
  }
  return null;
}

/**
 * A post given in the sentence before or after a name without one: «Накануне в Вологде встретились
 * Иван Петров и посол … . В соцсетях губернатор назвал встречу тёплой» — the title alone («губернатор»,
 * «по словам губернатора Вологодской области») stands for the one person near it who has none. Taken
 * only when exactly one person without a post is named in the sentences around the title, and the title
 * is nobody else's (not written before another name).
 */
/**
 * A post in the plural before two names joined by «и» («губернаторы областей Иван Петров и Пётр Сидоров», «главы
 * городов …») is each one's post, in the singular: the head is put in the nominative singular already, and a
 * dependent genitive plural («областей», «регионов», «городов») becomes a genitive singular. The plural is told by
 * such a dependent, since «главы» alone may be the genitive singular («визит главы района»).
 */
function sharePluralPost(read: ReadText, hits: PersonHit[]): void {
  const tokens = read.tokens;
  for (let h = 0; h + 1 < hits.length; h++) {
    const first = hits[h]!;
    const second = hits[h + 1]!;
    if (!first.post || first.postFrom === null || second.post) continue;
    const and = tokens[first.to + 1];
    if (second.from !== first.to + 2 || and?.lower !== "и" || tokens[second.from]!.sentence !== tokens[first.from]!.sentence) continue;
    let headAt = first.postFrom;
    while (headAt < first.from && !headOf(tokens[headAt]!)) headAt++;
    const head = tokens[headAt];
    if (!head || headAt >= first.from || !/[ыи]$/.test(head.lower)) continue;
    // Every word between the head and the name is a genitive plural of a place word («регионов», «областей»).
    const dependents = tokens.slice(headAt + 1, first.from);
    if (!dependents.length || !dependents.every((t) => !t.capital && /(ов|ей)$/.test(t.lower))) continue;
    const singular = [nominativeWord(head), ...dependents.map((t) => t.lower.replace(/ов$/, "а").replace(/ей$/, "и"))].join(" ");
    first.post = singular;
    second.post = singular;
    second.postFrom = first.postFrom;
  }
}

function postsFromNextSentences(read: ReadText, people: Array<{ hit: PersonHit; post: PersonHit | null }>, hits: PersonHit[]): void {
  const tokens = read.tokens;
  const inPosts = new Set<number>();
  for (const h of hits) for (let k = h.postFrom ?? h.from; k <= h.to; k++) inPosts.add(k);
  const withoutPost = people.filter((p) => !p.post && !p.hit.person);
  for (const person of withoutPost) {
    const sentence = tokens[person.hit.from]!.sentence;
    const around = withoutPost.filter((p) => Math.abs(tokens[p.hit.from]!.sentence - sentence) <= 1);
    if (around.length !== 1) continue;
    for (const s of [sentence + 1, sentence - 1]) {
      const span = read.sentences[s];
      if (!span || span.last < span.first) continue;
      const found = loneTitle(read, span.first, span.last, inPosts);
      if (!found) continue;
      // The other person of the title's own sentence would be its holder.
      if (withoutPost.some((p) => p !== person && tokens[p.hit.from]!.sentence === s)) continue;
      person.post = { ...person.hit, post: found.text, postFrom: found.from };
      break;
    }
  }
}

/** A lower-case title in tokens [first, last] no name follows: its head in the nominative and the place words after it («губернатора Вологодской области» → «губернатор Вологодской области»). */
function loneTitle(read: ReadText, first: number, last: number, inPosts: Set<number>): { text: string; from: number } | null {
  const tokens = read.tokens;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (
      (t.capital && k !== first) ||
      inPosts.has(k) ||
      !/^(губернатор|глав|мэр|аким|посол|посл|министр|президент|председател|директор|генконсул|консул)/.test(t.lower)
    )
      continue;
    const head = headOf(t);
    if (!head) continue;
    let end = k;
    // The body governed by the title: capitalised genitive words («Вологодской области») up to a break.
    while (
      end + 1 <= last &&
      !tokens[end + 1]!.breakBefore &&
      (tokens[end + 1]!.capital || /^(области|края|региона|города|республики)$/.test(tokens[end + 1]!.lower))
    )
      end++;
    if (end > k && tokens[end]!.capital && capitalWord(tokens[end]) && !/(ой|ого|ых|ии|ы|а)$/.test(tokens[end]!.lower)) return null;
    const tail = end > k ? read.text.slice(t.end, tokens[end]!.end).replace(/\s+/g, " ") : "";
    return { text: `${head}${tail}`, from: k };
  }
  return null;
}

/** Heads of posts of those who represent one country or region in another: ambassadors, consuls, envoys. */
const envoyHead = /^(посол|посл(а|у|ом|е)$|генконсул|консул|генеральн|представител|полпред|торгпред|атташе)/;

/**
 * Where the host of an envoy's post begins: the «в»/«при» after the post's head («Посол РФ в КНР»,
 * «консул Великобритании в Санкт-Петербурге»), as a character offset; null when the post is no
 * envoy's, has no host, or names nothing before the host (the host is then all the post says).
 */
function envoyHostStart(read: ReadText, postFrom: number, nameAt: number): number | null {
  const tokens = read.tokens;
  let head = -1;
  for (let k = postFrom; k < nameAt; k++) if (envoyHead.test(tokens[k]!.lower)) head = head < 0 ? k : head;
  if (head < 0) return null;
  for (let k = head + 2; k < nameAt; k++)
    if (/^(в|во|при)$/.test(tokens[k]!.lower) && tokens.slice(head + 1, k).some((t) => t.capital)) return tokens[k]!.start;
  return null;
}

/**
 * The side a post that names no body tells by itself. A governor named without a region is the
 * release's own (a partner's governor is named with the province or region); an ambassador or a
 * consul named without a country is a foreign one (a Russian region has no envoys of its own).
 */
function bareTitleSide(post: string): "HOME" | "PARTNER" | null {
  const words = post.toLowerCase().replaceAll("ё", "е").split(/\s+/);
  if (words.length <= 3 && /^(врио\s+)?(губернатор|вице-губернатор)[а-я]*$/.test(words.join(" "))) return "HOME";
  if (words.length <= 3 && words.every((w) => /^(чрезвычайн|полномочн|генеральн|почетн|и$|посол|генконсул|консул)/.test(w))) return "PARTNER";
  // «представитель региона», «руководитель области»: the region a regional release names without a name is its own.
  if (words.length === 2 && /^(региона|области)$/.test(words[1]!)) return "HOME";
  return null;
}

/** Whether token `k` is an initial: one capital letter with a full stop right after it («М.» of «М.С. Лукина»). */
const isInitial = (read: ReadText, k: number) => {
  const t = read.tokens[k];
  return !!t && /^[А-ЯЁ]$/.test(t.text) && read.text[t.end] === ".";
};

/** A name without its patronymic, for telling mentions of one person apart from others'. */
const withoutPatronymic = (fullName: string) =>
  fullName
    .split(/\s+/)
    .filter((w, i, all) => !(all.length === 3 && i === 1 && isPatronymic(w)))
    .join(" ");

/** The home region, the partners above it (its country) and below it (its towns). */
function homeFamily(gazetteer: ImportGazetteer, index: PartnerIndex): Set<string> {
  const family = new Set<string>();
  for (const id of index.homeIds) {
    family.add(id);
    let parent = index.byId.get(id)?.parentId ?? null;
    while (parent && !family.has(parent)) {
      family.add(parent);
      parent = index.byId.get(parent)?.parentId ?? null;
    }
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of gazetteer.partners) {
      if (!family.has(p.id) && p.parentId && index.homeIds.has(p.parentId)) {
        family.add(p.id);
        grew = true;
      }
      if (!family.has(p.id) && p.parentId && family.has(p.parentId) && [...index.homeIds].some((h) => isBelow(p.parentId!, h, index))) {
        family.add(p.id);
        grew = true;
      }
    }
  }
  return family;
}

function isBelow(id: string, ancestor: string, index: PartnerIndex): boolean {
  let current: string | null = id;
  for (let guard = 0; current && guard < 20; guard++) {
    if (current === ancestor) return true;
    current = index.byId.get(current)?.parentId ?? null;
  }
  return false;
}

export { homeFamily };
