// The text as the extractor reads it: sentences and words with their character offsets,
// each word with its Snowball stem (shared/src/russian-text.ts, the same stems as
// PostgreSQL's `russian` configuration), so every rule matches word forms, not spellings.
import { stemOf as snowballStem } from "@atlas/shared/russian-text";
import type { TTextSpan } from "@atlas/shared/press-import";

export type Token = {
  /** The word as written. */
  text: string;
  /** Lower case, ё → е. */
  lower: string;
  stem: string;
  start: number;
  end: number;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** Its index in `tokens`. */
  index: number;
  /** Starts with an upper-case letter. */
  capital: boolean;
  /** Written all in capitals (РК, КНР, ОЭЗ). */
  upper: boolean;
  /** Inside «…» or "…". */
  quoted: boolean;
  /** Whether a comma, colon, bracket or dash stands between this word and the previous one. */
  breakBefore: boolean;
};

export type Sentence = { start: number; end: number; first: number; last: number };

export type ReadText = { text: string; tokens: Token[]; sentences: Sentence[] };

const wordPattern = /[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:[-‑][0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*/g;

export const normalizeWord = (word: string) => word.toLowerCase().replaceAll("ё", "е").replaceAll("‑", "-");

// Stems are a pure function of the word, and the same words recur in every release and in
// the gazetteer's name forms: a bounded memo keeps the stemmer off the hot path.
const stemMemo = new Map<string, string>();
/** The Snowball stem of a lower-case word (@atlas/shared/russian-text), memoised. */
export function stemOf(word: string): string {
  let stem = stemMemo.get(word);
  if (stem === undefined) {
    if (stemMemo.size > 100_000) stemMemo.clear();
    stem = snowballStem(word);
    stemMemo.set(word, stem);
  }
  return stem;
}

/** Abbreviations after which a full stop does not end the sentence. */
const abbreviations = new Set([
  "г",
  "гг",
  "обл",
  "им",
  "ул",
  "д",
  "т",
  "тыс",
  "млн",
  "млрд",
  "руб",
  "долл",
  "см",
  "стр",
  "т.е",
  "т.д",
  "т.п",
  "пр",
  "ст",
  "р",
  "с",
  "тел",
  "н",
  "вкл",
  "напр",
  "др",
  "проф",
  "акад",
  "чл",
  "корр",
  "рис",
  "табл",
  "гос",
  "зам",
  "пос",
  "дер",
  "р-н",
  "ген",
  "мин",
]);

/** Sentence spans: a full stop, ! or ? (or a line break) followed by a capital, a quote or a digit. */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      // A blank line or a line break after a finished sentence ends it; a wrapped line does not.
      const prev = text.slice(start, i).trimEnd();
      if (/\n\s*$/.test(text.slice(start, i)) || /[.!?…:»"]$/.test(prev) || text[i + 1] === "\n") {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    // Closing quotes and brackets belong to the sentence.
    let j = i + 1;
    while (j < text.length && /[.!?…»")]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k < text.length && !/[A-ZА-ЯЁ0-9«"(—–-]/.test(text[k]!)) continue;
    if (ch === ".") {
      const before = /([A-Za-zА-Яа-яЁё.-]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
      const word = normalizeWord(before);
      // An initial («Г. Филимонов», «Филимонов Г.Ю.») or an abbreviation («г. Вологда»).
      // Initials written together («Н.В. Верещагина») are initials too.
      if (/^([А-ЯЁA-Z]\.)*[А-ЯЁA-Z]$/.test(before) || abbreviations.has(word)) continue;
      // A number with a dot followed by a digit is a date or a decimal (handled by the "not whitespace" rule above).
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

/**
 * The words of a text. Pages copied from a site sometimes lose the space between two words
 * («провинции ШэньсиЧжао Ган»): a capital letter right after four or more lower-case Cyrillic
 * letters inside one word starts another word (a hyphenated or all-capital word is left whole).
 */
function* wordsOf(text: string): Generator<{ index: number; 0: string }> {
  for (const m of text.matchAll(wordPattern)) {
    const word = m[0];
    if (word.includes("-") || !/[а-яё]{4}[А-ЯЁ][а-яё]/.test(word)) {
      yield { index: m.index, 0: word };
      continue;
    }
    let from = 0;
    for (const glue of word.matchAll(/(?<=[а-яё]{4})(?=[А-ЯЁ][а-яё])/g)) {
      yield { index: m.index + from, 0: word.slice(from, glue.index) };
      from = glue.index;
    }
    yield { index: m.index + from, 0: word.slice(from) };
  }
}

export function readText(text: string): ReadText {
  const sentenceSpans = splitSentences(text);
  const sentences: Sentence[] = sentenceSpans.map((s) => ({ ...s, first: 0, last: -1 }));
  const tokens: Token[] = [];
  // Quote state: «…» nest («ТОО «Компания»»), straight quotes toggle.
  const quoteDepthAt = new Int16Array(text.length + 1);
  let depth = 0;
  let straightOpen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "«" || ch === "“" || ch === "„") depth++;
    else if ((ch === "»" || ch === "”") && depth > 0) depth--;
    else if (ch === '"') {
      straightOpen = !straightOpen;
      depth += straightOpen ? 1 : -1;
      if (depth < 0) depth = 0;
    }
    quoteDepthAt[i + 1] = depth;
  }
  let sentenceIndex = 0;
  let lastEnd = 0;
  for (const m of wordsOf(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (sentenceIndex < sentences.length - 1 && start >= sentences[sentenceIndex]!.end) sentenceIndex++;
    const word = m[0];
    const lower = normalizeWord(word);
    const between = text.slice(lastEnd, start);
    const token: Token = {
      text: word,
      lower,
      stem: stemOf(lower),
      start,
      end,
      sentence: sentenceIndex,
      index: tokens.length,
      capital: /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/.test(word),
      upper: word.length > 1 && /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9-]+$/.test(word) && /[A-ZА-ЯЁ]/.test(word),
      quoted: quoteDepthAt[start]! > 0,
      breakBefore: /[,;:()\[\]—–!?]|(^|\s)-(\s|$)|\.\s/.test(between) || /\.$/.test(between),
    };
    tokens.push(token);
    lastEnd = end;
  }
  // Each sentence's first and last token, in one pass (tokens are in sentence order).
  for (const sentence of sentences) {
    sentence.first = 0;
    sentence.last = -1;
  }
  for (let k = tokens.length - 1; k >= 0; k--) sentences[tokens[k]!.sentence]!.first = k;
  for (const t of tokens) sentences[t.sentence]!.last = t.index;
  return { text, tokens, sentences };
}

/**
 * Whether an offset lies inside a quote that is direct speech rather than a name: a quote longer
 * than 80 characters, or one with a sentence's punctuation in it (a comma, «!», «?», a full stop)
 * — "Великая песня, которую ценят и в Вологде…!" is speech however short; «Северсталь» is a name.
 * Straight quotes do not say which one opens, so they are paired in order from the text's start.
 */
export function inQuotedSpeech(read: ReadText, offset: number): boolean {
  const text = read.text;
  let open = -1;
  for (let k = text.indexOf('"'); k >= 0 && k < offset; k = text.indexOf('"', k + 1)) open = open < 0 ? k : -1;
  let close = open >= 0 ? text.indexOf('"', offset) : -1;
  const angled = text.lastIndexOf("«", offset);
  if (open < 0 && angled >= 0 && text.lastIndexOf("»", offset - 1) < angled) {
    open = angled;
    close = text.indexOf("»", offset);
  }
  if (open < 0) return false;
  if (close < 0 || close - open > 80) return true;
  return /[,!?]|\.(\s|$)/.test(text.slice(open + 1, close));
}

/** The span of tokens [from, to] (inclusive) within their sentence. */
export function spanOf(read: ReadText, from: number, to: number): TTextSpan {
  const a = read.tokens[from]!;
  const b = read.tokens[to]!;
  const sentence = read.sentences[a.sentence] ?? { start: a.start, end: b.end };
  return { sentence: { start: sentence.start, end: sentence.end }, match: { start: a.start, end: b.end } };
}

/** The span of a character range, with the sentence it falls in. */
export function spanOfChars(read: ReadText, start: number, end: number): TTextSpan {
  const sentence = read.sentences[sentenceAt(read, start)] ?? { start, end };
  return { sentence: { start: sentence.start, end: sentence.end }, match: { start, end } };
}

/** The sentence index a character offset falls in (-1 when between sentences). */
export function sentenceAt(read: ReadText, offset: number): number {
  // Binary search: sentences are in text order and do not overlap (a long text has thousands).
  const list = read.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The index of the first token starting at or after a character offset (tokens.length when none). */
export function tokenFrom(read: ReadText, offset: number): number {
  const list = read.tokens;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens of one sentence. */
export function tokensOf(read: ReadText, sentence: number): Token[] {
  const s = read.sentences[sentence];
  if (!s || s.last < s.first) return [];
  return read.tokens.slice(s.first, s.last + 1);
}

/** The stems of a name or phrase, in order (punctuation and quotes left out). */
export function stemsOf(phrase: string): string[] {
  return [...phrase.matchAll(wordPattern)].map((m) => stemOf(normalizeWord(m[0])));
}

const caseEndings = [
  "а",
  "у",
  "ом",
  "ем",
  "е",
  "ы",
  "и",
  "ой",
  "ей",
  "ую",
  "ю",
  "я",
  "ах",
  "ях",
  "ам",
  "ям",
  "ами",
  "ями",
  "ого",
  "его",
  "ому",
  "ему",
  "ым",
  "им",
  "ая",
  "яя",
  "ое",
  "ее",
  "ие",
  "ые",
  "ых",
  "их",
];

/**
 * The stems a name's word may take in any case. Snowball does not always give one stem to
 * every form of a proper name («Китай» → «кита», «Китая» → «кит»; «Казахстан» → «казахста»,
 * «Казахстане» → «казахстан»), so the forms are made from the nominative and stemmed.
 */
export function formStems(word: string): Set<string> {
  const w = normalizeWord(word);
  const memo = formMemo.get(w);
  if (memo) return memo;
  const stems = new Set<string>([stemOf(w)]);
  formMemo.set(w, stems);
  if (!/[а-я]/.test(w) || w.length < 3) return stems;
  const bases = new Set([w, w.replace(/[аяйьоеыи]$/, ""), w.replace(/(ая|яя|ий|ый|ой|ое|ее)$/, "")]);
  // The fleeting vowel of masculine nouns: «Череповец» → «Череповца», «Череповцом»; «Городок» →
  // «Городка»; «Камень» → «Камня». Every such form drops the last vowel before the final consonant.
  const fleeting = /^(.{2,}[^аеиоуыэюяй])(е|о)([цкнл]ь?)$/.exec(w);
  if (fleeting) bases.add(fleeting[1]! + fleeting[3]!.replace("ь", ""));
  for (const base of bases) {
    if (base.length < 2) continue;
    for (const e of caseEndings) stems.add(stemOf(base + e));
  }
  return stems;
}
const formMemo = new Map<string, Set<string>>();

/**
 * Token ranges of the stops of routes written as a quoted name: «Великий Устюг — Котлас —
 * Сольвычегодск», «Москва — Пекин». A short quote of two or more capitalised names joined by
 * dashes names places, though other quoted names (a company's, a festival's) name none.
 */
export function routeStops(read: ReadText): Array<{ from: number; to: number }> {
  const stops: Array<{ from: number; to: number }> = [];
  for (const m of read.text.matchAll(/«([^«»]{3,80})»/g)) {
    const parts = m[1]!.split(/\s+[—–-]\s+/);
    if (parts.length < 2 || !parts.every((p) => /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)?$/.test(p.trim()))) continue;
    const start = m.index! + 1;
    const end = start + m[1]!.length;
    let from = tokenFrom(read, start);
    for (let i = from; i < read.tokens.length && read.tokens[i]!.start < end; i++) {
      const next = read.tokens[i + 1];
      if (!next || next.start >= end || /[—–-]/.test(read.text.slice(read.tokens[i]!.end, next.start))) {
        stops.push({ from, to: i });
        from = i + 1;
      }
    }
  }
  return stops;
}
