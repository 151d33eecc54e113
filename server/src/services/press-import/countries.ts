// The world's countries as a release may name them, so that a country the gazetteer does
// not hold («Монголия», «ОАЭ») is proposed as a new partner, and one it holds is found by
// every usual name and abbreviation («РБ», «Белоруссия» for Республика Беларусь) without
// each database having to list them as aliases.
//
// Source: the Russian short names are CLDR's, as ICU in Node (22, full-icu) gives them through
// Intl.DisplayNames('ru', { type: 'region' }) over the ISO 3166-1 alpha-2 codes; nothing is
// downloaded. CLDR leaves out the formal names and abbreviations the Russian press uses
// («Республика Казахстан», «РК», «КНР», «Объединённые Арабские Эмираты»): those are the
// hand-written list below (common usage of Russian official releases), one entry per code.

/** Codes CLDR names that are not countries a release would name as a partner: groupings, deprecated and private-use codes, uninhabited islands. */
const notCountries = new Set([
  "AC",
  "AN",
  "AQ",
  "BU",
  "BV",
  "CP",
  "CQ",
  "CS",
  "DD",
  "DG",
  "DY",
  "EA",
  "EU",
  "EZ",
  "FX",
  "HM",
  "HV",
  "IC",
  "IO",
  "NH",
  "QO",
  "RH",
  "SU",
  "TA",
  "TF",
  "TP",
  "UK",
  "UM",
  "UN",
  "VD",
  "XA",
  "XB",
  "YD",
  "YU",
  "ZR",
  "ZZ",
]);

/**
 * Formal names and abbreviations by code. The first name is the one a proposed partner
 * takes (the formal name, as releases write it in full); the others are aliases.
 * Abbreviations are matched only as written, in capitals.
 */
const pressNames: Record<string, string[]> = {
  RU: ["Российская Федерация", "Россия", "РФ"],
  BY: ["Республика Беларусь", "Беларусь", "Белоруссия", "РБ"],
  KZ: ["Республика Казахстан", "Казахстан", "РК"],
  UZ: ["Республика Узбекистан", "Узбекистан", "РУз"],
  KG: ["Киргизская Республика", "Киргизия", "Кыргызстан", "Кыргызская Республика"],
  TJ: ["Республика Таджикистан", "Таджикистан"],
  TM: ["Туркменистан", "Туркмения"],
  AZ: ["Азербайджанская Республика", "Азербайджан"],
  AM: ["Республика Армения", "Армения"],
  GE: ["Грузия"],
  MD: ["Республика Молдова", "Молдова", "Молдавия"],
  MN: ["Монголия"],
  CN: ["Китайская Народная Республика", "Китай", "КНР"],
  KP: ["Корейская Народно-Демократическая Республика", "КНДР"],
  KR: ["Республика Корея", "Южная Корея"],
  VN: ["Социалистическая Республика Вьетнам", "Вьетнам", "СРВ"],
  IN: ["Республика Индия", "Индия"],
  IR: ["Исламская Республика Иран", "Иран"],
  TR: ["Турецкая Республика", "Турция"],
  AE: ["Объединённые Арабские Эмираты", "ОАЭ"],
  SA: ["Королевство Саудовская Аравия", "Саудовская Аравия"],
  EG: ["Арабская Республика Египет", "Египет"],
  US: ["Соединённые Штаты Америки", "США"],
  GB: ["Соединённое Королевство", "Великобритания"],
  DE: ["Федеративная Республика Германия", "Германия", "ФРГ"],
  CZ: ["Чешская Республика", "Чехия"],
  RS: ["Республика Сербия", "Сербия"],
  LA: ["Лаосская Народно-Демократическая Республика", "Лаос"],
  ZA: ["Южно-Африканская Республика", "ЮАР"],
  CU: ["Республика Куба", "Куба"],
};

export type Country = { code: string; name: string; names: string[] };

let cached: Country[] | null = null;

/** Every country: its code, the name a proposal takes, and every name it may be written with. */
export function worldCountries(): Country[] {
  if (cached) return cached;
  const names = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["ru"], { type: "region", fallback: "none" }) : null;
  const list: Country[] = [];
  const seen = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (notCountries.has(code)) continue;
      let cldr: string | undefined;
      try {
        cldr = names?.of(code);
      } catch {
        cldr = undefined;
      }
      const press = pressNames[code] ?? [];
      // Island groups («о-ва Кука») and special areas («Гонконг (САР)») are not written so in releases.
      const usable = cldr && !/о-в|\(|\s-\s/.test(cldr) ? [cldr] : [];
      const all = [...new Set([...press, ...usable])];
      if (!all.length) continue;
      const key = all[0]!.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({ code, name: all[0]!, names: all });
    }
  }
  cached = list;
  return list;
}
