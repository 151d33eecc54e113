// Date expressions of press releases, read into calendar days with a precision
// (shared/src/calendar-day.ts): «14 ноября 2024 года», «14.11.2024», «15–16 мая»,
// «в декабре», «в IV квартале», «в 2025 году», «накануне», «в следующем году».
// Relative ones count from the publication day. Never JavaScript Date parsing of text.
import { addDays, addMonths, dayParts, dayToUtcDate, isCalendarDay, makeDay, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";

export type FoundDate = { day: CalendarDay; precision: TDatePrecision; start: number; end: number; text: string; confidence: number; endDay?: CalendarDay };

/** Month stems: «ноября», «ноябре», «ноябрь» all start with «ноябр». */
const monthStems = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"] as const;

/** Genitive month names, as in «14 ноября». */
const monthGenitive = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
/** Prepositional month names, as in «в ноябре». */
const monthLocative = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре";

function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^ма[йяею]$/.test(w)) return 5;
  for (let i = 0; i < monthStems.length; i++) {
    if (i === 4) continue;
    if (w.startsWith(monthStems[i]!)) return i + 1;
  }
  return null;
}

const quarterWords: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  "1-м": 1,
  "2-м": 2,
  "3-м": 3,
  "4-м": 4,
  "1-й": 1,
  "2-й": 2,
  "3-й": 3,
  "4-й": 4,
  первом: 1,
  втором: 2,
  третьем: 3,
  четвертом: 4,
  четвёртом: 4,
  // «на первый квартал», «на III квартал»: the accusative after «на» names the same quarter.
  первый: 1,
  второй: 2,
  третий: 3,
  четвертый: 4,
  четвёртый: 4,
};

/** Any case of a month name («января», «январь», «январе», «январю»), for ranges and «к декабрю». */
const monthAnyCase = "(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|й|а|у)?";
/** Numbers of years written as words («семь лет назад»). */
const countWords: Record<string, number> = {
  два: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  пятнадцать: 15,
  двадцать: 20,
};

/** «года», «г.» after a year. */
const yearWord = "(?:\\s*(?:года|году|г\\.|г\\b))?";

/** Words that put a sentence in the future: a date without a year then means the next such date. */
const futureCue =
  /(договорил|решено|провести|направит|посетит|пригласил|состоит|пройд[её]т|будет|будут|планиру|запланирова|намечен|предстоящ|предстоит|ожида|откроется|начн[её]тся|состоятся|пройдут|примет участие|примут участие|намерен|в рамках подготовки|должн[аыо]?\s)/i;

/**
 * An instruction just before a date («поручено в сентябре организовать», «губернатор поручил в
 * марте провести»): what it orders is ahead. Only before the date: «по итогам встречи 2 марта
 * губернатор поручил …» dates the meeting, which is past.
 */
const instructedBefore = /(?:^|[^а-яё])(?:поручено|поручается|поручил[аи]?|потребовал[аи]?|необходимо|следует)\s[^.!?]{0,60}$/i;

/**
 * Words just before a date that face the future: a deadline («до 15 сентября», «к декабрю»,
 * «не позднее 1 марта») is the next such date, whatever the rest of the sentence says.
 */
const deadlineBefore = /(?:^|[^а-яё])(?:до|к|ко|не позднее|не позже)\s+$/i;

/**
 * The year of a day or month given without one. A release tells mostly of what has just
 * happened, so the year is the publication's; but a date that would then lie more than two
 * months after publication is read as the previous year's («25 декабря» in a January
 * release is last December). In a sentence about the future («состоится», «планируется»)
 * it is the next such date on or after publication instead.
 */
function yearFor(month: number, day: number | null, publishedOn: CalendarDay, future: boolean | "unless-past"): number {
  const pub = dayParts(publishedOn)!;
  if (future === true) {
    // A future event earlier in the year than publication is next year's («в марте» in a November release).
    const before = month < pub.month || (month === pub.month && day !== null && day < pub.day);
    return before ? pub.year + 1 : pub.year;
  }
  const ahead = makeDay(pub.year, month, Math.min(day ?? 1, 28)) > addMonths(publishedOn, 2);
  // A sentence with no verb in the past («В ноябре производители представят продукцию…») does not
  // tell of last year: a day well ahead is this year's.
  if (ahead && future === "unless-past") return pub.year;
  return ahead ? pub.year - 1 : pub.year;
}

/** A past-tense verb (or a short passive participle, «отгружено», «подписано»): the sentence tells of what has happened. */
const pastTense = /(?<![а-яё])[а-яё]{2,}(?:[аяеиоуыё]л(?:а|и|о)?(?:сь|ся)?|шл[аио](?:сь|ся)?|шел|гл[аио]|мог|[её]но|ано)(?![а-яё])/u;

/** Words in «-ла», «-ло», «-ли» that are no verbs: nouns («производители», «недели») and adverbs a sentence about the future may hold. */
const notVerbs =
  /(?<![а-яё])(?:[а-яе]+тели|недели|модели|цели|дела|дело|села|село|тело|тепло|тепла|около|мало|немало|начала|материала|капитала|школа|стола|сигнала|зала|канала|персонала|потенциала|филиала|журнала|генерала)(?![а-яё])/gu;

/** Whether a sentence holds a verb in the past tense (lower-case words only; names are left out). */
function tellsOfPast(sentence: string): boolean {
  const lowerWords = sentence.replace(/(?<![а-яёА-ЯЁ])[А-ЯЁ][а-яёА-ЯЁ-]*/gu, " ").replaceAll("ё", "е");
  return pastTense.test(lowerWords.replace(notVerbs, " "));
}

function safeDay(year: number, month: number, day: number): CalendarDay | null {
  const d = makeDay(year, month, day);
  return isCalendarDay(d) && dayParts(d) ? d : null;
}

/**
 * Every date expression in a text, earliest first, without overlaps. `sentenceOf` gives the
 * sentence around an offset, to tell a future sentence from a past one.
 */
export function findDates(text: string, publishedOn: CalendarDay, sentenceOf: (offset: number) => string = () => ""): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (
    m: RegExpMatchArray,
    offset: number,
    length: number,
    day: CalendarDay | null,
    precision: TDatePrecision,
    confidence: number,
    endDay?: CalendarDay | null,
  ) => {
    const start = m.index! + offset;
    const end = start + length;
    if (!day || !free(start, end)) return;
    taken.push([start, end]);
    found.push({ day, precision, start, end, text: text.slice(start, end), confidence, ...(endDay && endDay > day ? { endDay } : {}) });
  };
  const pub = dayParts(publishedOn)!;
  const yearOf = (g: string | undefined) => (g ? Number(g) : null);
  const future = (offset: number): boolean | "unless-past" =>
    deadlineBefore.test(text.slice(Math.max(0, offset - 14), offset)) ||
    instructedBefore.test(text.slice(Math.max(0, offset - 80), offset)) ||
    futureCue.test(sentenceOf(offset)) ||
    (sentenceOf(offset) !== "" && !tellsOfPast(sentenceOf(offset)) ? "unless-past" : false);
  /** The last day of a month. */
  const lastOfMonth = (year: number, month: number) => addDays(addMonths(makeDay(year, month, 1), 1), -1);
  /** A date followed by «№» is a document's («Федеральный закон от 4 января 1999 года № 4-ФЗ»), not a fact's. */
  const documentDate = (m: RegExpMatchArray) => /^\s*№/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4));

  // с 22 по 24 апреля; с 20 июня по 2 июля 2025 года; с 6 до 8 октября — the first day, and the last as the range's end.
  const fromTo = new RegExp(
    `(?<![а-яё])(?:с|со)\\s+(\\d{1,2})(?:\\s+(${monthGenitive}))?\\s+(?:по|до)\\s+(\\d{1,2})\\s+(${monthGenitive})(?:\\s+(\\d{4})${yearWord})?`,
    "giu",
  );
  for (const m of text.matchAll(fromTo)) {
    const lastMonth = monthOf(m[4]!)!;
    const firstMonth = m[2] ? monthOf(m[2])! : lastMonth;
    const dayNumber = Number(m[1]);
    const lastYear = yearOf(m[5]) ?? yearFor(lastMonth, Number(m[3]), publishedOn, future(m.index!));
    // «с 28 декабря по 3 января 2025 года»: the range starts the year before it ends.
    const firstYear = firstMonth > lastMonth ? lastYear - 1 : lastYear;
    const endDay = safeDay(lastYear, lastMonth, Number(m[3]));
    add(m, 0, m[0].length, safeDay(firstYear, firstMonth, dayNumber), "DAY", m[5] ? 1 : 0.9, endDay);
  }
  // с января по июнь 2025 года; с марта по май — the first month, and the last month's end.
  const monthRange = new RegExp(
    `(?<![а-яё])(?:с|со)\\s+(${monthGenitive})(?:\\s+(\\d{4})${yearWord})?\\s+(?:по|до)\\s+(${monthAnyCase})(?![а-яё])(?:\\s+(\\d{4})${yearWord})?`,
    "giu",
  );
  for (const m of text.matchAll(monthRange)) {
    const firstMonth = monthOf(m[1]!)!;
    const lastMonth = monthOf(m[3]!);
    if (!lastMonth) continue;
    const lastYear = yearOf(m[4]) ?? yearOf(m[2]) ?? yearFor(lastMonth, null, publishedOn, future(m.index!));
    const firstYear = yearOf(m[2]) ?? (firstMonth > lastMonth ? lastYear - 1 : lastYear);
    add(m, 0, m[0].length, safeDay(firstYear, firstMonth, 1), "MONTH", m[4] || m[2] ? 1 : 0.85, lastOfMonth(lastYear, lastMonth));
  }

  // «за январь–сентябрь текущего года», «в марте–мае 2025 года»: months joined by a dash are the first
  // month, with the last month's end; a year word or number after them is theirs.
  const dashedMonths = new RegExp(
    `(?<![а-яё])(${monthAnyCase})\\s*[-–—]\\s*(${monthAnyCase})(?![а-яё])(?:\\s+(?:(\\d{4})${yearWord}|(текущего|этого|прошлого|следующего|будущего)\\s+года))?`,
    "giu",
  );
  for (const m of text.matchAll(dashedMonths)) {
    const firstMonth = monthOf(m[1]!);
    const lastMonth = monthOf(m[2]!);
    if (!firstMonth || !lastMonth) continue;
    const relative = m[4]?.toLowerCase();
    const lastYear =
      yearOf(m[3]) ??
      (relative === "прошлого"
        ? pub.year - 1
        : relative === "следующего" || relative === "будущего"
          ? pub.year + 1
          : relative
            ? pub.year
            : yearFor(lastMonth, null, publishedOn, future(m.index!)));
    const firstYear = firstMonth > lastMonth ? lastYear - 1 : lastYear;
    add(m, 0, m[0].length, safeDay(firstYear, firstMonth, 1), "MONTH", m[3] || relative ? 1 : 0.85, lastOfMonth(lastYear, lastMonth));
  }
  // 15–16 мая 2025 года; 30 ноября – 2 декабря
  const range = new RegExp(
    `(?<![\\d.])(\\d{1,2})(?:\\s*(${monthGenitive}))?\\s*[-–—]\\s*(\\d{1,2})\\s+(${monthGenitive})(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.|г\\b))?)?`,
    "giu",
  );
  for (const m of text.matchAll(range)) {
    const month = monthOf(m[2] ?? m[4]!)!;
    const dayNumber = Number(m[1]);
    const year = yearOf(m[5]) ?? yearFor(month, dayNumber, publishedOn, future(m.index!));
    const lastMonth = monthOf(m[4]!)!;
    add(m, 0, m[0].length, safeDay(month > lastMonth ? year - 1 : year, month, dayNumber), "DAY", m[5] ? 1 : 0.9, safeDay(year, lastMonth, Number(m[3])));
  }
  // 14 ноября 2024 года; 14 ноября
  const full = new RegExp(`(?<![\\d.])(\\d{1,2})\\s+(${monthGenitive})(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.|г\\b))?)?`, "giu");
  for (const m of text.matchAll(full)) {
    if (documentDate(m)) continue;
    const month = monthOf(m[2]!)!;
    const dayNumber = Number(m[1]);
    const year = yearOf(m[3]) ?? yearFor(month, dayNumber, publishedOn, future(m.index!));
    add(m, 0, m[0].length, safeDay(year, month, dayNumber), "DAY", m[3] ? 1 : 0.9);
  }
  // 14.11.2024
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g)) {
    add(m, 0, m[0].length, safeDay(Number(m[3]), Number(m[2]), Number(m[1])), "DAY", 1);
  }
  // в начале / в конце / в середине декабря (2024 года): a part of a month has no precision of its own,
  // so the month's first day, APPROXIMATE (as «в конце года» is).
  const partOfMonth = new RegExp(
    `(?:в\\s+)?(?:начале|конце|середине|первой половине|второй половине)\\s+(${monthGenitive})(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.|г\\b))?)?`,
    "giu",
  );
  for (const m of text.matchAll(partOfMonth)) {
    const month = monthOf(m[1]!)!;
    const year = yearOf(m[2]) ?? yearFor(month, null, publishedOn, future(m.index!));
    add(m, 0, m[0].length, safeDay(year, month, 1), "APPROXIMATE", 0.7);
  }
  // в декабре (2024 года); в декабре прошлого/этого года
  const inMonth = new RegExp(
    `(?<![а-яё])(?:в|во)\\s+(${monthLocative})(?:\\s+(?:(\\d{4})(?:\\s*(?:года|г\\.|г\\b))?|(текущего|этого|прошлого|следующего|будущего)\\s+года))?`,
    "giu",
  );
  for (const m of text.matchAll(inMonth)) {
    const month = monthOf(m[1]!)!;
    const relative = m[3]?.toLowerCase();
    const year =
      yearOf(m[2]) ??
      (relative === "прошлого"
        ? pub.year - 1
        : relative === "следующего" || relative === "будущего"
          ? pub.year + 1
          : relative
            ? pub.year
            : yearFor(month, null, publishedOn, future(m.index!)));
    add(m, 0, m[0].length, safeDay(year, month, 1), "MONTH", m[2] || relative ? 1 : 0.85);
  }
  // «на май 2026 года», «запланирован на сентябрь 2025 г.»: a month in any case with its year, no day before it.
  const monthOfYear = new RegExp(`(?<![а-яё]|\\d\\s{1,3})(${monthAnyCase})(?![а-яё])\\s+(\\d{4})\\s*(?:года|году|г\\.|г\\b)`, "giu");
  for (const m of text.matchAll(monthOfYear)) {
    const month = monthOf(m[1]!);
    if (month) add(m, 0, m[0].length, safeDay(Number(m[2]), month, 1), "MONTH", 1);
  }
  // в IV квартале (2025 года), в четвёртом квартале, в 4-м квартале
  const quarter =
    /(?<![а-яё])(?:в|во|на)\s+(IV|III|II|I|[1-4](?:-[мй])?|первом|втором|третьем|четв[её]ртом|первый|второй|третий|четв[её]ртый)\s+квартал[еа]?(?![а-яё])(?:\s+(?:(\d{4})(?:\s*(?:года|г\.|г\b))?|(текущего|этого|прошлого|следующего|будущего)\s+года))?/giu;
  for (const m of text.matchAll(quarter)) {
    const q = quarterWords[m[1]!.toLowerCase()]!;
    const relative = m[3]?.toLowerCase();
    let year = yearOf(m[2]);
    if (year === null) {
      if (relative === "прошлого") year = pub.year - 1;
      else if (relative === "следующего" || relative === "будущего") year = pub.year + 1;
      else if (relative) year = pub.year;
      // A quarter without a year: this year's, or next year's when it is already over and the sentence speaks of the future.
      else year = future(m.index!) === true && q * 3 < pub.month ? pub.year + 1 : pub.year;
    }
    add(m, 0, m[0].length, safeDay(year, (q - 1) * 3 + 1, 1), "QUARTER", m[2] || relative ? 1 : 0.85);
  }
  // Periods of reported figures, as real releases write them. «За весь 2024 год»: the year. «С начала 2025
  // года», «с начала текущего года»: the year counted from. «За восемь месяцев 2025 года»: a part of a year
  // with no precision of its own — its first day, APPROXIMATE (as «в начале года» is); «аналогичный период
  // прошлого года» is a comparison, not a date. «С января текущего года»: the month counted from («с … по …»
  // is a range, read above).
  const yearNamed = (digits: string | undefined, relative: string | undefined) =>
    yearOf(digits) ?? (/^(прошлого|минувшего)$/i.test(relative ?? "") ? pub.year - 1 : pub.year);
  const ofYear = "(?:(\\d{4})\\s*(?:года|г\\.)|(текущего|этого|нынешнего|прошлого|минувшего)\\s+года)(?![а-яё])";
  for (const m of text.matchAll(/(?<![а-яё])(?:за|в)\s+(?:весь\s+)?(\d{4})\s*год(?![а-яё])/giu))
    add(m, 0, m[0].length, safeDay(Number(m[1]), 1, 1), "YEAR", 0.9);
  for (const m of text.matchAll(new RegExp(`(?<![а-яё])с\\s+начала\\s+${ofYear}`, "giu")))
    add(m, 0, m[0].length, safeDay(yearNamed(m[1], m[2]), 1, 1), "YEAR", 0.9);
  const monthsCount =
    "(?:\\d{1,2}|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|одиннадцати|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать)";
  const partOfYearCounted = new RegExp(`(?<![а-яё])(?:за|в\\s+течение)\\s+(?:первые\\s+)?${monthsCount}\\s+месяц(?:а|ев)\\s+${ofYear}`, "giu");
  for (const m of text.matchAll(partOfYearCounted)) add(m, 0, m[0].length, safeDay(yearNamed(m[1], m[2]), 1, 1), "APPROXIMATE", 0.8);
  const fromMonth = new RegExp(`(?<![а-яё])(?:с|со|начиная\\s+с)\\s+(${monthGenitive})(?![а-яё])(?:\\s+${ofYear})?`, "giu");
  for (const m of text.matchAll(fromMonth)) {
    if (/^\s+по\s/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 5))) continue;
    const month = monthOf(m[1]!)!;
    const year = m[2] || m[3] ? yearNamed(m[2], m[3]) : yearFor(month, null, publishedOn, future(m.index!));
    add(m, 0, m[0].length, safeDay(year, month, 1), "MONTH", m[2] || m[3] ? 0.9 : 0.8);
  }
  // More periods of reported figures. «С начала года» without a year word: the publication's year, as «с начала
  // текущего года». «С начала января (2026 года)»: the month counted from, as «с января». «За три квартала
  // прошлого года»: a part of a year with no precision of its own, its first day, APPROXIMATE (as «за восемь месяцев»).
  for (const m of text.matchAll(/(?<![а-яё])с\s+начала\s+года(?![а-яё])/giu)) add(m, 0, m[0].length, safeDay(pub.year, 1, 1), "YEAR", 0.8);
  const fromMonthStart = new RegExp(`(?<![а-яё])с\\s+начала\\s+(${monthGenitive})(?![а-яё])(?:\\s+${ofYear})?`, "giu");
  for (const m of text.matchAll(fromMonthStart)) {
    const month = monthOf(m[1]!)!;
    const year = m[2] || m[3] ? yearNamed(m[2], m[3]) : yearFor(month, null, publishedOn, future(m.index!));
    add(m, 0, m[0].length, safeDay(year, month, 1), "MONTH", m[2] || m[3] ? 0.9 : 0.8);
  }
  const quartersCount = "(?:два|три|двух|тр[её]х|2|3|2-х|3-х)";
  const quartersOfYear = new RegExp(`(?<![а-яё])(?:за|в\\s+течение)\\s+(?:первые\\s+)?${quartersCount}\\s+квартал(?:а|ов)\\s+${ofYear}`, "giu");
  for (const m of text.matchAll(quartersOfYear)) add(m, 0, m[0].length, safeDay(yearNamed(m[1], m[2]), 1, 1), "APPROXIMATE", 0.8);
  // «за 2024-й», «в 2026-м», «с 2019-го»: a year written with its ending alone, no «год» after it.
  for (const m of text.matchAll(/(?<![а-яё])(?:за|в|во|с|со|к|по итогам)\s+(\d{4})-(?:й|м|го|му)(?![а-яё])/giu)) {
    const year = Number(m[1]);
    if (year >= 1990 && year <= pub.year + 10) add(m, 0, m[0].length, safeDay(year, 1, 1), "YEAR", 0.8);
  }
  // «по сравнению с 2012 годом», «в сравнении с 2019 годом»: a calendar year named as the base of a comparison is a
  // year the text names, YEAR (unlike «аналогичный период», which names no period of its own; see below).
  for (const m of text.matchAll(/(?<![а-яё])(?:по\s+сравнению|в\s+сравнении)\s+с(?:о)?\s+(\d{4})\s*(?:годом|г\.)/giu)) {
    const year = Number(m[1]);
    if (year >= 1990 && year <= pub.year) add(m, 0, m[0].length, safeDay(year, 1, 1), "YEAR", 0.8);
  }
  // «до 2028 года»: the year a term runs to. «До конца января»: the month of a deadline, the next such month.
  for (const m of text.matchAll(/(?<![а-яё])до\s+(\d{4})\s*(?:года|г\.)/giu)) add(m, 0, m[0].length, safeDay(Number(m[1]), 1, 1), "YEAR", 0.9);
  for (const m of text.matchAll(new RegExp(`(?<![а-яё])до\\s+конца\\s+(${monthGenitive})(?![а-яё])(?:\\s+(\\d{4})\\s*(?:года|г\\.))?`, "giu"))) {
    const month = monthOf(m[1]!)!;
    add(m, 0, m[0].length, safeDay(yearOf(m[2]) ?? yearFor(month, null, publishedOn, true), month, 1), "MONTH", 0.85);
  }
  // «на днях»: a few days before the release, no day of its own — the publication day, APPROXIMATE.
  for (const m of text.matchAll(/(?<![а-яё])на\s+днях(?![а-яё])/giu)) add(m, 0, m[0].length, publishedOn, "APPROXIMATE", 0.7);
  // «семь лет назад», «5 лет назад»: the year that many years before the release.
  const yearsAgo = new RegExp(`(?<![а-яё])(\\d{1,2}|${Object.keys(countWords).join("|")})\\s+(?:год|года|лет)\\s+назад(?![а-яё])`, "giu");
  for (const m of text.matchAll(yearsAgo)) {
    const count = /^\d/.test(m[1]!) ? Number(m[1]) : countWords[m[1]!.toLowerCase()]!;
    add(m, 0, m[0].length, safeDay(pub.year - count, 1, 1), "YEAR", 0.8);
  }
  // в 2025 году; в 2025 г.; до конца 2025 года; по итогам 2024 года; с 2019 года (the year)
  for (const m of text.matchAll(/(?<![а-яё])(?:в|во|до конца|к концу|в течение|по итогам|за|с|со|начиная с)\s+(\d{4})\s*(?:году|года|г\.|г\b)/giu)) {
    add(m, 0, m[0].length, safeDay(Number(m[1]), 1, 1), "YEAR", 1);
  }
  // «подписали план мероприятий на 2027–2029 годы»: the period of a document signed or approved is a date, its first
  // year, YEAR — the signing put it in force. A plan still to be drawn up («договорились подготовить план … на
  // 2025–2026 годы») has only a term, and a bare «на 2025–2026 годы» dates nothing.
  for (const m of text.matchAll(/(?<![а-яё])(?:на|в|во|за|с|со)\s+(\d{4})\s*[-–—]\s*(\d{4})\s*(?:годы|годов|годах|годам|гг\.|гг\b|г\.г\.)/giu)) {
    const before = text
      .slice(Math.max(0, m.index! - 200), m.index!)
      .split(/[.!?\n]/)
      .pop()!;
    const ofDocument = /(план|программ|соглашени|стратеги|дорожн\S* карт|меморандум|договор|концепци|протокол|мероприяти)[а-яё]*[^.!?]*$/iu.test(before);
    // «будет утверждён» is a plan not yet in force.
    const signed = /(?<![а-яё])(?<!(?:будет|будут|не)\s)(подписан[аоы]?|подписали|подписал[аи]?|утвержд[её]н[аоы]?|утвердил[аи]?)(?![а-яё])/iu.test(
      sentenceOf(m.index!) || before,
    );
    if (ofDocument && signed && Number(m[2]) > Number(m[1])) add(m, 0, m[0].length, safeDay(Number(m[1]), 1, 1), "YEAR", 0.9, safeDay(Number(m[2]), 12, 31));
  }
  // «по итогам прошлого года», «за прошлый год», «с начала текущего года»: a figure's period named relative to publication, YEAR.
  for (const m of text.matchAll(
    /(?<![а-яё])(?:(?:по итогам|за|в течение|с начала|по результатам)\s+(прошлого|минувшего|позапрошлого|текущего|этого|нынешнего|уходящего)\s+года|за\s+(прошлый|минувший|позапрошлый|текущий|этот|нынешний|уходящий)\s+год)(?![а-яё])/giu,
  )) {
    const w = (m[1] ?? m[2]!).toLowerCase();
    const shift = /^позапрошл/.test(w) ? -2 : /^(прошл|минувш)/.test(w) ? -1 : 0;
    add(m, 0, m[0].length, safeDay(pub.year + shift, 1, 1), "YEAR", 0.9);
  }
  // во втором полугодии (2025 года), в первом полугодии следующего года: a half-year has no
  // precision of its own, so its first day, APPROXIMATE (as a week is its Monday).
  const halfYear =
    /(?<![а-яё])(?:в|во|на)\s+(первом|втором|первое|второе|1-м|2-м|I|II)\s+полугоди[еи](?![а-яё])(?:\s+(?:(\d{4})(?:\s*(?:года|г\.|г\b))?|(текущего|этого|прошлого|следующего|будущего)\s+года))?/giu;
  for (const m of text.matchAll(halfYear)) {
    const second = /^(втор|2|ii$)/i.test(m[1]!);
    const relative = m[3]?.toLowerCase();
    let year = yearOf(m[2]);
    if (year === null) {
      if (relative === "прошлого") year = pub.year - 1;
      else if (relative === "следующего" || relative === "будущего") year = pub.year + 1;
      // Without a year: this year's, or next year's when that half is over and the sentence faces the future.
      else year = !relative && future(m.index!) === true && !second && pub.month > 6 ? pub.year + 1 : pub.year;
    }
    add(m, 0, m[0].length, safeDay(year, second ? 7 : 1, 1), "APPROXIMATE", m[2] || relative ? 0.8 : 0.7, lastOfMonth(year, second ? 12 : 6));
  }
  // по итогам / за / в течение первого полугодия (2025 года): the half-year in the genitive, read as above.
  const halfYearGenitive =
    /(?<![а-яё])(?:по итогам|за|в течение|с начала)\s+(первого|второго|первое|второе|1-го|2-го)\s+полугоди[ея](?![а-яё])(?:\s+(?:(\d{4})(?:\s*(?:года|г\.|г\b))?|(текущего|этого|прошлого)\s+года))?/giu;
  for (const m of text.matchAll(halfYearGenitive)) {
    const second = /^(втор|2)/i.test(m[1]!);
    const relative = m[3]?.toLowerCase();
    // A half-year reported on is over: without a year, the last one that ended by publication.
    const lastEnded = second || pub.month <= 6 ? pub.year - 1 : pub.year;
    const year = yearOf(m[2]) ?? (relative === "прошлого" ? pub.year - 1 : relative ? pub.year : lastEnded);
    add(m, 0, m[0].length, safeDay(year, second ? 7 : 1, 1), "APPROXIMATE", m[2] || relative ? 0.8 : 0.7, lastOfMonth(year, second ? 12 : 6));
  }
  // весной, летом (этого / прошлого / 2025 года): a season has no precision of its own, so its
  // first month's first day, APPROXIMATE. Only the instrumental «когда»: «за лето», «к зиме» are spans and deadlines.
  const season =
    /(?<![а-яё])(весной|летом|осенью|зимой)(?![а-яё])(?:\s+(?:(\d{4})\s*(?:года|г\.|г\b)|(текущего|этого|прошлого|следующего|будущего)\s+года))?/giu;
  const seasonMonth: Record<string, number> = { весной: 3, летом: 6, осенью: 9, зимой: 12 };
  for (const m of text.matchAll(season)) {
    // «Уже летом мы готовы…»: a bare season in direct speech is the speaker's «soon», not a fact's date.
    if (!m[2] && !m[3] && text.lastIndexOf("«", m.index!) > text.lastIndexOf("»", m.index!)) continue;
    const word = m[1]!.toLowerCase();
    const month = seasonMonth[word]!;
    const relative = m[3]?.toLowerCase();
    const explicit =
      yearOf(m[2]) ??
      (relative === "прошлого" ? pub.year - 1 : relative === "следующего" || relative === "будущего" ? pub.year + 1 : relative ? pub.year : null);
    // «зимой 2026 года» is the winter that year begins with: its December is the year before.
    const year = explicit !== null ? (month === 12 ? explicit - 1 : explicit) : yearFor(month, null, publishedOn, future(m.index!));
    add(m, 0, m[0].length, safeDay(year, month, 1), "APPROXIMATE", explicit !== null ? 0.7 : 0.6);
  }
  // в начале / в середине / в конце (следующего) года, в конце 2025 года: about its first, middle or last month, APPROXIMATE.
  const partOfYear = /(?<![а-яё])в\s+(начале|середине|конце)\s+(?:(\d{4})\s*года|(?:(текущего|этого|прошлого|следующего|будущего)\s+)?года)(?![а-яё])/giu;
  for (const m of text.matchAll(partOfYear)) {
    const part = m[1]!.toLowerCase();
    const relative = m[3]?.toLowerCase();
    const year = yearOf(m[2]) ?? (relative === "прошлого" ? pub.year - 1 : relative === "следующего" || relative === "будущего" ? pub.year + 1 : pub.year);
    add(m, 0, m[0].length, safeDay(year, part === "начале" ? 1 : part === "середине" ? 7 : 12, 1), "APPROXIMATE", 0.7);
  }
  // к декабрю, до декабря (2025 года): a deadline month, the next such month.
  const byMonth = new RegExp(
    `(?<![а-яё])(?:к|ко|до)\\s+(январю|февралю|марту|апрелю|маю|июню|июлю|августу|сентябрю|октябрю|ноябрю|декабрю|${monthGenitive})(?![а-яё])(?:\\s+(?:(\\d{4})${yearWord}|(текущего|этого|следующего|будущего)\\s+года))?`,
    "giu",
  );
  for (const m of text.matchAll(byMonth)) {
    const month = monthOf(m[1]!)!;
    const relative = m[3]?.toLowerCase();
    const year =
      yearOf(m[2]) ?? (relative === "следующего" || relative === "будущего" ? pub.year + 1 : relative ? pub.year : yearFor(month, null, publishedOn, true));
    add(m, 0, m[0].length, safeDay(year, month, 1), "MONTH", m[2] || relative ? 1 : 0.8);
  }
  // «соглашение 2016 года», «за весь 2025 год»: a year after a noun or an adjective, no preposition of its own; read last,
  // so that a day, month or quarter the year belongs to («14 ноября 2024 года») keeps it.
  for (const m of text.matchAll(/(?<=[а-яё]\s)(\d{4})\s+(?:года|год)(?![а-яё])/giu)) {
    // «от 4 января 1999 года № 4-ФЗ»: the rest of a document's date, left out above, is no year of a fact either.
    if (documentDate(m) || monthOf(/([а-яё]+)\s$/iu.exec(text.slice(Math.max(0, m.index! - 12), m.index!))?.[1] ?? "") !== null) continue;
    // «чем за аналогичный период 2023 года»: the period compared with is no date of a fact.
    if (/аналогичн\S*\s+период\S*\s+$/iu.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    const year = Number(m[1]);
    if (year >= 1990 && year <= pub.year + 10) add(m, 0, m[0].length, safeDay(year, 1, 1), "YEAR", 0.7);
  }
  // «одним из событий этого года», «итоги текущего года»: the current year after a noun, with no preposition of its own, as
  // «соглашение 2016 года» above; read late, so that «в марте этого года» keeps it. The past year is left out: after a
  // noun it is mostly the base of a comparison («к уровню прошлого года»).
  for (const m of text.matchAll(/(?<=[а-яё]\s)(?:этого|текущего|нынешнего)\s+года(?![а-яё])/giu)) {
    if (/(?:аналогичн|уровн|сравнени)\S*\s+(?:\S+\s+)?$/iu.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    add(m, 0, m[0].length, safeDay(pub.year, 1, 1), "YEAR", 0.7);
  }
  // в следующем / будущем / этом / текущем / прошлом году; до конца года
  for (const m of text.matchAll(/(?<![а-яё])(?:в|во)\s+(следующем|будущем|наступающем|этом|текущем|нынешнем|прошлом|минувшем|уходящем)\s+году/giu)) {
    const w = m[1]!.toLowerCase();
    const year = ["следующем", "будущем", "наступающем"].includes(w) ? pub.year + 1 : ["прошлом", "минувшем"].includes(w) ? pub.year - 1 : pub.year;
    add(m, 0, m[0].length, safeDay(year, 1, 1), "YEAR", 0.9);
  }
  // «перенесли на следующий год»: the accusative after «на» names the same year («планы на текущий год» date nothing).
  for (const m of text.matchAll(/(?<![а-яё])на\s+(?:следующий|будущий|наступающий)\s+год(?![а-яё])/giu)) {
    add(m, 0, m[0].length, safeDay(pub.year + 1, 1, 1), "YEAR", 0.9);
  }
  for (const m of text.matchAll(/(?<![а-яё])до\s+конца\s+(?:этого|текущего\s+)?года/giu)) {
    add(m, 0, m[0].length, safeDay(pub.year, 1, 1), "YEAR", 0.7);
  }
  // в следующем месяце / в прошлом месяце; «на следующий месяц» (the accusative after «на» names the same month)
  for (const m of text.matchAll(
    /(?<![а-яё])(?:(?:в|во)\s+(следующем|будущем|этом|текущем|прошлом|минувшем)\s+месяце|(?:на|в)\s+(следующий|будущий|этот|текущий)\s+месяц)(?![а-яё])/giu,
  )) {
    const w = (m[1] ?? m[2]!).toLowerCase();
    const shift = /^(следующ|будущ)/.test(w) ? 1 : ["прошлом", "минувшем"].includes(w) ? -1 : 0;
    const d = addMonths(makeDay(pub.year, pub.month, 1), shift);
    add(m, 0, m[0].length, d, "MONTH", 0.9);
  }
  // накануне / вчера / сегодня / завтра / позавчера
  const relativeDays: Record<string, number> = { накануне: -1, вчера: -1, позавчера: -2, сегодня: 0, завтра: 1, послезавтра: 2 };
  for (const m of text.matchAll(/(?<![а-яё])(накануне|позавчера|вчера|сегодня|послезавтра|завтра)(?![а-яё])/giu)) {
    const word = m[1]!.toLowerCase();
    // «накануне форума» is the eve of something else, not the day before publication.
    const next = /^\s+([а-яё]+)/iu.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))?.[1]?.toLowerCase() ?? "";
    if (
      word === "накануне" &&
      /^(форума|визита|встречи|выставки|праздника|дня|дней|нового|заседания|подписания|открытия|переговоров|поездки|старта|начала|приезда|[а-я]+ия|[а-я]+ого|[а-я]+ой)$/.test(
        next,
      )
    )
      continue;
    add(m, 0, m[0].length, addDays(publishedOn, relativeDays[word]!), "DAY", word === "накануне" ? 0.8 : 0.9);
  }
  // на прошлой / этой / следующей неделе: a day about then, «около».
  for (const m of text.matchAll(/(?<![а-яё])на\s+(прошлой|минувшей|этой|текущей|следующей|будущей)\s+неделе/giu)) {
    const w = m[1]!.toLowerCase();
    // A week has no precision of its own: the Monday of that week, APPROXIMATE.
    const shift = ["прошлой", "минувшей"].includes(w) ? -7 : ["следующей", "будущей"].includes(w) ? 7 : 0;
    const day = addDays(publishedOn, shift);
    const weekday = (dayToUtcDate(day).getUTCDay() + 6) % 7;
    add(m, 0, m[0].length, addDays(day, -weekday), "APPROXIMATE", 0.6);
  }
  // «во вторник», «в пятницу»: the nearest such weekday before publication (after it, in a sentence
  // about the future); a weekday a date follows («во вторник, 17 февраля») leaves the day to that date.
  const weekdays = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"];
  for (const m of text.matchAll(/(?<![а-яё])(?:в|во)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-яё])/giu)) {
    const after = m.index! + m[0].length;
    if (found.some((d) => d.start >= after && d.start - after <= 4)) continue;
    const wanted = weekdays.indexOf(m[1]!.toLowerCase());
    const published = (dayToUtcDate(publishedOn).getUTCDay() + 6) % 7;
    const shift = future(m.index!) === true ? (wanted - published + 7) % 7 || 7 : -((published - wanted + 7) % 7 || 7);
    add(m, 0, m[0].length, addDays(publishedOn, shift), "DAY", 0.8);
  }
  // «В тот же день», «в этот же день»: the day the text dated last before it.
  for (const m of text.matchAll(/(?<![а-яё])в\s+(?:тот|этот)\s+же\s+день(?![а-яё])/giu)) {
    const last = found.filter((d) => d.start < m.index! && d.precision === "DAY").sort((a, b) => b.start - a.start)[0];
    if (last) add(m, 0, m[0].length, last.day, "DAY", last.confidence * 0.9);
  }
  // A wire's dateline («ВОЛОГДА, 18 февраля.» opening a line) is the day it was filed, not a fact's date.
  const datelines = [...text.matchAll(/(?:^|\n)[ \t]*[А-ЯЁ][А-ЯЁ-]+(?:[ \t]+[А-ЯЁ][А-ЯЁ-]+)?[ \t]*,[ \t]*[^\n.]{3,30}\./gu)].map(
    (m) => [m.index!, m.index! + m[0].length] as const,
  );
  // A site's time stamp on a line of its own («13 ноября 11:53», «21 ноября 2025, 12:03»): when the page was posted.
  for (const m of text.matchAll(/(?:^|\n)[ \t]*\d{1,2}[ \t]+[а-яё]+(?:[ \t]+\d{4})?[ \t]*,?[ \t]*\d{1,2}:\d{2}[ \t]*(?=\n|$)/giu))
    datelines.push([m.index!, m.index! + m[0].length] as const);
  // A page's publication note on a line of its own («Опубликовано вт, 19.11.2024 - 18:43 пользователем …», «Дата публикации:
  // 5 марта 2025»): when the page was posted, as the time stamps above.
  for (const m of text.matchAll(
    /(?:^|\n)[ \t]*(?:Опубликовано|Опубликована|Опубликован|Дата публикации|Дата размещения|Размещено|Обновлено)(?![а-яё])[^\n]{0,80}(?=\n|$)/giu,
  ))
    datelines.push([m.index!, m.index! + m[0].length] as const);
  return found.filter((d) => !datelines.some(([a, b]) => d.start >= a && d.end <= b)).sort((a, b) => a.start - b.start);
}
