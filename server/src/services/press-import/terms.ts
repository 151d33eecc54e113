// Sectors and export categories named or implied: the vocabulary's names by their stems
// («лесной промышленности» → Лесная промышленность; «Сельское хозяйство и продовольствие»
// also by each part), plus a small list of phrases that imply a value
// («лесопромышленный комплекс» → Лесная промышленность, «пиломатериалы» → Лесопродукция).
import type { TDraftTerm } from "@atlas/shared/press-import";
import type { ImportGazetteer } from "./gazetteer.ts";
import { spanOf, stemsOf, tokenFrom, type ReadText, type Token } from "./text.ts";

/**
 * Implied phrases, keyed by the stems of a value's name as the gazetteer may hold it. A
 * phrase is a sequence of stems (Snowball, as stemsOf gives them) or of stem prefixes
 * ending in «*».
 */
const impliedSectors: Array<{ names: string[]; phrases: string[] }> = [
  {
    names: ["Лесная промышленность", "Лесной комплекс", "Лесопромышленный комплекс"],
    phrases: [
      "лесная отрасль",
      "лесопромышлен*",
      "лесной комплекс",
      "лесопереработк*",
      "деревообрабатыва*",
      "деревообработк*",
      "лесозаготов*",
      "переработка древесины",
      "лесопильн*",
      "лесная промышленность",
      "лесной бизнес",
      "лесное хозяйство",
      "пиломатериал*",
      // The timber industry's own forum (real releases); timber goods sold are an export category, not the sector.
      "лесной форум",
    ],
  },
  {
    names: ["Сельское хозяйство", "Сельское хозяйство и продовольствие", "Агропромышленный комплекс"],
    phrases: ["сельское хозяйство", "агропромышлен*", "сельскохозяйствен*", "АПК", "аграрн*", "агросектор*", "фермерск*", "растениеводств*", "животноводств*"],
  },
  {
    names: ["Пищевая промышленность"],
    phrases: [
      "пищевая промышленность",
      "пищевое производство",
      "пищевик*",
      "переработка молока",
      "молочный завод",
      "мясокомбинат*",
      "молокозавод*",
      // «предприятия текстильной, пищевой и машиностроительной отраслей».
      "пищев* отрасл*",
      // Makers of dairy products are the food industry («бизнес-миссия производителей молочной продукции»).
      "производител* молочн* продукц*",
    ],
  },
  { names: ["Туризм"], phrases: ["туризм*", "туристическ*", "турист", "туристск*", "туроператор*", "турпоток*", "турмаршрут*", "туристы"] },
  {
    names: ["Образование"],
    // School leavers entering a university («абитуриенты») are education as much as students are.
    phrases: ["образование", "образовательн*", "вуз", "академический обмен", "студент*", "абитуриент*", "магистерск*", "магистратур*", "аспирантур*"],
  },
  // Concerts, songs, ensembles, crafts: what a culture programme is made of, as real releases name it.
  {
    names: ["Культура"],
    phrases: [
      "культура",
      "культурн*",
      "гастрол*",
      "творческий коллектив",
      "творческие коллективы",
      "концерт*",
      "песня",
      "ансамбл*",
      "ремесленн*",
      "народные промыслы",
    ],
  },
  {
    names: ["Машиностроение"],
    // «сельскохозяйственная техника» is made by machine builders: the phrase outranks «сельскохозяйствен*» alone.
    // Tractors and their kits («поставка тракторокомплектов») are machine builders' products; the noun only: a works named «тракторный» is a company, not a sector.
    phrases: [
      "машиностроен*",
      "машиностроительн*",
      "машиностроител*",
      "сельскохозяйственн* техник*",
      "станкостроен*",
      "станкостроительн*",
      "трактор",
      "тракторокомплект*",
    ],
  },
  {
    names: ["Жилищно-коммунальное хозяйство"],
    phrases: [
      "жкх",
      "жилищно-коммунальн*",
      "коммунальное хозяйство",
      "коммунальн* инфраструктур*",
      "теплоснабжен*",
      "теплов* сет*",
      "котельн*",
      "водоснабжен*",
    ],
  },
  { names: ["Торговля"], phrases: ["торговля", "товарооборот*", "торговые связи"] },
  { names: ["Инвестиции"], phrases: ["инвестиц*", "инвестиционн*", "инвестор*"] },
  { names: ["Промышленность"], phrases: ["промышленность"] },
  { names: ["Наука"], phrases: ["наука", "научн*"] },
  { names: ["Здравоохранение"], phrases: ["здравоохранен*", "медицин*"] },
  { names: ["Спорт"], phrases: ["спорт", "спортивн*"] },
  { names: ["Транспорт и логистика", "Транспорт", "Логистика"], phrases: ["транспорт*", "логистик*", "логистическ*", "грузоперевоз*"] },
  { names: ["Энергетика"], phrases: ["энергетик*", "энергетическ*"] },
  { names: ["Молодёжная политика"], phrases: ["молодежн*"] },
];

const impliedExports: Array<{ names: string[]; phrases: string[] }> = [
  { names: ["Молочная продукция"], phrases: ["молочная продукция", "молочн продукт*", "сыр", "сыры", "сливочное масло", "молоко", "кисломолочн*"] },
  { names: ["Мясные консервы"], phrases: ["мясные консерв*", "тушенк*"] },
  { names: ["Замороженные ягоды"], phrases: ["замороженные ягоды", "замороженная ягода", "ягоды", "брусник*", "клюкв*", "черник*"] },
  { names: ["Мороженое"], phrases: ["мороженое"] },
  {
    names: ["Лесопродукция", "Лесоматериалы", "Продукция лесопереработки"],
    phrases: [
      "лесопродукц*",
      "пиломатериал*",
      "лесоматериал*",
      "лесопереработк*",
      "фанер*",
      "древесные плит*",
      "плиты",
      "лесная продукция",
      "круглый лес",
      "брус",
      "клеен* брус",
      "погонажн*",
    ],
  },
  { names: ["Льняные ткани", "Лён", "Льняная продукция"], phrases: ["льнян*", "лён", "льна"] },
];

type Matcher = Array<{ stem: string; prefix: boolean }>;

/**
 * Homonyms: a word that names a sector in one sense and something else in another.
 * «плодовых культур», «зерновые культуры» are crops, not Культура.
 */
const homonyms: Array<{ stem: RegExp; notAfter: RegExp }> = [
  { stem: /^культур/, notAfter: /^(плодов|зернов|ягодн|овощн|кормов|техническ|сельскохозяйственн|садов|масличн|бобов|злаков|кормов|посевн|яров|озим)/ },
];

/**
 * Words a term must not be read from: a person's post («министр сельского хозяйства … Павел
 * Зуевский» names the official's portfolio, not a subject of the text), and the standard title of an
 * agreement («соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве»
 * is a formula, not a list of sectors).
 */
export function termExclusions(read: ReadText, postSpans: Array<{ start: number; end: number }>): Set<number> {
  const out = new Set<number>();
  for (const span of postSpans) for (let k = tokenFrom(read, span.start); k < read.tokens.length && read.tokens[k]!.end <= span.end; k++) out.add(k);
  const tokens = read.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!/^сотрудничеств/.test(tokens[i]!.lower)) continue;
    // Back over the adjectives and their commas to «о»; the formula follows an agreement word.
    let k = i - 1;
    while (k >= 0 && i - k < 8 && tokens[k]!.sentence === tokens[i]!.sentence && (/(ом|ем|ым|им)$/.test(tokens[k]!.lower) || tokens[k]!.lower === "и")) k--;
    if (k < 0 || !/^(о|об)$/.test(tokens[k]!.lower) || k === i - 1) continue;
    const agreementBefore = tokens
      .slice(Math.max(0, k - 25), k)
      .some((t) => t.sentence === tokens[i]!.sentence && /^(соглашени|меморандум|договор|протокол|документ)/.test(t.lower));
    if (!agreementBefore) continue;
    for (let m = k + 1; m < i; m++) out.add(m);
  }
  return out;
}

function matcherOf(phrase: string): Matcher {
  return phrase.split(/\s+/).map((w) => {
    const prefix = w.endsWith("*");
    const word = prefix ? w.slice(0, -1) : w;
    // A phrase word is a stem already when it was written as one; stemming it again is harmless for most.
    return { stem: /^[A-ZА-ЯЁ]+$/.test(word) ? word.toLowerCase() : prefix ? word.toLowerCase().replaceAll("ё", "е") : (stemsOf(word)[0] ?? word), prefix };
  });
}

const sameName = (a: string, b: string) => stemsOf(a).join(" ") === stemsOf(b).join(" ");

function findTerms(
  read: ReadText,
  values: Array<{ value: string; name: string }>,
  implied: Array<{ names: string[]; phrases: string[] }>,
  vocabulary: TDraftTerm["vocabulary"],
  excluded: Set<number>,
): TDraftTerm[] {
  type Rule = { value: string; name: string; matcher: Matcher; confidence: number };
  const rules: Rule[] = [];
  for (const v of values) {
    // The name, and each part of a name of several («Сельское хозяйство и продовольствие»).
    const parts = [v.name, ...v.name.split(/\s+и\s+|,\s*/)].filter((p, i, all) => p.trim() && all.indexOf(p) === i);
    for (const part of parts) rules.push({ value: v.value, name: v.name, matcher: matcherOf(stemsOf(part).join(" ")), confidence: part === v.name ? 1 : 0.85 });
    for (const entry of implied) {
      if (!entry.names.some((n) => sameName(n, v.name))) continue;
      for (const phrase of entry.phrases) rules.push({ value: v.value, name: v.name, matcher: matcherOf(phrase), confidence: 0.75 });
    }
  }
  // Longer phrases first, so «лесная промышленность» wins over «промышленность».
  rules.sort((a, b) => b.matcher.length - a.matcher.length);
  const tokens = read.tokens;
  const used = new Set<number>();
  const found = new Map<string, TDraftTerm>();
  const fits = (t: Token, m: Matcher[number]) => (m.prefix ? t.lower.startsWith(m.stem) || t.stem.startsWith(m.stem) : t.stem === m.stem);
  // Each distinct word once: a rule's first word is tested against the text's vocabulary, not
  // against every token (a long text has tens of thousands of tokens but a few thousand words).
  const positionsOf = new Map<string, { token: Token; at: number[] }>();
  tokens.forEach((t, i) => {
    const entry = positionsOf.get(t.lower);
    if (entry) entry.at.push(i);
    else positionsOf.set(t.lower, { token: t, at: [i] });
  });
  const distinctWords = [...positionsOf.values()];
  for (const rule of rules) {
    const n = rule.matcher.length;
    const m0 = rule.matcher[0]!;
    const m1 = rule.matcher[1];
    const starts = distinctWords
      .filter((v) => fits(v.token, m0) || v.token.lower === m0.stem)
      .flatMap((v) => v.at)
      .sort((a, b) => a - b);
    for (const i of starts) {
      if (i + n > tokens.length) continue;
      if (excluded.has(i)) continue;
      if (homonyms.some((h) => h.stem.test(tokens[i]!.lower) && h.notAfter.test(tokens[i - 1]?.lower ?? ""))) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k]!;
        const m = rule.matcher[k]!;
        if (used.has(i + k) || (k > 0 && t.sentence !== tokens[i]!.sentence)) ok = false;
        else if (m.prefix ? !t.lower.startsWith(m.stem) && !t.stem.startsWith(m.stem) : t.stem !== m.stem && t.lower !== m.stem) ok = false;
      }
      if (!ok && n === 2 && !used.has(i)) {
        // «лесной и пищевой промышленности»: the first adjective shares the noun after «и».
        const a = tokens[i]!;
        const and = tokens[i + 1];
        const noun = tokens[i + 3];
        if (and?.lower === "и" && noun && m1 && noun.sentence === a.sentence && fits(a, m0) && fits(noun, m1)) {
          used.add(i);
          if (!found.has(rule.value))
            found.set(rule.value, { vocabulary, value: rule.value, name: rule.name, span: spanOf(read, i, i + 3), confidence: rule.confidence * 0.9 });
        }
        continue;
      }
      if (!ok) continue;
      for (let k = 0; k < n; k++) used.add(i + k);
      if (!found.has(rule.value))
        found.set(rule.value, { vocabulary, value: rule.value, name: rule.name, span: spanOf(read, i, i + n - 1), confidence: rule.confidence });
      else if (found.get(rule.value)!.confidence < rule.confidence) found.get(rule.value)!.confidence = rule.confidence;
    }
  }
  return [...found.values()].sort((a, b) => a.span.match.start - b.span.match.start);
}

export function findSectors(read: ReadText, gazetteer: ImportGazetteer, excluded: Set<number> = new Set()): TDraftTerm[] {
  return findTerms(read, gazetteer.sectors, impliedSectors, "sector", excluded);
}

export function findExportCategories(read: ReadText, gazetteer: ImportGazetteer, excluded: Set<number> = new Set()): TDraftTerm[] {
  return findTerms(read, gazetteer.exportCategories, impliedExports, "exportCategory", excluded);
}
