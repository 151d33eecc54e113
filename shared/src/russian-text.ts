// What search needs to know of Russian text: word stems, stop words, generic words of
// place names, and a Latin "skeleton" that lets «Yuri Lilein» meet «Юрий Лилейн».
//
// Stems come from the Snowball Russian stemmer (@orama/stemmers, a kept port): the same
// algorithm as PostgreSQL's `russian` text search configuration, so a stem here equals
// the lexeme `to_tsvector('russian', …)` gives on both databases (a test checks this).
// Doing it in the application keeps every list's filter an ordinary indexed condition.
import { stemmer as russianStemmer } from "@orama/stemmers/russian";

/** PostgreSQL's russian.stop list (tsearch_data/russian.stop): words a search ignores. */
export const russianStopWords: ReadonlySet<string> = new Set(
  `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему
  теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут
  где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой
  совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после
  над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя
  такой им более всегда конечно всю между`
    .split(/\s+/)
    .filter(Boolean),
);

const cyrillic = /[а-яё]/;

/** The stem of one lower-case word: Snowball Russian for Cyrillic words, the word itself otherwise. */
export function stemOf(word: string): string {
  if (!cyrillic.test(word)) return word;
  // Hyphenated names («алма-ата») keep their first parts whole and stem the last.
  const parts = word.split("-");
  const last = parts.pop()!;
  return [...parts, russianStemmer(last)].join("-");
}

/**
 * Words that name the type of a place or body rather than the place: «Московская
 * область» and «Мурманская область» share only these, so the duplicate guard and alias
 * matching leave them aside.
 */
export const genericPlaceWords: ReadonlySet<string> = new Set([
  "область",
  "области",
  "край",
  "края",
  "республика",
  "республики",
  "город",
  "города",
  "г.",
  "район",
  "района",
  "округ",
  "округа",
  "автономный",
  "автономного",
  "федерация",
  "федерации",
  "народная",
  "народной",
  "провинция",
  "провинции",
  "штат",
  "штата",
  "королевство",
  "королевства",
  "государство",
  "государства",
  "oblast",
  "region",
  "republic",
  "city",
  "province",
  "of",
  "the",
]);

const toLatin: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
  // Kazakh letters in names of the partner country.
  ә: "a",
  ғ: "g",
  қ: "k",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
};

/**
 * A Latin spelling with the differences between transliteration systems folded away
 * (passport ICAO, GOST 7.79, the BGN-like spellings of English news): «Юрий Лилейн»,
 * «Yuri Lilein», «Iurii Lilein» and «Yuriy Lileyn» all become "iuri lilein". Used on
 * both sides of a comparison only; never shown.
 */
export function latinSkeleton(text: string): string {
  const latin = [...text.toLowerCase()].map((ch) => toLatin[ch] ?? ch).join("");
  return latin
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9\s-]/g, "")
    .replace(/kh/g, "h")
    .replace(/[yj]/g, "i")
    .replace(/x/g, "ks")
    .replace(/w/g, "v")
    .replace(/ie/g, "e")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a word is written in Latin letters (a name as an English-language release spells it). */
export const isLatinWord = (word: string) => /^[a-z][a-z'-]*$/.test(word);
