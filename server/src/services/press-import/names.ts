// People's names back to the nominative, by rules over common endings: «Нурланом
// Каримовым» → «Нурлан Каримов», «Ольге Ивановой» → «Ольга Иванова». A first name found
// in a short list tells the case and gender; without it the rules guess and say so by a
// lower confidence. Conservative: an ending the rules do not know is left as written.

type Gender = "m" | "f";
type Case = "nom" | "gen" | "dat" | "acc" | "ins" | "pre";

/** Common first names (Russian, Kazakh, Belarusian, Uzbek), nominative, with gender. */
const firstNames: Record<string, Gender> = Object.fromEntries([
  ...`Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим Марк Матвей Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан Семён Семен Сергей Станислав Степан Тимофей Тимур Фёдор Федор Эдуард Юрий Ярослав Даурен Нурлан Ерлан Асхат Бауыржан Серик Кайрат Марат Айдар Берик Ержан Дархан Арман Талгат Мурат Нуржан Алихан Бахыт Канат Аскар Болат Ермек Азамат Данияр Санжар Олжас Жандос Ерболат Мухтар Галым Абай Аслан Ринат Рустам Ильдар Ильяс Айбек Бекзат Мирас Нурсултан Касым-Жомарт Жомарт Ержан Сакен Габит Самат Рахим Рашид Шавкат Бахтиёр Улугбек Отабек Шухрат Фарход Анвар Дильшод Алишер Ибрагим Исмаил Хасан Ахмед`
    .split(/\s+/)
    .map((n) => [n, "m" as Gender]),
  ...`Александра Алла Алёна Алена Алина Алиса Анастасия Анна Антонина Валентина Валерия Вера Вероника Виктория Галина Дарья Диана Екатерина Елена Елизавета Жанна Зинаида Зоя Инна Ирина Карина Кира Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария Надежда Наталья Наталия Нина Оксана Ольга Полина Светлана Софья София Тамара Татьяна Ульяна Юлия Яна Айгерим Гульнара Сауле Динара Асель Айгуль Гульмира Жанар Айжан Меруерт Камила Мадина Дина Алия Аружан Гульнар Салтанат Лейла Зарина Малика Нилуфар Феруза Дильноза Шахноза`
    .split(/\s+/)
    .map((n) => [n, "f" as Gender]),
]);

const lower = (s: string) => s.toLowerCase().replaceAll("ё", "е");

/**
 * The commonest Chinese surnames in the Palladius transcription Russian uses. A Chinese name is
 * written surname first and the surname does not decline («Чжао Ган», «с Чжао Ганом»), so a
 * capitalised word after one of these is a given name, not a place the word happens to spell.
 */
const chineseSurnames = new Set(
  `ван ли чжан лю чэнь ян чжао хуан чжоу сюй сунь ху чжу гао линь хэ го ма ло лян сун чжэн се хань тан фэн юй дун сяо чэн цао юань дэн фу шэнь цзэн пэн лу су цзян цай цзя дин вэй сюэ янь пань ду дай ся чжун тянь жэнь фань фан ши яо тань ляо цзоу сюн цзинь хао кун бай цуй кан мао цю цинь гу хоу шао мэн лун вань дуань цянь инь си`.split(
    /\s+/,
  ),
);

/** Whether a capitalised word is a common Chinese surname («Чжао», «Ван», «Си»). */
export const isChineseSurname = (word: string) => /^[А-ЯЁ]/.test(word) && chineseSurnames.has(lower(word));

/**
 * A Chinese name (surname first) in the nominative: the surname stays as written, and a given
 * name ending in «-н»/«-нь» loses the case ending Russian gives it («Чжан Чжэном» → «Чжан Чжэн»,
 * «Си Цзиньпина» → «Си Цзиньпин»); a given name ending in a vowel does not decline.
 */
function chineseNameNominative(words: string[]): string {
  const given = words.slice(1).map((w) => w.replace(/(н)(ом|а|у|е)$/, "$1").replace(/(н)(ем|я|ю)$/, "$1ь"));
  return [words[0]!, ...given].join(" ");
}

/**
 * A Kazakh name with a patronymic in «-улы»/«-кызы» used as the surname («Бакытнуром Бакытулы»):
 * the patronymic does not decline; a man's first name ending in a consonant loses its case ending.
 */
function turkicPatronymicNominative(words: string[]): string | null {
  if (words.length !== 2 || !/(улы|уулу|кызы|гызы)$/i.test(words[1]!) || isPatronymic(words[0]!)) return null;
  const known = firstNameReadings(words[0]!)[0];
  if (known) return `${known.name} ${words[1]}`;
  if (!/(улы|уулу)$/i.test(words[1]!)) return words.join(" ");
  const first = words[0]!.replace(/([бвгджзклмнпрстфхцчшщ])(ом|а|у|е)$/, "$1").replace(/([жшчщц])ем$/, "$1");
  return `${first} ${words[1]}`;
}

/** The forms of a first name by case. */
function firstNameForms(name: string, gender: Gender): Array<[string, Case]> {
  const n = lower(name);
  const forms: Array<[string, Case]> = [[n, "nom"]];
  const base = n.slice(0, -1);
  const last = n.at(-1)!;
  if (gender === "m" && !/[ая]$/.test(n)) {
    if (n.endsWith("ий")) forms.push([base + "я", "gen"], [base + "ю", "dat"], [base + "ем", "ins"], [base + "и", "pre"]);
    else if (last === "й" || last === "ь") forms.push([base + "я", "gen"], [base + "ю", "dat"], [base + "ем", "ins"], [base + "е", "pre"]);
    else if (/[жшчщц]$/.test(n)) forms.push([n + "а", "gen"], [n + "у", "dat"], [n + "ем", "ins"], [n + "е", "pre"]);
    else forms.push([n + "а", "gen"], [n + "у", "dat"], [n + "ом", "ins"], [n + "е", "pre"]);
    // Пётр → Петра, Павел → Павла, Лев → Льва: the fleeting vowel.
    if (n === "павел") forms.push(["павла", "gen"], ["павлу", "dat"], ["павлом", "ins"], ["павле", "pre"]);
    if (n === "петр") forms.push(["петра", "gen"], ["петру", "dat"], ["петром", "ins"], ["петре", "pre"]);
    if (n === "лев") forms.push(["льва", "gen"], ["льву", "dat"], ["львом", "ins"], ["льве", "pre"]);
  } else if (/[ая]$/.test(n)) {
    if (n.endsWith("ия")) forms.push([base + "и", "gen"], [base + "и", "dat"], [base + "ю", "acc"], [base + "ей", "ins"], [base + "и", "pre"]);
    else if (n.endsWith("ья")) forms.push([base + "и", "gen"], [base + "е", "dat"], [base + "ю", "acc"], [base + "ей", "ins"], [base + "е", "pre"]);
    else {
      const soft = /[гкхжшчщ]$/.test(base) || last === "я";
      forms.push(
        [base + (soft ? "и" : "ы"), "gen"],
        [base + "е", "dat"],
        [base + (last === "я" ? "ю" : "у"), "acc"],
        [base + (/[жшчщц]$/.test(base) || last === "я" ? "ей" : "ой"), "ins"],
        [base + "е", "pre"],
      );
    }
  } else if (n === "любовь") forms.push(["любови", "gen"], ["любовью", "ins"]);
  return forms;
}

const formIndex = new Map<string, Array<{ name: string; gender: Gender; case: Case }>>();
for (const [name, gender] of Object.entries(firstNames)) {
  for (const [form, c] of firstNameForms(name, gender)) {
    const list = formIndex.get(form) ?? [];
    list.push({ name, gender, case: c });
    formIndex.set(form, list);
  }
}

/** The readings of a word as a known first name: its nominative, gender and case. */
export function firstNameReadings(word: string): Array<{ name: string; gender: Gender; case: Case }> {
  return formIndex.get(lower(word)) ?? [];
}

export const isKnownFirstNameForm = (word: string) => formIndex.has(lower(word));

/** Whether a word looks like a patronymic in any case (Юрьевич, Петровны). */
export const isPatronymic = (word: string) => /((ович|евич|ьич)(а|у|ем|е)?|(ичн|овн|евн)(а|ы|е|у|ой)|улы|кызы)$/i.test(word);

function keepCapital(original: string, result: string): string {
  return original[0] === original[0]!.toUpperCase() ? result[0]!.toUpperCase() + result.slice(1) : result;
}

/** A surname in the nominative, given its case and gender. */
function surnameNominativeAs(word: string, gender: Gender, c: Case): string {
  const w = word;
  const rules: Array<[RegExp, string]> =
    gender === "m"
      ? {
          nom: [] as Array<[RegExp, string]>,
          gen: [
            [/(ов|ев|ёв|ин|ын)а$/, "$1"],
            [/(ск|цк)ого$/, "$1ий"],
            [/([бвгджзклмнпрстфхцчшщ])а$/, "$1"],
            [/ая$/, "ай"],
            [/([ео])я$/, "$1й"],
          ] as Array<[RegExp, string]>,
          acc: [
            [/(ов|ев|ёв|ин|ын)а$/, "$1"],
            [/(ск|цк)ого$/, "$1ий"],
            [/([бвгджзклмнпрстфхцчшщ])а$/, "$1"],
          ] as Array<[RegExp, string]>,
          dat: [
            [/(ов|ев|ёв|ин|ын)у$/, "$1"],
            [/(ск|цк)ому$/, "$1ий"],
            [/([бвгджзклмнпрстфхцчшщ])у$/, "$1"],
            [/([ео])ю$/, "$1й"],
          ] as Array<[RegExp, string]>,
          ins: [
            [/(ов|ев|ёв|ин|ын)ым$/, "$1"],
            [/(ск|цк)им$/, "$1ий"],
            [/([бвгдзклмнпрстфх])ом$/, "$1"],
            [/([жшчщц])ем$/, "$1"],
            [/([ео])ем$/, "$1й"],
          ] as Array<[RegExp, string]>,
          pre: [
            [/(ов|ев|ёв|ин|ын)е$/, "$1"],
            [/(ск|цк)ом$/, "$1ий"],
            [/([бвгджзклмнпрстфхцчшщ])е$/, "$1"],
          ] as Array<[RegExp, string]>,
        }[c]
      : {
          nom: [] as Array<[RegExp, string]>,
          gen: [
            [/(ов|ев|ёв|ин|ын)ой$/, "$1а"],
            [/(ск|цк)ой$/, "$1ая"],
          ] as Array<[RegExp, string]>,
          dat: [
            [/(ов|ев|ёв|ин|ын)ой$/, "$1а"],
            [/(ск|цк)ой$/, "$1ая"],
          ] as Array<[RegExp, string]>,
          ins: [
            [/(ов|ев|ёв|ин|ын)ой$/, "$1а"],
            [/(ск|цк)ой$/, "$1ая"],
          ] as Array<[RegExp, string]>,
          pre: [
            [/(ов|ев|ёв|ин|ын)ой$/, "$1а"],
            [/(ск|цк)ой$/, "$1ая"],
          ] as Array<[RegExp, string]>,
          acc: [
            [/(ов|ев|ёв|ин|ын)у$/, "$1а"],
            [/(ск|цк)ую$/, "$1ая"],
          ] as Array<[RegExp, string]>,
        }[c];
  for (const [re, to] of rules) if (re.test(w)) return w.replace(re, to);
  return w;
}

function patronymicNominative(word: string, gender: Gender, _c: Case): string {
  if (gender === "m") return word.replace(/(ович|евич|ьич|ич)(а|у|ем|е)$/, "$1");
  return word.replace(/(ична|овна|евна)$/, "$1").replace(/(ичн|овн|евн)(ы|е|у|ой)$/, "$1а");
}

/** The gender and case a patronymic's ending tells: «Арамовичем» is a man's instrumental, «Маратовны» a woman's genitive. */
function patronymicCase(word: string): { gender: Gender; case: Case } | null {
  const m = /(ович|евич|ьич|ич)(а|у|ем|е)?$/.exec(word);
  if (m) return { gender: "m", case: ({ а: "gen", у: "dat", ем: "ins", е: "pre" } as Record<string, Case>)[m[2] ?? ""] ?? "nom" };
  const f = /(ичн|овн|евн)(а|ы|е|у|ой)$/.exec(word);
  if (f) return { gender: "f", case: ({ а: "nom", ы: "gen", е: "dat", у: "acc", ой: "ins" } as Record<string, Case>)[f[2]!]! };
  return null;
}

/** Gender by a Kazakh patronymic, case by the first name's ending («Бакытнуром» instrumental, «Айгерим» as written). */
function turkicCase(firstName: string, patronymic: string): { gender: Gender; case: Case } | null {
  const gender: Gender = /кызы$/.test(patronymic) ? "f" : "m";
  if (gender === "m") {
    if (/[бвгджзклмнпрстфхцчшщ](ом|ем)$/.test(firstName)) return { gender, case: "ins" };
    if (/[бвгджзклмнпрстфхцчшщ]у$/.test(firstName)) return { gender, case: "dat" };
    if (/[бвгджзклмнпрстфхцчшщ]а$/.test(firstName)) return { gender, case: "gen" };
    if (/[бвгджзклмнпрстфхцчшщ]е$/.test(firstName)) return { gender, case: "pre" };
    return { gender, case: "nom" };
  }
  return { gender, case: "nom" };
}

/** The case a lone word's ending suggests, when no first name tells (conservative). */
function guessCase(surname: string): { gender: Gender; case: Case } | null {
  if (/(ов|ев|ин|ын)ым$|(ск|цк)им$/.test(surname)) return { gender: "m", case: "ins" };
  if (/(ов|ев|ин|ын)ой$|(ск|цк)ой$/.test(surname)) return { gender: "f", case: "gen" };
  if (/(ск|цк)ого$/.test(surname)) return { gender: "m", case: "gen" };
  if (/(ск|цк)ому$/.test(surname)) return { gender: "m", case: "dat" };
  if (/(ов|ев|ин|ын)у$/.test(surname)) return { gender: "m", case: "dat" };
  return null;
}

/** A surname alone (after initials) in the nominative, when its ending tells the case; else as written. */
export function surnameNominative(word: string): string {
  const guess = guessCase(lower(word));
  return guess ? keepCapital(word, surnameNominativeAs(lower(word), guess.gender, guess.case)) : word;
}

/**
 * A name of two or three words in the nominative, in the order written («Нурланом
 * Каримовым» → «Нурлан Каримов»; «Иванова Ивана Петровича» → «Иванов Иван Петрович»).
 */
export function nominativeName(words: string[]): { fullName: string; confidence: number } {
  if (words.length >= 2 && words.length <= 3 && isChineseSurname(words[0]!) && !isKnownFirstNameForm(words[1]!))
    return { fullName: chineseNameNominative(words), confidence: 0.8 };
  const turkic = turkicPatronymicNominative(words);
  if (turkic) return { fullName: turkic, confidence: 0.8 };
  // A foreign man's name both words of which are in the instrumental («с Гаретом Вордом»): the case the pair agrees on.
  if (words.length === 2 && !words.some((w) => formIndex.has(lower(w)) || isPatronymic(w)) && words.every((w) => /[бвгдзклмнпрстфх]ом$/.test(lower(w))))
    return { fullName: words.map((w) => w.replace(/ом$/, "")).join(" "), confidence: 0.6 };
  const lows = words.map(lower);
  // Which word is the first name: a known form, else the first word (Имя Фамилия is the press style).
  let firstAt = lows.findIndex((w) => formIndex.has(w));
  let reading = firstAt >= 0 ? formIndex.get(lows[firstAt]!)! : [];
  const patronymicAt = words.findIndex((w) => isPatronymic(w));
  if (firstAt < 0) firstAt = patronymicAt === 1 && words.length === 3 ? 0 : patronymicAt === 2 ? 1 : 0;
  const surnameAt = words.length === 3 ? (patronymicAt === 2 ? 0 : patronymicAt === 1 ? 2 : firstAt === 0 ? 2 : 0) : firstAt === 0 ? 1 : 0;
  const surname = words[surnameAt] ?? "";
  let gender: Gender;
  let c: Case;
  let confidence = 0.9;
  if (reading.length) {
    // Prefer the reading that agrees with the surname's ending (Александра Иванова: gen of Александр, or nom of Александра).
    const agrees = (r: (typeof reading)[number]) => {
      const back = surnameNominativeAs(lower(surname), r.gender, r.case);
      return r.case === "nom" ? true : back !== lower(surname);
    };
    const good = reading.filter(agrees);
    reading = good.length ? good : reading;
    const r = reading[0]!;
    gender = r.gender;
    c = r.case;
    if (reading.length > 1 && new Set(reading.map((x) => `${x.gender}${x.case === "acc" ? "gen" : x.case}`)).size > 1) confidence = 0.7;
  } else if (patronymicAt >= 0 && /(улы|кызы)$/.test(lows[patronymicAt]!) && turkicCase(lows[firstAt]!, lows[patronymicAt]!)) {
    // «Бакытнуром Бакытулы»: a Kazakh patronymic («-улы» son of, «-кызы» daughter of) does not decline; the first name's ending tells the case.
    ({ gender, case: c } = turkicCase(lows[firstAt]!, lows[patronymicAt]!)!);
    confidence = 0.75;
  } else if (patronymicAt >= 0 && patronymicCase(lows[patronymicAt]!)) {
    // An unknown first name with a patronymic: the patronymic's ending tells gender and case («Тиграном Арамовичем Погосяном»).
    ({ gender, case: c } = patronymicCase(lows[patronymicAt]!)!);
    confidence = 0.8;
  } else {
    const guess = guessCase(lower(surname));
    if (!guess) return { fullName: words.join(" "), confidence: 0.6 };
    gender = guess.gender;
    c = guess.case;
    confidence = 0.5;
  }
  const out = words.map((w, i) => {
    const l = lower(w);
    if (i === firstAt) {
      const known = reading.find((r) => r.gender === gender);
      if (known) return known.name;
      // An unknown first name: strip a case ending conservatively (-ом/-ем, -у, -а).
      const stripped =
        gender === "m"
          ? c === "ins"
            ? l.replace(/ом$/, "")
            : c === "dat"
              ? l.replace(/у$/, "")
              : c === "gen" || c === "acc"
                ? l.replace(/а$/, "")
                : c === "pre"
                  ? l.replace(/е$/, "")
                  : l
          : l;
      return keepCapital(w, stripped);
    }
    if (i === patronymicAt) return /(улы|кызы)$/.test(l) ? w : keepCapital(w, patronymicNominative(l, gender, c));
    if (i === surnameAt) return keepCapital(w, surnameNominativeAs(l, gender, c));
    return w;
  });
  return { fullName: out.join(" "), confidence };
}
