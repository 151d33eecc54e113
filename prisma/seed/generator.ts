// A deterministic generator of a larger, realistic demo dataset around the case: real
// countries, regions and cities (reference-geography.ts) with fictional people and
// synthetic contacts, agreements, projects, events and export figures. The same
// options give the same rows, ids included; nothing here touches the database except
// `seedGenerated`, which writes the rows.
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import type { $Enums } from "../src/generated/prisma/client.ts";
import { searchTextOf } from "@atlas/shared/search-text";
import { dayToUtcDate, makeDay, periodOf, todayIn, utcDateToDay, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { seedId } from "./ids.ts";
import { aliasesOf } from "./partner-aliases.ts";
import { caseHome, caseIds, kazakhstanCaseRows } from "./kazakhstan-case.ts";
import { demoAccountId, demoAccounts } from "./demo-accounts.ts";
import {
  genitiveOf,
  homePlaces,
  homeSites,
  referenceCountries,
  referenceRussianRegions,
  type CityRef,
  type CountryRef,
  type NameStyle,
  type RegionRef,
} from "./reference-geography.ts";
import { personName } from "./reference-names.ts";
import { sectorCodes, sectorId, sectors, type SectorCode } from "./sectors.ts";
import { emptySeedRows, pointAtExistingReferenceRows, seedTableName, seedTableOrder, writeSeedRows, type SeedRows, type WriteMethod } from "./write-rows.ts";
import type { SeedDb } from "./seed-db.ts";

export type GenerateOptions = {
  seed: number;
  /** How many partners to generate (countries, regions, cities, organisations). */
  partners: number;
  /** How many contacts (meetings, visits, calls...) to generate. */
  interactions: number;
  /**
   * The home region's day the data is "as of": contacts and stage moves lie before or on
   * it, planned events up to six months after. Business dates are days of this calendar.
   */
  today: CalendarDay;
  /**
   * The instant for the bookkeeping stamps (createdAt, updatedAt, completedAt), which stay
   * instants; none is later than it. Default: noon of `today` in Moscow.
   */
  now?: Date;
};

type AgreementStage = $Enums.AgreementStage;
// Kinds are vocabularies kept as data; the generator draws from the built-in values the
// migration creates (20261204212333_vocabularies_as_data).
type AgreementKind = "COOPERATION_AGREEMENT" | "MEMORANDUM" | "IMPLEMENTATION_PLAN" | "TWINNING" | "JOINT_COMMISSION_PROTOCOL";
type InteractionKind = "MEETING" | "VISIT" | "NEGOTIATIONS" | "CONFERENCE" | "CALL" | "OTHER";
type EventKind = "FORUM" | "EXHIBITION" | "REGION_DAYS" | "TOUR" | "CONFERENCE" | "FESTIVAL" | "BUSINESS_MISSION" | "OTHER";
type PartnerLevel = $Enums.PartnerLevel;
type TaskStatus = $Enums.TaskStatus;

const DAY = 86_400_000;
const HOUR = 3_600_000;

// Business dates are handled as whole day numbers (days since 1970-01-01, the home
// region's calendar) in the hot loops and written out as "YYYY-MM-DD"; an instant is
// only made for the bookkeeping stamps.
const dayNumber = (day: CalendarDay) => dayToUtcDate(day).getTime() / DAY;
const dayOf = (n: number): CalendarDay => utcDateToDay(new Date(n * DAY));
/** The home region keeps Moscow time, UTC+3 all year: an instant at that hour of day n. */
const moscowInstant = (n: number, hour: number, minutes = 0) => n * DAY + (hour - 3) * HOUR + minutes * 60_000;

/**
 * How precise the date of a generated meeting or event is. Most are known to the day; a
 * few only to the month (3 %), the quarter or the year (1 %), or «около» a day (1 %), as in
 * the press releases the register is filled from.
 */
function drawPrecision(rng: Rng): TDatePrecision {
  const r = rng.next();
  return r < 0.03 ? "MONTH" : r < 0.037 ? "QUARTER" : r < 0.04 ? "YEAR" : r < 0.05 ? "APPROXIMATE" : "DAY";
}
const isPeriod = (p: TDatePrecision) => p === "MONTH" || p === "QUARTER" || p === "YEAR";

// ---------------------------------------------------------------------------------
// Randomness: mulberry32 streams, one per part of the dataset, so that e.g. asking for
// more interactions does not change the partners or the people.

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number, stream: string) {
    this.next = mulberry32(hashString(`${seed}:${stream}`));
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  /** k distinct items, in the order drawn. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < k && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  gauss(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

/** Picks by weight in O(log n), for the hot loops. */
class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) this.cumulative.push((sum += weight(item)));
    this.total = sum;
  }
  pick(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

// ---------------------------------------------------------------------------------
// Words.

const sectorTopic: Record<SectorCode, string> = {
  timber: "лесопромышленного сотрудничества",
  agriculture: "поставок продовольствия",
  trade: "торговли",
  education: "сотрудничества в образовании",
  culture: "культурного обмена",
  tourism: "развития туризма",
  investment: "инвестиций",
  industry: "промышленной кооперации",
  science: "научного сотрудничества",
  health: "здравоохранения",
  sport: "спортивных обменов",
  transport: "транспорта и логистики",
  energy: "энергетики",
  youth: "молодёжных обменов",
};

const sectorGenitive: Record<SectorCode, string> = {
  timber: "лесной промышленности",
  agriculture: "сельского хозяйства",
  trade: "торговли",
  education: "образования",
  culture: "культуры",
  tourism: "туризма",
  investment: "инвестиций",
  industry: "промышленности",
  science: "науки",
  health: "здравоохранения",
  sport: "спорта",
  transport: "транспорта",
  energy: "энергетики",
  youth: "молодёжной политики",
};

const sectorWeights: ReadonlyArray<readonly [SectorCode, number]> = [
  ["timber", 3],
  ["agriculture", 3],
  ["trade", 3],
  ["education", 2],
  ["culture", 2],
  ["tourism", 2],
  ["investment", 2],
  ["industry", 2],
  ["science", 1],
  ["health", 1],
  ["sport", 1],
  ["transport", 1.5],
  ["energy", 1],
  ["youth", 1],
];

const discussed: Record<SectorCode, readonly string[]> = {
  timber: [
    "Обсудили поставки пиломатериалов и клеёного бруса.",
    "Рассмотрели создание совместного деревообрабатывающего производства.",
    "Обсудили подготовку специалистов лесной отрасли и обмен технологиями.",
  ],
  agriculture: [
    "Обсудили поставки молочной продукции и мясных консервов.",
    "Рассмотрели выход производителей области на новые рынки сбыта.",
    "Обсудили сотрудничество в племенном животноводстве и семеноводстве.",
  ],
  trade: [
    "Обсудили рост товарооборота и участие компаний в выставках.",
    "Рассмотрели перечень товаров для взаимных поставок.",
    "Обсудили открытие торгового дома области.",
  ],
  education: [
    "Обсудили обмен студентами и преподавателями.",
    "Рассмотрели совместные образовательные программы вузов и колледжей.",
    "Обсудили приём иностранных студентов в вузы области.",
  ],
  culture: [
    "Обсудили гастроли творческих коллективов и обменные выставки.",
    "Рассмотрели проведение дней культуры.",
    "Обсудили совместные проекты музеев и библиотек.",
  ],
  tourism: [
    "Обсудили совместные туристические маршруты.",
    "Рассмотрели продвижение событийного туризма, в том числе программ Великого Устюга.",
    "Обсудили организацию туристических поездок в обе стороны.",
  ],
  investment: [
    "Представили инвестиционные площадки и меры поддержки инвесторов.",
    "Обсудили условия работы резидентов особой экономической зоны.",
    "Рассмотрели совместные инвестиционные проекты.",
  ],
  industry: [
    "Обсудили промышленную кооперацию и поставки оборудования.",
    "Рассмотрели локализацию производства.",
    "Обсудили поставки металлопроката и удобрений.",
  ],
  science: ["Обсудили совместные научные исследования.", "Рассмотрели участие учёных в конференциях и стажировках."],
  health: ["Обсудили обмен опытом в здравоохранении и медицинском образовании.", "Рассмотрели сотрудничество в медицинском туризме."],
  sport: ["Обсудили проведение совместных спортивных соревнований.", "Рассмотрели обмен тренерами и спортсменами."],
  transport: ["Обсудили логистику грузовых перевозок.", "Рассмотрели маршруты доставки грузов по железной дороге."],
  energy: ["Обсудили биоэнергетику и использование древесных отходов.", "Рассмотрели энергосберегающие технологии."],
  youth: ["Обсудили молодёжные обмены и волонтёрские программы.", "Рассмотрели проведение совместного молодёжного форума."],
};

const outcomePhrases = [
  "Договорились подготовить проект дорожной карты сотрудничества.",
  "Стороны обменялись контактами профильных ведомств.",
  "Решено провести повторную встречу в течение квартала.",
  "Договорились направить коммерческие предложения.",
  "Намечен ответный визит делегации.",
  "Договорились создать рабочую группу.",
  "Согласован перечень первоочередных шагов.",
  "Решено проработать вопросы на уровне профильных министерств.",
];

const followUpBySector: Record<SectorCode, string> = {
  timber: "Подготовить предложения по поставкам пиломатериалов",
  agriculture: "Подготовить перечень производителей продовольствия для поставок",
  trade: "Сформировать перечень экспортёров для бизнес-миссии",
  education: "Согласовать программу обмена студентами",
  culture: "Согласовать график гастролей",
  tourism: "Подготовить описание совместного туристического маршрута",
  investment: "Направить информацию о мерах поддержки инвесторов",
  industry: "Подготовить предложения по промышленной кооперации",
  science: "Согласовать тему совместного исследования",
  health: "Подготовить программу стажировки медиков",
  sport: "Согласовать календарь соревнований",
  transport: "Проработать логистическую схему поставок",
  energy: "Подготовить предложения по биоэнергетике",
  youth: "Подготовить программу молодёжного обмена",
};

const followUpGeneral = [
  "Направить партнёрам итоговый протокол встречи",
  "Подготовить справку по итогам переговоров",
  "Согласовать даты ответного визита",
  "Подготовить проект дорожной карты сотрудничества",
  "Направить контакты профильных ведомств",
];

const conferenceNames = [
  "Лесной комплекс: технологии и кадры",
  "Продовольственная безопасность регионов",
  "Экспорт региональной продукции",
  "Туризм на Севере",
  "Молодёжь и международное сотрудничество",
  "Цифровые технологии в образовании",
];

const home = caseHome;
const homeOrgs = {
  government: `Правительство ${home.genitive}`,
  economy: `Министерство экономического развития ${home.genitive}`,
  agriculture: `Министерство сельского хозяйства и продовольственных ресурсов ${home.genitive}`,
  forestry: `Министерство лесного комплекса ${home.genitive}`,
  culture: `Министерство культуры ${home.genitive}`,
  education: `Министерство образования ${home.genitive}`,
  sport: `Министерство физической культуры и спорта ${home.genitive}`,
  health: `Министерство здравоохранения ${home.genitive}`,
  exportCentre: `Центр поддержки экспорта ${home.genitive}`,
};

const homePosts: ReadonlyArray<readonly [string, string]> = [
  [`Заместитель губернатора ${home.genitive}`, homeOrgs.government],
  [`Заместитель министра экономического развития ${home.genitive}`, homeOrgs.economy],
  [`Заместитель министра сельского хозяйства и продовольственных ресурсов ${home.genitive}`, homeOrgs.agriculture],
  [`Заместитель министра лесного комплекса ${home.genitive}`, homeOrgs.forestry],
  [`Заместитель министра культуры ${home.genitive}`, homeOrgs.culture],
  [`Заместитель министра образования ${home.genitive}`, homeOrgs.education],
  ["Начальник управления международных и межрегиональных связей", homeOrgs.government],
  ["Консультант управления международных и межрегиональных связей", homeOrgs.government],
  ["Главный специалист отдела протокола", homeOrgs.government],
  ["Начальник отдела внешнеэкономической деятельности", homeOrgs.economy],
  ["Руководитель направления по работе с экспортёрами", homeOrgs.exportCentre],
  ["Начальник отдела туризма", homeOrgs.culture],
  [`Заместитель министра физической культуры и спорта ${home.genitive}`, homeOrgs.sport],
  [`Заместитель министра здравоохранения ${home.genitive}`, homeOrgs.health],
];

/** The ministry that answers for a project of each sector (the others: economic development). */
const projectResponsible: Partial<Record<SectorCode, string>> = {
  timber: homeOrgs.forestry,
  agriculture: homeOrgs.agriculture,
  tourism: homeOrgs.culture,
  education: homeOrgs.education,
  health: homeOrgs.health,
};

/** Where on a site, as the minutes say it: «на площадке в Соколе», «в индустриальном парке «Шексна»». */
function siteLocative(name: string): string {
  const rules: Array<[RegExp, string]> = [
    [/^Площадка (.+)$/, "на площадке $1"],
    [/^Промышленная площадка (.+)$/, "на промышленной площадке $1"],
    [/^Индустриальный парк (.+)$/, "в индустриальном парке $1"],
  ];
  for (const [pattern, replacement] of rules) if (pattern.test(name)) return name.replace(pattern, replacement);
  return `на площадке «${name}»`;
}

const planResponsible = [
  homeOrgs.economy,
  homeOrgs.agriculture,
  homeOrgs.forestry,
  homeOrgs.culture,
  homeOrgs.education,
  homeOrgs.exportCentre,
  "Управление международных и межрегиональных связей",
];

const planItemTitles: Record<SectorCode, string> = {
  timber: "Провести стажировку специалистов лесной отрасли",
  agriculture: "Организовать дегустацию и презентацию продукции производителей области",
  trade: "Организовать бизнес-миссию экспортёров области",
  education: "Организовать обмен делегациями студентов",
  culture: "Провести гастроли творческих коллективов",
  tourism: "Подготовить совместный туристический маршрут",
  investment: "Провести презентацию инвестиционного потенциала области",
  industry: "Провести переговоры о промышленной кооперации",
  science: "Провести совместную научную конференцию",
  health: "Организовать обмен опытом медицинских организаций",
  sport: "Провести совместные спортивные соревнования",
  transport: "Проработать новые логистические маршруты",
  energy: "Провести семинар по биоэнергетике",
  youth: "Провести молодёжный форум",
};

// ---------------------------------------------------------------------------------
// Partners.

type PartnerSpec = {
  key: string;
  id: string;
  name: string;
  nameEn: string;
  gen: string;
  level: PartnerLevel;
  parentId: string;
  iso: string | null;
  lat: number | null;
  lon: number | null;
  /** Where a visit to this partner takes place (a city name). */
  place: string;
  countryKey: string;
  countryIso: string;
  style: NameStyle;
  activity: number;
  domestic: boolean;
  priority: number;
};

type GenPartner = PartnerSpec & { favourites: SectorCode[]; weight: number; people: string[] };

const russiaAsCountry = { key: "ru", iso: "RU", style: "ru" as NameStyle, activity: 1.6 };

function cityAccusative(name: string): string {
  if (/а$/.test(name)) return name.replace(/а$/, "у");
  if (/я$/.test(name)) return name.replace(/я$/, "ю");
  return name;
}

function cityFrom(c: CityRef) {
  const [key, name, nameEn, lat, lon, gen] = c;
  return { key, name, nameEn, lat, lon, gen: genitiveOf(name, gen) };
}

/** Every reference partner, each after its parent, with a priority: the first N by priority are used. */
function referencePartnerSpecs(): PartnerSpec[] {
  const specs: PartnerSpec[] = [];
  const partnerKey = (k: string) => `gen:partner:${k}`;
  const orgSpecs = (
    parent: { id: string; gen: string; place: string; lat: number | null; lon: number | null },
    country: { key: string; iso: string; style: NameStyle; activity: number },
    names: ReadonlyArray<readonly [string, string, string]>,
    keyBase: string,
    basePriority: number,
    domestic: boolean,
  ) =>
    names.forEach(([name, gen, nameEn], o) =>
      specs.push({
        key: `${keyBase}:org-${o}`,
        id: seedId(partnerKey(`${keyBase}:org-${o}`)),
        name: `${name} ${parent.gen}`,
        nameEn,
        gen: `${gen} ${parent.gen}`,
        level: "ORGANISATION",
        parentId: parent.id,
        iso: null,
        lat: parent.lat,
        lon: parent.lon,
        place: parent.place,
        countryKey: country.key,
        countryIso: country.iso,
        style: country.style,
        activity: country.activity,
        domestic,
        priority: basePriority + o * 25,
      }),
    );

  referenceCountries.forEach((country: CountryRef, i) => {
    const countryId = country.existing === "kazakhstan" ? caseIds.kazakhstan : seedId(partnerKey(country.key));
    const capitalRef = [...country.cities, ...country.regions.flatMap((r) => r.cities)].find((c) => c[1] === country.capital);
    const common = { countryKey: country.key, countryIso: country.iso, style: country.style, activity: country.activity, domestic: false };
    if (!country.existing) {
      specs.push({
        ...common,
        key: country.key,
        id: countryId,
        name: country.name,
        nameEn: country.nameEn,
        gen: country.gen,
        level: "COUNTRY",
        parentId: "",
        iso: country.iso,
        lat: country.lat,
        lon: country.lon,
        place: country.capital,
        priority: i,
      });
    }
    country.cities.forEach((c, k) => {
      const city = cityFrom(c);
      specs.push({
        ...common,
        key: city.key,
        id: seedId(partnerKey(city.key)),
        name: city.name,
        nameEn: city.nameEn,
        gen: city.gen,
        level: "CITY",
        parentId: countryId,
        iso: null,
        lat: city.lat,
        lon: city.lon,
        place: city.name,
        priority: i + 2 + k * 5,
      });
    });
    country.regions.forEach((region: RegionRef, j) => {
      const regionId = seedId(partnerKey(region.key));
      const regionPriority = i * 0.9 + 6 + j * 7;
      specs.push({
        ...common,
        key: region.key,
        id: regionId,
        name: region.name,
        nameEn: region.nameEn,
        gen: genitiveOf(region.name, region.gen),
        level: "REGION",
        parentId: countryId,
        iso: region.iso ?? null,
        lat: region.lat,
        lon: region.lon,
        place: region.cities[0]?.[1] ?? region.name,
        priority: regionPriority,
      });
      region.cities.forEach((c, k) => {
        const city = cityFrom(c);
        specs.push({
          ...common,
          key: city.key,
          id: seedId(partnerKey(city.key)),
          name: city.name,
          nameEn: city.nameEn,
          gen: city.gen,
          level: "CITY",
          parentId: regionId,
          iso: null,
          lat: city.lat,
          lon: city.lon,
          place: city.name,
          priority: regionPriority + 5 + k * 6,
        });
      });
    });
    orgSpecs(
      { id: countryId, gen: country.gen, place: country.capital, lat: capitalRef?.[3] ?? country.lat, lon: capitalRef?.[4] ?? country.lon },
      country,
      [
        ["Торгово-промышленная палата", "Торгово-промышленной палаты", `Chamber of Commerce and Industry (${country.nameEn})`],
        ["Агентство по привлечению инвестиций", "Агентства по привлечению инвестиций", `Investment promotion agency (${country.nameEn})`],
        ["Ассоциация туроператоров", "Ассоциации туроператоров", `Association of tour operators (${country.nameEn})`],
      ],
      country.key,
      30 + i * 1.5,
      false,
    );
  });

  referenceRussianRegions.forEach((region, r) => {
    const regionId = seedId(partnerKey(region.key));
    const regionPriority = 0.5 + r * 1.6;
    const gen = genitiveOf(region.name, region.gen);
    const common = { countryKey: "ru", countryIso: "RU", style: "ru" as NameStyle, activity: russiaAsCountry.activity, domestic: true };
    specs.push({
      ...common,
      key: region.key,
      id: regionId,
      name: region.name,
      nameEn: region.nameEn,
      gen,
      level: "REGION",
      parentId: caseIds.russia,
      iso: region.iso ?? null,
      lat: region.lat,
      lon: region.lon,
      place: region.cities[0]?.[1] ?? region.name,
      priority: regionPriority,
    });
    region.cities.forEach((c, k) => {
      const city = cityFrom(c);
      specs.push({
        ...common,
        key: city.key,
        id: seedId(partnerKey(city.key)),
        name: city.name,
        nameEn: city.nameEn,
        gen: city.gen,
        level: "CITY",
        parentId: regionId,
        iso: null,
        lat: city.lat,
        lon: city.lon,
        place: city.name,
        priority: regionPriority + 8 + k * 6,
      });
    });
    orgSpecs(
      { id: regionId, gen, place: region.cities[0]?.[1] ?? region.name, lat: region.lat, lon: region.lon },
      russiaAsCountry,
      [
        ["Торгово-промышленная палата", "Торгово-промышленной палаты", `Chamber of Commerce and Industry (${region.nameEn})`],
        ["Центр поддержки экспорта", "Центра поддержки экспорта", `Export support centre (${region.nameEn})`],
      ],
      region.key,
      35 + r * 1.5,
      true,
    );
  });
  return specs
    .map((s, order) => ({ s, order }))
    .sort((a, b) => a.s.priority - b.s.priority || a.order - b.order)
    .map((x) => x.s);
}

const companyPrefixes = ["Евразия", "Север", "Агро", "Транс", "Лес", "Тех", "Эко", "Инвест", "Глобал", "Вектор", "Полюс", "Меридиан"];
const companySuffixes = ["Трейд", "Пром", "Агро", "Логистик", "Экспорт", "Инвест", "Строй", "Продукт", "Текс", "Сервис"];
const companyForm: Partial<Record<string, string>> = { ru: "ООО", by: "ООО", kz: "ТОО", uz: "ООО", kg: "ОсОО", am: "ООО", az: "ООО", tj: "ООО" };

// ---------------------------------------------------------------------------------

export function datasetPrefix(o: Pick<GenerateOptions, "seed" | "partners" | "interactions">): string {
  return `gen:${o.seed}:${o.partners}:${o.interactions}`;
}

/** Export categories the generator adds next to the case's four: [key, name, nameEn, hsCode]. */
const extraCategories = [
  ["lumber", "Пиломатериалы", "Sawn timber", "4407"],
  ["plywood", "Фанера", "Plywood", "4412"],
  ["pellets", "Древесные топливные гранулы", "Wood pellets", "440131"],
  ["fertilisers", "Минеральные удобрения", "Mineral fertilisers", "31"],
  ["steel", "Плоский прокат из стали", "Flat-rolled steel", "7208"],
  ["linen", "Льняные ткани", "Linen fabrics", "5309"],
  ["lace", "Кружево", "Lace", "5804"],
] as const;

/** Per category: its id, unit, an approximate price per unit in USD, typical markets, and the seasonal factor of each quarter. */

const categoryMarkets: Record<string, { id: string; unit: string; price: number; markets: string[]; seasonal: readonly number[] }> = {
  // The case names dairy, canned meat and frozen berries for Kazakhstan and ice cream sold to
  // 26 countries: the synthetic figures have Kazakhstan for those, and ice cream for every
  // country of the reference lists (19 of them; the case does not say which 26).
  dairy: { id: caseIds.dairy, unit: "т", price: 3500, markets: ["KZ", "UZ", "KG", "AM", "MN", "TJ", "CN", "AZ"], seasonal: [1, 1, 1, 1] },
  cannedMeat: { id: caseIds.cannedMeat, unit: "т", price: 4500, markets: ["KZ", "MN", "UZ", "TJ", "KG", "CU", "VN"], seasonal: [1, 0.9, 0.9, 1.2] },
  frozenBerries: { id: caseIds.frozenBerries, unit: "т", price: 2200, markets: ["KZ", "CN", "BY", "RS", "VN", "AE"], seasonal: [0.7, 0.5, 1.3, 1.5] },
  iceCream: { id: caseIds.iceCream, unit: "т", price: 3000, markets: referenceCountries.map((c) => c.iso), seasonal: [0.6, 1.3, 1.5, 0.6] },
  lumber: {
    id: seedId("gen:export-category:lumber"),
    unit: "м³",
    price: 230,
    markets: ["CN", "UZ", "EG", "TR", "IR", "AZ", "IN"],
    seasonal: [0.9, 1.1, 1.1, 0.9],
  },
  plywood: { id: seedId("gen:export-category:plywood"), unit: "м³", price: 450, markets: ["TR", "EG", "IR", "UZ", "VN"], seasonal: [1, 1, 1, 1] },
  pellets: { id: seedId("gen:export-category:pellets"), unit: "т", price: 140, markets: ["TR", "UZ", "RS"], seasonal: [1.3, 0.8, 0.8, 1.2] },
  fertilisers: {
    id: seedId("gen:export-category:fertilisers"),
    unit: "т",
    price: 330,
    markets: ["IN", "BR", "TR", "CN", "EG", "VN"],
    seasonal: [1.2, 1.2, 0.8, 0.8],
  },
  steel: { id: seedId("gen:export-category:steel"), unit: "т", price: 620, markets: ["TR", "EG", "VN", "IN", "AE", "SA"], seasonal: [1, 1, 1, 1] },
  linen: { id: seedId("gen:export-category:linen"), unit: "т", price: 9000, markets: ["BY", "UZ", "CN", "TR"], seasonal: [1, 1, 1, 1] },
  lace: { id: seedId("gen:export-category:lace"), unit: "кг", price: 120, markets: ["CN", "RS", "AE"], seasonal: [0.8, 1, 1, 1.2] },
};

type TaskState = { status: TaskStatus; completedAt: Date | null };

/** A task due on day `dueDay` (a day number), created at the instant `createdAt`, seen on `today` / at `nowMs`. */
function taskState(rng: Rng, createdAt: number, dueDay: number, today: number, nowMs: number): TaskState {
  // Due today is not yet overdue: the day is not over in the home region.
  const overdue = dueDay < today;
  // A task a few weeks late is common; one left open for months is rare in a register
  // someone works with (each overdue task has an owner who is reminded of it).
  const stillOpen = today - dueDay <= 45 ? 25 : 1;
  const status: TaskStatus = overdue
    ? rng.weighted<TaskStatus>([
        ["DONE", 88],
        ["CANCELLED", 7],
        ["IN_PROGRESS", stillOpen * 0.4],
        ["OPEN", stillOpen * 0.6],
      ])
    : rng.weighted<TaskStatus>([
        ["OPEN", 55],
        ["IN_PROGRESS", 35],
        ["DONE", 10],
      ]);
  if (status !== "DONE") return { status, completedAt: null };
  const latest = Math.min(moscowInstant(dueDay + 20, 18), nowMs);
  const earliest = Math.min(createdAt, latest);
  return { status, completedAt: new Date(earliest + Math.floor(rng.next() * (latest - earliest))) };
}

/** The weekday on or before day n (a Saturday or Sunday moves back to Friday). */
function workday(n: number): number {
  const weekday = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
  return weekday === 6 ? n - 1 : weekday === 0 ? n - 2 : n;
}

/**
 * Who answers for a demo task: mostly the demo editor, some the analyst and the
 * administrator, a few nobody yet. An overdue task always has an owner: in a register that
 * is used, a late task is someone's late task.
 */
function drawOwner(rng: Rng, state: TaskState, dueDay: number | null, today: number): string | null {
  const late = dueDay !== null && dueDay < today && (state.status === "OPEN" || state.status === "IN_PROGRESS");
  const email = rng.weighted<string | null>([
    ["editor@demo", 50],
    ["analyst@demo", 20],
    ["admin@demo", 15],
    [null, late ? 0 : 15],
  ]);
  return email === null ? null : demoAccountId(email);
}

/** The demo accounts that own tasks (a viewer does not work on them). */
const taskOwners = ["editor@demo", "analyst@demo", "admin@demo"].map(demoAccountId);

/**
 * «Мои задачи» shows work for each demo account, also in a small dataset: an account the
 * draw left without an open task takes one from the account with the most (or an
 * unowned one), the earliest first, so the result stays deterministic.
 */
function giveEveryOwnerOpenWork(rows: SeedRows): void {
  const open = rows.followUps.filter((f) => f.status === "OPEN" || f.status === "IN_PROGRESS");
  const load = (owner: string | null | undefined) => open.filter((f) => (f.ownerId ?? null) === (owner ?? null)).length;
  for (const owner of taskOwners) {
    if (load(owner) > 0) continue;
    const busiest = [...taskOwners].sort((x, y) => load(y) - load(x))[0]!;
    const spare = open.find((f) => !f.ownerId) ?? (load(busiest) > 1 ? open.find((f) => f.ownerId === busiest) : undefined);
    if (spare) spare.ownerId = owner;
  }
}

const money = (n: number) => n.toFixed(2);
const amount = (n: number) => n.toFixed(3);

/** The rows of a generated dataset; the same options give the same rows. */
export function generateDataset(options: GenerateOptions): SeedRows {
  const { seed } = options;
  const partnersWanted = Math.max(1, Math.floor(options.partners));
  const interactionsWanted = Math.max(0, Math.floor(options.interactions));
  const today = dayNumber(options.today);
  const nowMs = options.now ? options.now.getTime() : moscowInstant(today, 12);
  const now = new Date(nowMs);
  const prefix = datasetPrefix({ seed, partners: partnersWanted, interactions: interactionsWanted });
  const key = (k: string) => `${prefix}:${k}`;
  const rows = emptySeedRows();
  const firstDay = today - Math.round(3 * 365.25);
  /** Bookkeeping instant of the oldest records (partners, people). */
  const threeYearsAgo = Math.min(nowMs, moscowInstant(firstDay, 9));

  // The demo accounts, disabled until the server's demo mode sets their password (demo-accounts.ts).
  for (const account of demoAccounts) {
    rows.users.push({
      id: demoAccountId(account.email),
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash: null,
      isActive: false,
      mustChangePassword: false,
      passwordChangedAt: null,
      lastSignInAt: null,
      createdAt: new Date(threeYearsAgo),
      updatedAt: new Date(threeYearsAgo),
    });
  }
  // Owners draw from a stream of their own, so the tasks themselves stay as they were.
  const ownerRng = new Rng(seed, "task-owners");

  // Partners ------------------------------------------------------------------
  const reference = referencePartnerSpecs();
  const chosen = reference.slice(0, partnersWanted);
  const companyRng = new Rng(seed, "companies");
  const companyParents = () => chosen.filter((p) => p.level === "REGION" || p.level === "CITY");
  for (let n = 0; chosen.length < partnersWanted; n++) {
    const parents = companyParents();
    const parent = parents.length ? companyRng.pick(parents) : chosen[0]!;
    const form = companyForm[parent.style] ?? "Компания";
    const brand = `${companyRng.pick(companyPrefixes)}${companyRng.pick(companySuffixes)}`;
    const name = `${form} «${brand}»`;
    chosen.push({
      ...parent,
      key: key(`company-${n}`),
      id: seedId(key(`partner:company-${n}`)),
      name,
      nameEn: `${brand} (${parent.nameEn})`,
      gen: name,
      level: "ORGANISATION",
      parentId: parent.id,
      iso: null,
      priority: 1000 + n,
    });
  }
  const activityRng = new Rng(seed, "activity");
  const levelWeight: Record<PartnerLevel, number> = { COUNTRY: 5, REGION: 3, CITY: 1.5, ORGANISATION: 1 };
  const partners: GenPartner[] = chosen.map((p) => ({
    ...p,
    weight: levelWeight[p.level] * p.activity * Math.exp(activityRng.gauss() * 0.7),
    favourites: [],
    people: [],
  }));
  for (const p of partners) {
    const picked = new Set<SectorCode>();
    while (picked.size < 3) picked.add(activityRng.weighted(sectorWeights));
    p.favourites = [...picked];
  }
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  for (const p of partners) {
    rows.partners.push({
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      level: p.level,
      // What an organisation is, where its name says it (the investment agencies and export
      // centres are left without a kind: their status differs by country).
      kind:
        p.level !== "ORGANISATION" ? null : p.priority >= 1000 ? "COMPANY" : /^(Торгово-промышленная палата|Ассоциация)/.test(p.name) ? "ASSOCIATION" : null,
      parentId: p.parentId || null,
      isoCode: p.iso,
      latitude: p.lat,
      longitude: p.lon,
      isHome: false,
      notes: p.level === "ORGANISATION" && p.priority >= 1000 ? "Вымышленная компания из демонстрационного набора данных." : null,
      ...aliasesOf(p.name),
      searchText: searchTextOf.partner({ name: p.name, nameEn: p.nameEn, isoCode: p.iso, aliases: aliasesOf(p.name).aliases }),
      createdAt: new Date(threeYearsAgo),
      updatedAt: new Date(threeYearsAgo),
    });
  }

  // People ----------------------------------------------------------------------
  const peopleRng = new Rng(seed, "people");
  const personNote = "Вымышленный контакт из демонстрационного набора данных.";
  const homePeople: string[] = [];
  // Each generated person holds one post, since a day nobody knows: one open position
  // without days. Meetings record it for their participants (the post on the day).
  const postOf = new Map<string, { post: string; organisation: string }>();
  const holdPost = (personId: string, post: string, organisation: string) => {
    postOf.set(personId, { post, organisation });
    rows.personPositions.push({
      id: seedId(`${personId}:position`),
      personId,
      post,
      organisation,
      startsOn: null,
      endsOn: null,
      createdAt: new Date(threeYearsAgo),
      updatedAt: new Date(threeYearsAgo),
    });
  };
  const homeCount = Math.min(60, 12 + Math.round(partnersWanted / 8));
  for (let h = 0; h < homeCount; h++) {
    const [post, organisation] = homePosts[h % homePosts.length]!;
    const name = personName("ru", peopleRng.chance(0.45), peopleRng.next(), peopleRng.next());
    const id = seedId(key(`person:home:${h}`));
    homePeople.push(id);
    holdPost(id, post, organisation);
    rows.people.push({
      id,
      ...name,
      post,
      organisation,
      side: "HOME",
      partnerId: home.id,
      notes: personNote,
      searchText: searchTextOf.person({ ...name, post, organisation }),
      createdAt: new Date(threeYearsAgo),
      updatedAt: new Date(threeYearsAgo),
    });
  }
  const homePicker = new WeightedPicker(homePeople, () => 0.3 + peopleRng.next() * 2);

  const partnerPosts = (p: GenPartner): ReadonlyArray<readonly [string, string]> => {
    switch (p.level) {
      case "COUNTRY":
        return [
          [`Первый секретарь посольства ${p.gen} в Российской Федерации`, `Посольство ${p.gen} в Российской Федерации`],
          [`Советник посольства ${p.gen} в Российской Федерации`, `Посольство ${p.gen} в Российской Федерации`],
          [`Сотрудник торгового представительства ${p.gen} в Российской Федерации`, `Торговое представительство ${p.gen} в Российской Федерации`],
          ["Директор департамента внешнеэкономических связей", `Министерство экономики ${p.gen}`],
        ];
      case "REGION":
        if (p.domestic) {
          return [
            ["Начальник управления межрегиональных связей", `Правительство ${p.gen}`],
            ["Советник по внешнеэкономическим вопросам", `Правительство ${p.gen}`],
            ["Заместитель руководителя департамента экономического развития", `Правительство ${p.gen}`],
          ];
        }
        if (p.style === "kz")
          return [
            [`Заместитель акима ${p.gen}`, `Акимат ${p.gen}`],
            ["Руководитель управления предпринимательства", `Акимат ${p.gen}`],
          ];
        if (p.style === "uz")
          return [
            [`Заместитель хокима ${p.gen}`, `Хокимият ${p.gen}`],
            ["Начальник управления инвестиций и внешней торговли", `Хокимият ${p.gen}`],
          ];
        if (p.style === "cn")
          return [
            [`Заместитель губернатора ${p.gen}`, `Народное правительство ${p.gen}`],
            ["Заместитель директора департамента коммерции", `Народное правительство ${p.gen}`],
          ];
        return [
          ["Начальник управления внешних связей", `Администрация ${p.gen}`],
          ["Руководитель департамента экономики", `Администрация ${p.gen}`],
        ];
      case "CITY":
        if (p.style === "kz") return [[`Заместитель акима города ${p.gen}`, `Акимат города ${p.gen}`]];
        if (p.domestic) return [[`Заместитель главы города ${p.gen}`, `Администрация города ${p.gen}`]];
        return [
          [`Заместитель мэра ${p.gen}`, `Администрация города ${p.gen}`],
          ["Руководитель отдела международных связей", `Администрация города ${p.gen}`],
        ];
      case "ORGANISATION":
        return p.priority >= 1000
          ? [
              ["Генеральный директор", p.name],
              ["Директор по экспорту", p.name],
              ["Руководитель отдела закупок", p.name],
            ]
          : [
              ["Руководитель отдела международного сотрудничества", p.name],
              ["Эксперт по внешнеэкономической деятельности", p.name],
            ];
    }
  };
  const peopleCount: Record<PartnerLevel, number> = { COUNTRY: 3, REGION: 2, CITY: 1, ORGANISATION: 1 };
  for (const p of partners) {
    const posts = partnerPosts(p);
    const n = peopleCount[p.level] + (peopleRng.chance(0.3) ? 1 : 0);
    for (let j = 0; j < n; j++) {
      const [post, organisation] = posts[j % posts.length]!;
      const name = personName(p.style, peopleRng.chance(0.35), peopleRng.next(), peopleRng.next());
      const id = seedId(key(`person:${p.key}:${j}`));
      p.people.push(id);
      holdPost(id, post, organisation);
      rows.people.push({
        id,
        ...name,
        post,
        organisation,
        side: "PARTNER",
        partnerId: p.id,
        notes: personNote,
        searchText: searchTextOf.person({ ...name, post, organisation }),
        createdAt: new Date(threeYearsAgo),
        updatedAt: new Date(threeYearsAgo),
      });
    }
  }
  /** People who speak for a partner: its own, else its parent's. */
  const contactsOf = (p: GenPartner): string[] => {
    if (p.people.length) return p.people;
    const parent = partnerById.get(p.parentId);
    return parent ? parent.people : [];
  };
  const childrenOf = new Map<string, GenPartner[]>();
  for (const p of partners) {
    const list = childrenOf.get(p.parentId) ?? [];
    list.push(p);
    childrenOf.set(p.parentId, list);
  }
  const partnerPicker = new WeightedPicker(partners, (p) => p.weight);

  // Interactions ----------------------------------------------------------------
  const irng = new Rng(seed, "interactions");
  const frng = new Rng(seed, "follow-ups");
  // Precision and time of day draw from streams of their own, so the rest of a contact stays as it was.
  const iprec = new Rng(seed, "interaction-dates");
  const span = today - firstDay;
  for (let i = 0; i < interactionsWanted; i++) {
    const id = seedId(key(`interaction:${i}`));
    const kind = irng.weighted<InteractionKind>([
      ["MEETING", 35],
      ["VISIT", 18],
      ["NEGOTIATIONS", 12],
      ["CALL", 15],
      ["CONFERENCE", 10],
      ["OTHER", 10],
    ]);
    const remote =
      kind === "CALL" ||
      (kind === "MEETING" && irng.chance(0.25)) ||
      (kind === "NEGOTIATIONS" && irng.chance(0.3)) ||
      (kind === "CONFERENCE" && irng.chance(0.15)) ||
      (kind === "OTHER" && irng.chance(0.5));
    let direction: $Enums.Direction | null = null;
    if (!remote) {
      if (kind === "VISIT") direction = irng.chance(0.55) ? "INCOMING" : "OUTGOING";
      else if (kind === "MEETING" || kind === "NEGOTIATIONS")
        direction = irng.weighted<$Enums.Direction | null>([
          ["INCOMING", 70],
          ["OUTGOING", 20],
          [null, 10],
        ]);
      else if (kind === "CONFERENCE")
        direction = irng.weighted<$Enums.Direction | null>([
          ["OUTGOING", 50],
          ["INCOMING", 30],
          [null, 20],
        ]);
    }
    const first = partnerPicker.pick(irng);
    const chosenPartners = [first];
    const extra = kind === "CONFERENCE" ? irng.int(1, 3) : irng.chance(0.15) ? 1 : 0;
    for (let e = 0; e < extra; e++) {
      const related = e === 0 && kind !== "CONFERENCE" ? (partnerById.get(first.parentId) ?? childrenOf.get(first.id)?.[0]) : undefined;
      const candidate = related ?? partnerPicker.pick(irng);
      if (!chosenPartners.includes(candidate)) chosenPartners.push(candidate);
    }
    // Slightly more contacts in recent months, as a register fills up; all before today, on working days.
    const day = workday(firstDay + Math.floor(span * Math.pow(irng.next(), 0.85)));
    const hour = irng.int(9, 17);
    const minutes = irng.chance(0.5) ? 0 : 30;
    // The last day of a contact over several days; a contact within one day has none.
    let lastDay: number | null = null;
    if (kind === "VISIT") lastDay = day + irng.int(1, 3);
    else if (kind === "CONFERENCE" && irng.chance(0.5)) lastDay = day + 1;
    if (lastDay !== null && lastDay > today) lastDay = null;
    let precision = drawPrecision(iprec);
    let startsAt = dayOf(day);
    let endsAt = lastDay === null ? null : dayOf(lastDay);
    if (isPeriod(precision)) {
      // «в ноябре», «во II квартале»: stored as the whole period, and only for a period that is
      // over (a past contact's month does not run past today).
      const period = periodOf(startsAt, precision);
      if (period.last < options.today) {
        startsAt = period.first;
        endsAt = period.last;
      } else precision = "DAY";
    }
    // The hour is known for most single contacts given to the day; never for a vague date or a visit.
    const startTime = precision === "DAY" && kind !== "VISIT" && iprec.chance(0.8) ? `${String(hour).padStart(2, "0")}:${minutes === 0 ? "00" : "30"}` : null;

    const sectorCount = irng.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const);
    const sectorSet = new Set<SectorCode>();
    for (let guard = 0; sectorSet.size < sectorCount && guard < 10; guard++) {
      sectorSet.add(irng.chance(0.8) ? irng.pick(first.favourites) : irng.weighted(sectorWeights));
    }
    const sectorList = [...sectorSet];
    const mainSector = sectorList[0]!;
    const topic = irng.chance(0.7) ? ` по вопросам ${sectorTopic[mainSector]}` : "";
    const g = first.gen;
    let title: string;
    switch (kind) {
      case "VISIT":
        title = direction === "INCOMING" ? `Визит делегации ${g}${topic}` : `Визит делегации ${home.genitive} в ${cityAccusative(first.place)}${topic}`;
        break;
      case "MEETING":
        title =
          first.level === "COUNTRY" && !remote
            ? `Встреча с представителями посольства ${g}${topic}`
            : direction === "INCOMING"
              ? `Встреча с делегацией ${g}${topic}`
              : `Рабочая встреча с представителями ${g}${topic}`;
        break;
      case "NEGOTIATIONS":
        title = `Переговоры с представителями ${g} по вопросам ${sectorTopic[mainSector]}`;
        break;
      case "CALL":
        title = irng.chance(0.7) ? `Видеоконференция с представителями ${g}${topic}` : `Телефонные переговоры с представителями ${g}${topic}`;
        break;
      case "CONFERENCE":
        title = `Конференция «${irng.pick(conferenceNames)}» с участием ${g}`;
        break;
      default:
        title = `Консультации с представителями ${g}${topic}`;
    }
    const place = remote ? "Видеоконференция" : direction === "OUTGOING" ? first.place : irng.weighted(homePlaces);
    const summary = sectorList
      .slice(0, 2)
      .map((s) => irng.pick(discussed[s]))
      .join(" ");
    const outcomes = irng.chance(0.85) ? irng.sample(outcomePhrases, irng.int(1, 2)).join(" ") : null;
    const recordedDay = Math.min(day + irng.int(0, 3), today);
    const createdAt = new Date(Math.min(moscowInstant(recordedDay, hour, minutes), nowMs));
    let sourceId: string | null = null;
    if (irng.chance(0.04)) {
      sourceId = seedId(key(`source:interaction:${i}`));
      const sTitle = `Пресс-релиз: ${title}`;
      const text = `${summary} ${outcomes ?? ""} Синтетическая запись демонстрационного набора данных.`.replace(/\s+/g, " ");
      rows.sources.push({
        id: sourceId,
        title: sTitle,
        kind: "PRESS_RELEASE",
        url: null,
        // Published when the contact was recorded, on its day or up to three days later.
        publishedAt: dayOf(recordedDay),
        publishedPrecision: "DAY",
        text,
        searchText: searchTextOf.source({ title: sTitle, text }),
        createdAt,
        updatedAt: createdAt,
      });
    }
    rows.interactions.push({
      id,
      title,
      kind,
      direction,
      format: remote ? "REMOTE" : "IN_PERSON",
      startsAt,
      endsAt,
      datePrecision: precision,
      startTime,
      place,
      summary,
      outcomes,
      searchText: searchTextOf.interaction({ title, place, summary, outcomes }),
      createdAt,
      updatedAt: createdAt,
    });
    if (sourceId) rows.interactionSources.push({ interactionId: id, sourceId });
    for (const p of chosenPartners) rows.interactionPartners.push({ interactionId: id, partnerId: p.id });
    for (const s of sectorList) rows.interactionSectors.push({ interactionId: id, sectorId: sectorId(s) });
    const homeCountHere = remote ? 1 : irng.int(1, 2);
    const seen = new Set<string>();
    for (let h = 0; h < homeCountHere; h++) {
      const personId = homePicker.pick(irng);
      if (seen.has(personId)) continue;
      const role =
        seen.size === 0
          ? direction === "INCOMING"
            ? "Принимающая сторона"
            : direction === "OUTGOING"
              ? "Глава делегации"
              : "Участник"
          : irng.chance(0.6)
            ? "Участник"
            : null;
      seen.add(personId);
      rows.interactionParticipants.push({ interactionId: id, personId, role, ...postOf.get(personId) });
    }
    const guests = irng.int(0, 2);
    let firstGuest = true;
    for (let q = 0; q < guests; q++) {
      const contacts = contactsOf(irng.pick(chosenPartners));
      if (!contacts.length) continue;
      const personId = irng.pick(contacts);
      if (seen.has(personId)) continue;
      seen.add(personId);
      const role = firstGuest
        ? direction === "INCOMING"
          ? "Глава делегации"
          : direction === "OUTGOING"
            ? "Принимающая сторона"
            : "Участник"
        : irng.chance(0.5)
          ? "Участник"
          : null;
      firstGuest = false;
      rows.interactionParticipants.push({ interactionId: id, personId, role, ...postOf.get(personId) });
    }

    if (frng.chance(0.22)) {
      const n = frng.chance(0.7) ? 1 : 2;
      for (let f = 0; f < n; f++) {
        const fTitle = f === 0 && frng.chance(0.6) ? followUpBySector[mainSector] : frng.pick(followUpGeneral);
        const details = frng.chance(0.5) ? `По итогам: ${title}.` : null;
        const fCreated = createdAt;
        const due = day + frng.int(7, 75);
        const state = taskState(frng, fCreated.getTime(), due, today, nowMs);
        rows.followUps.push({
          id: seedId(key(`follow-up:interaction:${i}:${f}`)),
          title: fTitle,
          details,
          ownerId: drawOwner(ownerRng, state, due, today),
          dueDate: dayOf(due),
          status: state.status,
          completedAt: state.completedAt,
          interactionId: id,
          agreementId: null,
          planItemId: null,
          searchText: searchTextOf.followUp({ title: fTitle, details }),
          createdAt: fCreated,
          updatedAt: state.completedAt ?? fCreated,
        });
      }
    }
  }

  // Agreements ----------------------------------------------------------------------
  const arng = new Rng(seed, "agreements");
  const aprec = new Rng(seed, "agreement-dates");
  const agreementCount = Math.min(2000, Math.max(5, Math.round(partnersWanted * 0.45) + Math.round(interactionsWanted / 1000)));
  const agreementPartners = new WeightedPicker(
    partners.filter((p) => p.level !== "ORGANISATION" || p.priority < 1000),
    (p) => p.weight,
  );
  for (let a = 0; a < agreementCount; a++) {
    const aKey = key(`agreement:${a}`);
    const id = seedId(aKey);
    const party = agreementPartners.pick(arng);
    const kind: AgreementKind =
      party.level === "ORGANISATION"
        ? "MEMORANDUM"
        : party.domestic
          ? arng.weighted<AgreementKind>([
              ["COOPERATION_AGREEMENT", 40],
              ["IMPLEMENTATION_PLAN", 35],
              ["MEMORANDUM", 25],
            ])
          : party.level === "COUNTRY"
            ? arng.weighted<AgreementKind>([
                ["MEMORANDUM", 35],
                ["JOINT_COMMISSION_PROTOCOL", 30],
                ["IMPLEMENTATION_PLAN", 20],
                ["COOPERATION_AGREEMENT", 15],
              ])
            : party.level === "CITY"
              ? arng.weighted<AgreementKind>([
                  ["TWINNING", 40],
                  ["MEMORANDUM", 40],
                  ["COOPERATION_AGREEMENT", 20],
                ])
              : arng.weighted<AgreementKind>([
                  ["COOPERATION_AGREEMENT", 50],
                  ["MEMORANDUM", 25],
                  ["IMPLEMENTATION_PLAN", 25],
                ]);
    // A region's cooperation and twinning agreements with foreign partners are registered
    // with the Ministry of Justice before they take effect (4-FZ); the others take effect on signature.
    const needsRegistration = kind === "COOPERATION_AGREEMENT" || kind === "TWINNING";
    // An interregional agreement is not an international one; it is kept short of entry into force here.
    const restricted = party.domestic && needsRegistration;
    let target: AgreementStage = arng.weighted<AgreementStage>([
      ["PROPOSAL_SENT", 8],
      ["DRAFT", 7],
      ["NEGOTIATION", 10],
      ["SIGNED", 6],
      ["REGISTERED", needsRegistration ? 5 : 0],
      ["IN_FORCE", 20],
      ["IMPLEMENTATION", 20],
      ["EXTENDED", 8],
      ["EXPIRED", 8],
      ["TERMINATED", 6],
    ]);
    if (restricted && !["PROPOSAL_SENT", "DRAFT", "NEGOTIATION", "SIGNED", "TERMINATED"].includes(target))
      target = arng.pick(["NEGOTIATION", "SIGNED"] as const);

    const main: AgreementStage[] = ["PROPOSAL_SENT", "DRAFT", "NEGOTIATION", "SIGNED", ...(needsRegistration ? (["REGISTERED"] as const) : []), "IN_FORCE"];
    let path: AgreementStage[];
    if (target === "TERMINATED") {
      const from = restricted
        ? arng.pick(["PROPOSAL_SENT", "DRAFT", "NEGOTIATION", "SIGNED"] as const)
        : arng.pick([...main, "IMPLEMENTATION"] as AgreementStage[]);
      path = from === "IMPLEMENTATION" ? [...main, "IMPLEMENTATION"] : main.slice(0, main.indexOf(from) + 1);
      path.push("TERMINATED");
    } else if (target === "IMPLEMENTATION") path = [...main, "IMPLEMENTATION"];
    else if (target === "EXTENDED") path = arng.chance(0.5) ? [...main, "IMPLEMENTATION", "EXTENDED"] : [...main, "EXTENDED"];
    else if (target === "EXPIRED") path = arng.chance(0.6) ? [...main, "IMPLEMENTATION", "EXPIRED"] : [...main, "EXPIRED"];
    else path = main.slice(0, main.indexOf(target) + 1);
    // Sometimes the draft stage is skipped, sometimes negotiations send the text back for rework.
    if (path.length > 2 && path[1] === "DRAFT" && target !== "DRAFT" && arng.chance(0.2)) path.splice(1, 1);
    const negotiationAt = path.indexOf("NEGOTIATION");
    if (negotiationAt >= 0 && path.length > negotiationAt + 1 && path[negotiationAt + 1] !== "TERMINATED" && arng.chance(0.15)) {
      path.splice(negotiationAt + 1, 0, "DRAFT", "NEGOTIATION");
    }

    // Stage moves are days, each on or after the one before and none after today.
    const startDay = today - 10 - Math.floor(arng.next() * 5.5 * 365);
    const changes: Array<{ to: AgreementStage; at: number; precision: TDatePrecision; note: string | null }> = [];
    let t = startDay;
    let signedAt: number | null = null;
    let registeredAt: number | null = null;
    let effectiveAt: number | null = null;
    let expiresAt: number | null = null;
    let registrationNumber: string | null = null;
    const gapDays: Partial<Record<AgreementStage, readonly [number, number]>> = {
      DRAFT: [15, 75],
      NEGOTIATION: [20, 120],
      SIGNED: party.domestic ? [20, 120] : [60, 200],
      REGISTERED: [20, 90],
      IN_FORCE: [5, 40],
      IMPLEMENTATION: [10, 90],
      TERMINATED: [30, 400],
    };
    for (let s = 0; s < path.length; s++) {
      const to = path[s]!;
      let at: number;
      if (s === 0) at = t;
      else if (to === "EXPIRED") {
        // Expired once its last day is over (the agreement is valid through expiresAt).
        if (expiresAt === null || expiresAt >= today || expiresAt < t) break;
        at = expiresAt;
      } else if (to === "EXTENDED") {
        if (expiresAt === null) break;
        at = Math.max(t, expiresAt - arng.int(0, 60));
      } else {
        const [lo, hi] = gapDays[to] ?? [10, 60];
        at = t + arng.int(lo, hi);
      }
      if (at > today) break;
      let note: string | null = null;
      if (to === "SIGNED") signedAt = at;
      if (to === "REGISTERED") {
        registeredAt = at;
        registrationNumber = `РГ-${dayOf(at).slice(0, 4)}-${String(arng.int(1, 9999)).padStart(4, "0")}`;
        note = "Зарегистрировано в Министерстве юстиции Российской Федерации";
      }
      if (to === "IN_FORCE") {
        effectiveAt = at;
        const indefinite = kind === "MEMORANDUM" && arng.chance(0.25) && !["EXPIRED", "EXTENDED"].includes(target);
        if (!indefinite) {
          const years = kind === "IMPLEMENTATION_PLAN" ? arng.int(1, 3) : arng.pick([1, 2, 3, 5]);
          expiresAt = at + Math.round(years * 365.25);
        }
      }
      if (to === "EXTENDED" && expiresAt !== null) {
        expiresAt = expiresAt + Math.round(arng.int(1, 3) * 365.25);
        if (expiresAt < today) expiresAt = today + arng.int(60, 900);
        note = "Срок действия продлён по соглашению сторон";
      }
      if (to === "NEGOTIATION" && !party.domestic && arng.chance(0.5)) note = "Проект направлен на согласование в МИД России";
      if (to === "DRAFT" && s > 1) note = "Возвращено на доработку по замечаниям сторон";
      if (to === "TERMINATED") note = signedAt ? "Прекращено по взаимному согласию сторон" : "Стороны отказались от подготовки документа";
      changes.push({ to, at, precision: "DAY", note });
      t = at;
    }
    let current = changes[changes.length - 1]!;
    // An agreement that is still in force must not have run out: extend the end date or let it expire.
    if (["IN_FORCE", "IMPLEMENTATION", "EXTENDED"].includes(current.to) && expiresAt !== null && expiresAt < today) {
      if (expiresAt >= current.at) {
        changes.push({ to: "EXPIRED", at: expiresAt, precision: "DAY", note: null });
        current = changes[changes.length - 1]!;
      } else expiresAt = today + arng.int(30, 700);
    }
    // Some older agreements were entered after the fact, and the source gives the first step
    // only to the month or the year («предложение направлено в 2022 году»). Its period starts
    // on or before the day drawn, so the history still does not go back in time.
    const vagueStart = aprec.weighted<TDatePrecision>([
      ["MONTH", 3],
      ["YEAR", 1],
      ["DAY", 96],
    ]);
    if (vagueStart !== "DAY") {
      const period = periodOf(dayOf(changes[0]!.at), vagueStart);
      if (period.last < options.today) {
        changes[0] = { ...changes[0]!, at: dayNumber(period.first), precision: vagueStart };
        if (changes.length === 1) current = changes[0];
      }
    }
    const sectorsHere = arng.sample([...new Set([...party.favourites, ...arng.sample(sectorCodes, 2)])], arng.int(1, Math.min(4, party.favourites.length + 1)));
    const startYear = Number(dayOf(startDay).slice(0, 4));
    const years = `${startYear + 1}–${startYear + 3}`;
    const title =
      kind === "COOPERATION_AGREEMENT"
        ? `Соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве ${home.genitive} и ${party.gen}`
        : kind === "MEMORANDUM"
          ? `Меморандум о взаимопонимании ${home.genitive} и ${party.gen} в сфере ${sectorGenitive[sectorsHere[0]!]}`
          : kind === "IMPLEMENTATION_PLAN"
            ? `План мероприятий по сотрудничеству ${home.genitive} и ${party.gen} на ${years} годы`
            : kind === "TWINNING"
              ? `Соглашение о побратимских связях городов ${genitiveOf(home.centre)} и ${party.gen}`
              : `Протокол заседания рабочей группы по сотрудничеству ${home.genitive} и ${party.gen}`;
    const summary = `Направления: ${sectorsHere.map((s) => sectors.find((x) => x.code === s)!.name.toLowerCase()).join(", ")}.`;
    let sourceId: string | null = null;
    if (signedAt !== null && arng.chance(0.5)) {
      sourceId = seedId(`${aKey}:source`);
      const sTitle = `Пресс-релиз о подписании: ${title}`;
      const text = `Подписан документ «${title}». ${summary} Синтетическая запись демонстрационного набора данных.`;
      rows.sources.push({
        id: sourceId,
        title: sTitle,
        kind: "PRESS_RELEASE",
        url: null,
        publishedAt: dayOf(signedAt),
        publishedPrecision: "DAY",
        text,
        searchText: searchTextOf.source({ title: sTitle, text }),
        createdAt: new Date(Math.min(moscowInstant(signedAt, 15), nowMs)),
        updatedAt: new Date(Math.min(moscowInstant(signedAt, 15), nowMs)),
      });
    }
    rows.agreements.push({
      id,
      title,
      kind,
      stage: current.to,
      stageChangedAt: dayOf(current.at),
      summary,
      signedAt: signedAt === null ? null : dayOf(signedAt),
      registeredAt: registeredAt === null ? null : dayOf(registeredAt),
      registrationNumber,
      effectiveAt: effectiveAt === null ? null : dayOf(effectiveAt),
      expiresAt: expiresAt === null ? null : dayOf(expiresAt),
      searchText: searchTextOf.agreement({ title, summary, registrationNumber }),
      createdAt: new Date(Math.min(moscowInstant(startDay, 12), nowMs)),
      updatedAt: new Date(Math.min(moscowInstant(current.at, 12), nowMs)),
    });
    if (sourceId) rows.agreementSources.push({ agreementId: id, sourceId });
    rows.agreementParties.push({ agreementId: id, partnerId: party.id });
    if (party.level === "COUNTRY" && kind === "JOINT_COMMISSION_PROTOCOL") {
      const region = childrenOf.get(party.id)?.find((c) => c.level === "REGION");
      if (region && arng.chance(0.5)) rows.agreementParties.push({ agreementId: id, partnerId: region.id });
    }
    for (const s of sectorsHere) rows.agreementSectors.push({ agreementId: id, sectorId: sectorId(s) });
    changes.forEach((c, s) =>
      rows.agreementStageChanges.push({
        id: seedId(`${aKey}:stage:${s}`),
        agreementId: id,
        fromStage: s === 0 ? null : changes[s - 1]!.to,
        toStage: c.to,
        changedAt: dayOf(c.at),
        datePrecision: c.precision,
        note: c.note,
        userId: null,
        createdAt: new Date(Math.min(moscowInstant(c.at, 12), nowMs)),
      }),
    );
    const reached = new Set(changes.map((c) => c.to));
    const docs: Array<[string, number]> = [];
    if (reached.has("DRAFT")) docs.push(["Проект документа", changes.find((c) => c.to === "DRAFT")!.at]);
    if (signedAt !== null) docs.push(["Подписанный текст", signedAt]);
    if (registeredAt !== null) docs.push(["Свидетельство о государственной регистрации", registeredAt]);
    docs.forEach(([docTitle, at], d) =>
      rows.agreementDocuments.push({
        id: seedId(`${aKey}:document:${d}`),
        agreementId: id,
        title: docTitle,
        url: null,
        createdAt: new Date(Math.min(moscowInstant(at, 12), nowMs)),
      }),
    );

    // The implementation plan's dated items.
    const terminatedAt = current.to === "TERMINATED" ? current.at : null;
    if (effectiveAt !== null) {
      const items =
        kind === "IMPLEMENTATION_PLAN" ? arng.int(4, 10) : reached.has("IMPLEMENTATION") || reached.has("EXTENDED") ? arng.int(3, 8) : arng.int(0, 3);
      const windowEnd = Math.min(expiresAt ?? effectiveAt + 3 * 365, effectiveAt + 3 * 365);
      const created = new Date(Math.min(moscowInstant(effectiveAt, 12), nowMs));
      for (let k = 0; k < items; k++) {
        const sector = arng.pick(sectorsHere);
        const due = effectiveAt + 30 + Math.floor(arng.next() * Math.max(1, windowEnd - effectiveAt - 30));
        let state = taskState(arng, created.getTime(), due, today, nowMs);
        if (terminatedAt !== null && due > terminatedAt && state.status !== "DONE") state = { status: "CANCELLED", completedAt: null };
        if (state.completedAt && terminatedAt !== null && state.completedAt.getTime() > moscowInstant(terminatedAt + 1, 0))
          state = { status: "CANCELLED", completedAt: null };
        const planItemId = seedId(`${aKey}:plan-item:${k}`);
        const itemTitle = planItemTitles[sector];
        rows.planItems.push({
          id: planItemId,
          agreementId: id,
          title: itemTitle,
          dueDate: dayOf(due),
          status: state.status,
          responsible: arng.pick(planResponsible),
          completedAt: state.completedAt,
          createdAt: created,
          updatedAt: state.completedAt ?? created,
        });
        if ((state.status === "OPEN" || state.status === "IN_PROGRESS") && arng.chance(0.15)) {
          const fTitle = `Обеспечить выполнение пункта плана: ${itemTitle.charAt(0).toLowerCase()}${itemTitle.slice(1)}`;
          const fState = taskState(arng, created.getTime(), due, today, nowMs);
          rows.followUps.push({
            id: seedId(`${aKey}:plan-item:${k}:follow-up`),
            title: fTitle,
            details: null,
            ownerId: drawOwner(ownerRng, fState, due, today),
            dueDate: dayOf(due),
            status: fState.status,
            completedAt: fState.completedAt,
            interactionId: null,
            agreementId: id,
            planItemId,
            searchText: searchTextOf.followUp({ title: fTitle }),
            createdAt: created,
            updatedAt: fState.completedAt ?? created,
          });
        }
      }
    }
    // A task for the next step of an agreement that is still moving.
    if (!["TERMINATED", "EXPIRED"].includes(current.to) && arng.chance(0.3)) {
      const next: Partial<Record<AgreementStage, string>> = {
        PROPOSAL_SENT: "Получить ответ партнёров на предложение",
        DRAFT: "Согласовать проект документа с профильными министерствами",
        NEGOTIATION: party.domestic ? "Согласовать окончательный текст с партнёрами" : "Получить заключение МИД России по проекту",
        SIGNED: needsRegistration ? "Направить документ на государственную регистрацию в Минюст России" : "Организовать выполнение договорённостей",
        REGISTERED: "Подготовить уведомление о вступлении документа в силу",
        IN_FORCE: "Подготовить отчёт о выполнении соглашения",
        IMPLEMENTATION: "Подготовить отчёт о выполнении плана мероприятий",
        EXTENDED: "Подготовить отчёт о выполнении соглашения",
      };
      const fTitle = expiresAt !== null && expiresAt - today < 120 && expiresAt >= today ? "Подготовить предложения о продлении соглашения" : next[current.to]!;
      const created = new Date(Math.min(moscowInstant(current.at, 12), nowMs));
      const due = current.at + arng.int(30, 120);
      const state = taskState(arng, created.getTime(), due, today, nowMs);
      rows.followUps.push({
        id: seedId(`${aKey}:follow-up`),
        title: fTitle,
        details: title,
        ownerId: drawOwner(ownerRng, state, due, today),
        dueDate: dayOf(due),
        status: state.status,
        completedAt: state.completedAt,
        interactionId: null,
        agreementId: id,
        planItemId: null,
        searchText: searchTextOf.followUp({ title: fTitle, details: title }),
        createdAt: created,
        updatedAt: state.completedAt ?? created,
      });
    }
  }

  giveEveryOwnerOpenWork(rows);

  // Projects ----------------------------------------------------------------------
  const prng = new Rng(seed, "projects");
  const projectCount = Math.min(1000, Math.max(3, Math.round(partnersWanted / 4) + Math.round(interactionsWanted / 5000)));
  // What is built, and the same in the genitive («о создании тепличного комплекса»).
  const projectKinds: Partial<Record<SectorCode, ReadonlyArray<readonly [string, string]>>> = {
    timber: [
      ["Деревообрабатывающее производство", "деревообрабатывающего производства"],
      ["Производство клеёного бруса", "производства клеёного бруса"],
      ["Производство древесных топливных гранул", "производства древесных топливных гранул"],
    ],
    agriculture: [
      ["Молочное производство", "молочного производства"],
      ["Тепличный комплекс", "тепличного комплекса"],
      ["Переработка лесных ягод", "производства по переработке лесных ягод"],
      ["Логистический центр для сельхозпродукции", "логистического центра для сельхозпродукции"],
    ],
    industry: [
      ["Сборочное производство сельхозтехники", "сборочного производства сельхозтехники"],
      ["Производство металлоконструкций", "производства металлоконструкций"],
    ],
    tourism: [
      ["Гостиничный комплекс", "гостиничного комплекса"],
      ["Туристический центр", "туристического центра"],
    ],
    energy: [["Биотопливная котельная", "биотопливной котельной"]],
    transport: [["Транспортно-логистический центр", "транспортно-логистического центра"]],
    education: [["Центр подготовки кадров", "центра подготовки кадров"]],
    health: [["Реабилитационный центр", "реабилитационного центра"]],
    trade: [
      ["Торговый дом", "торгового дома"],
      ["Оптово-распределительный центр", "оптово-распределительного центра"],
    ],
  };
  const projectSectors = Object.keys(projectKinds) as SectorCode[];
  const projectPartners = new WeightedPicker(
    partners.filter((p) => p.level !== "CITY"),
    (p) => p.weight,
  );
  // Real towns of each country (of Russia for Russian partners), for the sites of projects
  // built on a partner's territory: «Площадка в окрестностях Бурсы», at the town's coordinates.
  const townsByCountry = new Map<string, Array<ReturnType<typeof cityFrom>>>();
  const addTowns = (countryKey: string, refs: readonly CityRef[]) =>
    townsByCountry.set(countryKey, [...(townsByCountry.get(countryKey) ?? []), ...refs.map(cityFrom)]);
  for (const country of referenceCountries) addTowns(country.key, [...country.cities, ...country.regions.flatMap((r) => r.cities)]);
  for (const region of referenceRussianRegions) addTowns("ru", region.cities);
  const townsNear = (p: GenPartner, k: number) =>
    (townsByCountry.get(p.countryKey) ?? [])
      .map((town) => ({ town, d: (town.lat - (p.lat ?? 0)) ** 2 + (town.lon - (p.lon ?? 0)) ** 2 }))
      .sort((a, b) => a.d - b.d || (a.town.key < b.town.key ? -1 : 1))
      .slice(0, k)
      .map((x) => x.town);
  const meetingsOnProjects = [
    "На заседании рабочей группы по сопровождению инвестиционных проектов",
    "На рабочем совещании в министерстве экономического развития области",
    "На совещании у заместителя губернатора области",
    "На заседании инвестиционного совета области",
  ];
  const ordinalQueue = ["вторая", "третья", "четвёртая", "пятая"];
  const projectTitles = new Set<string>();
  for (let k = 0; k < projectCount; k++) {
    const pKey = key(`project:${k}`);
    const id = seedId(pKey);
    // Titles are unique: a pair already taken is drawn again, and the rare repeat is the next stage («вторая очередь»).
    let partner = projectPartners.pick(prng);
    let sector: SectorCode = projectSectors[0]!;
    let kindName = "";
    let kindGenitive = "";
    let title = "";
    for (let attempt = 0; attempt < 8; attempt++) {
      if (attempt > 0 && attempt % 2 === 0) partner = projectPartners.pick(prng);
      const favourite = partner.favourites.find((s) => projectSectors.includes(s));
      sector = favourite && prng.chance(0.7) ? favourite : prng.pick(projectSectors);
      [kindName, kindGenitive] = prng.pick(projectKinds[sector]!);
      title = partner.level === "ORGANISATION" ? `${kindName}: партнёр — ${partner.name}` : `${kindName} с участием партнёров из ${partner.gen}`;
      if (!projectTitles.has(title)) break;
    }
    const base = title;
    for (let n = 0; projectTitles.has(title); n++) title = `${base}, ${ordinalQueue[n] ?? `${n + 2}-я`} очередь`;
    projectTitles.add(title);
    const stage = prng.weighted<$Enums.ProjectStage>([
      ["IDEA", 15],
      ["SITE_SELECTION", 20],
      ["PREPARATION", 18],
      ["CONSTRUCTION", 15],
      ["OPERATING", 17],
      ["SUSPENDED", 8],
      ["CANCELLED", 7],
    ]);
    const abroad = prng.chance(0.2) && partner.lat !== null;
    const created = new Date(Math.min(moscowInstant(today - 30 - Math.floor(prng.next() * 3 * 365), 12), nowMs));
    const updated = new Date(Math.min(nowMs, created.getTime() + prng.int(0, 400) * DAY));
    let statuses: $Enums.SiteStatus[] =
      stage === "IDEA"
        ? prng.chance(0.5)
          ? ["CANDIDATE"]
          : []
        : stage === "SITE_SELECTION"
          ? [...Array<$Enums.SiteStatus>(prng.int(2, 3)).fill("CANDIDATE"), ...(prng.chance(0.3) ? (["REJECTED"] as const) : [])]
          : stage === "SUSPENDED"
            ? prng.chance(0.5)
              ? ["CHOSEN"]
              : ["CANDIDATE", "CANDIDATE"]
            : stage === "CANCELLED"
              ? Array<$Enums.SiteStatus>(prng.int(0, 2)).fill("REJECTED")
              : ["CHOSEN", ...Array<$Enums.SiteStatus>(prng.int(0, 2)).fill("REJECTED")];
    const siteRefs: Array<readonly [string, number, number]> = abroad
      ? townsNear(partner, statuses.length).map((town) => [`Площадка в окрестностях ${town.gen}`, town.lat, town.lon] as const)
      : prng.sample(homeSites, statuses.length);
    // A country with fewer towns than sites drawn keeps fewer sites (the chosen one comes first).
    statuses = statuses.slice(0, siteRefs.length);
    const sites = statuses.map((status, s) => ({ status, name: siteRefs[s]![0], lat: siteRefs[s]![1], lon: siteRefs[s]![2] }));

    // The summary reads like the minutes of the meeting that last dealt with the project.
    const proposer = partner.level === "ORGANISATION" ? partner.name : `партнёров из ${partner.gen}`;
    const where = abroad ? ` на территории партнёра (${partner.place})` : ` в ${home.locative}`;
    const named = (status: $Enums.SiteStatus) => sites.filter((x) => x.status === status).map((x) => x.name);
    const chosen = named("CHOSEN")[0];
    const onChosen = chosen ? ` ${siteLocative(chosen)}` : "";
    const decisions: string[] =
      stage === "IDEA"
        ? ["подготовить предварительную оценку затрат", "запросить у инициатора бизнес-план проекта"]
        : stage === "SITE_SELECTION"
          ? [
              named("CANDIDATE").length ? `организовать выезд инициатора на площадки (${named("CANDIDATE").join(", ")})` : "подобрать площадки для размещения",
              "запросить технические условия подключения к сетям",
            ]
          : stage === "PREPARATION"
            ? [`закрепить за проектом выбранную площадку${chosen ? ` (${chosen})` : ""}`, "подготовить проектную документацию и оформить земельный участок"]
            : stage === "CONSTRUCTION"
              ? [`продолжить строительно-монтажные работы${onChosen}`, "заслушивать инициатора о ходе строительства ежеквартально"]
              : stage === "OPERATING"
                ? [`считать объект${onChosen} введённым в эксплуатацию`, "рассмотреть меры поддержки сбыта продукции"]
                : stage === "SUSPENDED"
                  ? ["приостановить работу по проекту до уточнения инициатором источников финансирования", "вернуться к вопросу по обращению инициатора"]
                  : ["снять проект с контроля в связи с отказом инициатора от его реализации"];
    const summary =
      `${prng.pick(meetingsOnProjects)} рассмотрено предложение ${proposer} о создании ${kindGenitive}${where}. ` +
      `Решили: ${decisions.map((d, n) => `${n + 1}) ${d}`).join("; ")}. Ответственный — ${projectResponsible[sector] ?? homeOrgs.economy}.`;
    rows.projects.push({
      id,
      title,
      summary,
      partnerId: partner.id,
      sectorId: sectorId(sector),
      stage,
      sourceId: null,
      searchText: searchTextOf.project({ title, summary }),
      createdAt: created,
      updatedAt: updated,
    });
    sites.forEach((site, s) => {
      rows.projectSites.push({
        id: seedId(`${pKey}:site:${s}`),
        projectId: id,
        name: site.name,
        status: site.status,
        latitude: Math.round(site.lat * 1e4) / 1e4,
        longitude: Math.round(site.lon * 1e4) / 1e4,
        notes: site.status === "REJECTED" ? "Не подошла по условиям подключения к сетям." : null,
      });
    });
  }

  // Events ----------------------------------------------------------------------
  const erng = new Rng(seed, "events");
  const eprec = new Rng(seed, "event-dates");
  const eventCount = Math.min(2000, Math.max(6, Math.round(partnersWanted / 3) + Math.round(interactionsWanted / 1500)));
  const eventSpanStart = firstDay;
  const eventSpanEnd = today + Math.round(0.5 * 365.25);
  const placesByCountry = new Map<string, GenPartner[]>();
  for (const p of partners) {
    if (p.lat === null || p.domestic || (p.level !== "CITY" && p.level !== "REGION")) continue;
    const list = placesByCountry.get(p.countryKey) ?? [];
    // A region is visited in its first city: one stop per place, the city rather than its
    // region, so a route never reads «Решт → Решт».
    const samePlace = list.findIndex((q) => q.place === p.place);
    if (samePlace < 0) list.push(p);
    else if (p.level === "CITY") list[samePlace] = p;
    placesByCountry.set(p.countryKey, list);
  }
  const tourCountries = [...placesByCountry.entries()].filter(([, list]) => list.length >= 1).map(([k]) => k);
  const forumNames = ["Деловой Север", "Экспорт без границ", "Лесной экспорт", "Евразийское партнёрство", "АгроСевер", "Регионы — партнёрам"];
  const exhibitionNames = ["Сделано на Севере", "Северное подворье", "Лён и кружево", "Деревянное домостроение"];
  const festivalNames = [
    "Фестиваль народных ремёсел",
    "Фестиваль кружева",
    "Гастрономический фестиваль «Северная кухня»",
    "Молодёжный фестиваль «Дружба народов»",
  ];
  for (let e = 0; e < eventCount; e++) {
    const eKey = key(`event:${e}`);
    const id = seedId(eKey);
    let kind = erng.weighted<EventKind>([
      ["FORUM", 15],
      ["EXHIBITION", 15],
      ["REGION_DAYS", 12],
      ["TOUR", 12],
      ["CONFERENCE", 15],
      ["FESTIVAL", 12],
      ["BUSINESS_MISSION", 12],
      ["OTHER", 7],
    ]);
    if (kind === "TOUR" && !tourCountries.length) kind = "FORUM";
    const startDay = eventSpanStart + Math.floor(erng.next() * (eventSpanEnd - eventSpanStart));
    const durationDays: Record<EventKind, readonly [number, number]> = {
      FORUM: [0, 2],
      EXHIBITION: [2, 4],
      REGION_DAYS: [2, 4],
      TOUR: [5, 15],
      CONFERENCE: [0, 1],
      FESTIVAL: [1, 3],
      BUSINESS_MISSION: [2, 5],
      OTHER: [0, 0],
    };
    const [dLo, dHi] = durationDays[kind];
    // The last day; a one-day event has none.
    const drawnEnd = kind === "OTHER" && erng.chance(0.5) ? null : startDay + erng.int(dLo, dHi);
    const endDay = drawnEnd === null || drawnEnd === startDay ? null : drawnEnd;
    const eventPartners: GenPartner[] = [];
    let title: string;
    let place: string | null;
    let lat: number | null = null;
    let lon: number | null = null;
    const sectorSet = new Set<SectorCode>();
    const stops: Array<{ partner: GenPartner; day: number | null }> = [];
    if (kind === "TOUR") {
      const countryKey = erng.pick(tourCountries);
      const candidates = placesByCountry.get(countryKey)!;
      const stopPartners = erng.sample(candidates, erng.int(Math.min(2, candidates.length), Math.min(5, candidates.length)));
      const country = referenceCountries.find((c) => c.key === countryKey)!;
      const end = endDay ?? startDay;
      const offsets = stopPartners.map(() => Math.floor(erng.next() * (end - startDay + 1))).sort((x, y) => x - y);
      // Stops follow the route in time; a few are reported without a day («посетит ещё две страны»).
      stopPartners.forEach((p, s) => stops.push({ partner: p, day: eprec.chance(0.15) ? null : Math.min(end, startDay + offsets[s]!) }));
      const tourKind = erng.pick(["Гастрольный тур народного ансамбля", "Выставочный тур «Кружево Русского Севера»", "Гастрономический тур «Вкус Севера»"]);
      title = `${tourKind} по городам ${country.gen}`;
      place = stopPartners.map((p) => p.place).join(" — ");
      // The tour is listed under the country when the country is a partner, else under its first stop.
      eventPartners.push(partnerById.get(seedId(`gen:partner:${countryKey}`)) ?? stopPartners[0]!);
      sectorSet.add("culture");
      sectorSet.add(erng.chance(0.5) ? "tourism" : "trade");
    } else {
      const drawn = partnerPicker.pick(erng);
      // Days of a region and business missions go to a place, not to an organisation.
      const main =
        drawn.level === "ORGANISATION" && (kind === "REGION_DAYS" || kind === "BUSINESS_MISSION") ? (partnerById.get(drawn.parentId) ?? drawn) : drawn;
      eventPartners.push(main);
      for (let x = erng.int(0, 2); x > 0; x--) {
        const other = partnerPicker.pick(erng);
        if (!eventPartners.includes(other)) eventPartners.push(other);
      }
      const atHome = kind === "FORUM" || kind === "CONFERENCE" || kind === "FESTIVAL" ? erng.chance(0.7) : kind === "EXHIBITION" ? erng.chance(0.5) : false;
      const homeSpot = erng.weighted(homePlaces);
      place = atHome ? homeSpot : main.place;
      if (atHome) {
        lat = homeSpot === "Череповец" ? 59.13 : homeSpot === "Великий Устюг" ? 60.76 : home.latitude;
        lon = homeSpot === "Череповец" ? 37.9 : homeSpot === "Великий Устюг" ? 46.3 : home.longitude;
      } else {
        lat = main.lat;
        lon = main.lon;
      }
      switch (kind) {
        case "FORUM":
          title = `Международный форум «${erng.pick(forumNames)}»`;
          sectorSet.add(erng.pick(["investment", "trade", "industry"] as const));
          break;
        case "EXHIBITION":
          title = `Выставка-ярмарка «${erng.pick(exhibitionNames)}»`;
          sectorSet.add("trade");
          break;
        case "REGION_DAYS":
          title = erng.chance(0.5) ? `Дни ${home.genitive}: ${main.name}` : `Дни ${main.gen} в ${home.locative}`;
          if (title.startsWith(`Дни ${main.gen}`)) {
            place = homeSpot;
            lat = home.latitude;
            lon = home.longitude;
          }
          sectorSet.add("culture");
          sectorSet.add("trade");
          break;
        case "CONFERENCE":
          title = `Конференция «${erng.pick(conferenceNames)}»`;
          sectorSet.add(erng.pick(["science", "education", "timber", "agriculture"] as const));
          break;
        case "FESTIVAL":
          title = erng.pick(festivalNames);
          sectorSet.add(erng.pick(["culture", "youth", "tourism"] as const));
          break;
        case "BUSINESS_MISSION":
          title = `Бизнес-миссия экспортёров ${home.genitive}: ${main.name}`;
          place = main.place;
          lat = main.lat;
          lon = main.lon;
          sectorSet.add("trade");
          sectorSet.add(erng.pick(main.favourites));
          break;
        default:
          title = erng.chance(0.5) ? `Онлайн-презентация экспортного потенциала ${home.genitive}` : "Круглый стол по совместным туристическим продуктам";
          place = null;
          lat = null;
          lon = null;
          sectorSet.add(title.startsWith("Круглый") ? "tourism" : "trade");
      }
    }
    // A few events are known only to the month, quarter or year, or «около» a day.
    const precision = drawPrecision(eprec);
    let startsAt = dayOf(startDay);
    let endsAt = endDay === null ? null : dayOf(endDay);
    if (isPeriod(precision)) {
      const period = periodOf(startsAt, precision);
      startsAt = period.first;
      endsAt = period.last;
    }
    const firstOf = dayNumber(startsAt);
    const lastOf = endsAt === null ? firstOf : dayNumber(endsAt);
    const past = lastOf < today;
    const status: $Enums.EventStatus = past
      ? erng.weighted<$Enums.EventStatus>([
          ["HELD", 88],
          ["CANCELLED", 6],
          ["POSTPONED", 6],
        ])
      : firstOf <= today && precision === "DAY"
        ? "CONFIRMED"
        : erng.weighted<$Enums.EventStatus>([
            ["PLANNED", 60],
            ["CONFIRMED", 35],
            ["POSTPONED", 5],
          ]);
    const description =
      kind === "TOUR"
        ? `Маршрут из ${stops.length} остановок: ${stops.map((s) => s.partner.place).join(", ")}.`
        : `Участники: ${eventPartners.map((p) => p.name).join(", ")}.`;
    rows.events.push({
      id,
      title,
      kind,
      status,
      startsAt,
      endsAt,
      datePrecision: precision,
      place,
      latitude: lat,
      longitude: lon,
      description,
      searchText: searchTextOf.event({ title, place, description }),
      createdAt: new Date(Math.min(nowMs, moscowInstant(startDay - erng.int(20, 120), 12))),
      updatedAt: new Date(Math.min(nowMs, past ? moscowInstant(lastOf + 1, 12) : nowMs - erng.int(0, 20) * DAY)),
    });
    for (const p of eventPartners) rows.eventPartners.push({ eventId: id, partnerId: p.id });
    for (const s of sectorSet) rows.eventSectors.push({ eventId: id, sectorId: sectorId(s) });
    const stopDate = (day: number | null): { date: CalendarDay | null; datePrecision: TDatePrecision } =>
      day === null
        ? { date: null, datePrecision: "DAY" }
        : isPeriod(precision)
          ? { date: startsAt, datePrecision: precision }
          : { date: dayOf(day), datePrecision: precision };
    stops.forEach((s, position) =>
      rows.eventStops.push({
        id: seedId(`${eKey}:stop:${position}`),
        eventId: id,
        position,
        place: s.partner.place,
        partnerId: s.partner.id,
        // A stop of a tour known to the month (quarter, year) is known to no more than that.
        ...stopDate(s.day),
        latitude: s.partner.lat,
        longitude: s.partner.lon,
        notes: null,
      }),
    );
  }

  // Exports ----------------------------------------------------------------------
  const xrng = new Rng(seed, "exports");
  for (const [catKey, name, nameEn, hsCode] of extraCategories) {
    rows.exportCategories.push({
      id: seedId(`gen:export-category:${catKey}`),
      name,
      nameEn,
      hsCode,
      description: "Категория демонстрационного набора данных.",
      reportedMarketsCount: null,
      sourceId: null,
      createdAt: new Date(threeYearsAgo),
      updatedAt: new Date(threeYearsAgo),
    });
  }
  const statsSourceId = seedId(key("source:export-statistics"));
  const statsTitle = "Демонстрационная статистика экспорта (синтетические данные)";
  const statsText = `Поквартальные объёмы экспорта, сгенерированные для демонстрации (seed ${seed}). Не являются реальными данными.`;
  rows.sources.push({
    id: statsSourceId,
    title: statsTitle,
    kind: "OTHER",
    url: null,
    publishedAt: null,
    // Every row of a batch names the same columns (see insertJson): the default is spelt out.
    publishedPrecision: "DAY",
    text: statsText,
    searchText: searchTextOf.source({ title: statsTitle, text: statsText }),
    createdAt: now,
    updatedAt: now,
  });
  // Kazakhstan is the case's record; the generated figures may still name it as a destination.
  const countryByIso = new Map<string, { id: string; iso: string | null }>(partners.filter((p) => p.level === "COUNTRY").map((p) => [p.iso!, p]));
  countryByIso.set("KZ", { id: caseIds.kazakhstan, iso: "KZ" });
  const quarters: Array<{ start: CalendarDay; end: CalendarDay; endDay: number; q: number; year: number }> = [];
  // Whole quarters from three years back up to the last one that has ended.
  let year = Number(dayOf(firstDay).slice(0, 4));
  let q = Math.floor((Number(dayOf(firstDay).slice(5, 7)) - 1) / 3);
  for (;;) {
    const period = periodOf(makeDay(year, q * 3 + 1, 1), "QUARTER");
    if (period.last >= options.today) break;
    quarters.push({ start: period.first, end: period.last, endDay: dayNumber(period.last), q, year });
    if (++q === 4) {
      q = 0;
      year++;
    }
  }
  for (const [catKey, market] of Object.entries(categoryMarkets)) {
    const destinations = market.markets.map((iso) => countryByIso.get(iso)).filter((p) => p !== undefined);
    for (const dest of destinations) {
      const base = Math.exp(Math.log(30_000) + xrng.next() * (Math.log(catKey === "iceCream" || catKey === "lace" ? 600_000 : 3_000_000) - Math.log(30_000)));
      const growth = -0.15 + xrng.next() * 0.5;
      quarters.forEach((quarter, n) => {
        if (xrng.chance(0.05)) return;
        const value = base * Math.pow(1 + growth, n / 4) * market.seasonal[quarter.q]! * (0.75 + xrng.next() * 0.5);
        const periodKey = `${quarter.year}-Q${quarter.q + 1}`;
        const created = new Date(Math.min(nowMs, moscowInstant(quarter.endDay + 45, 12)));
        rows.exportFigures.push({
          id: seedId(key(`export:${catKey}:${dest.iso}:${periodKey}`)),
          categoryId: market.id,
          destinationId: dest.id,
          periodStart: quarter.start,
          periodEnd: quarter.end,
          value: money(value),
          currency: "USD",
          volume: amount(value / market.price),
          unit: market.unit,
          sourceId: statsSourceId,
          createdAt: created,
          updatedAt: created,
        });
      });
    }
  }

  return rows;
}

// ---------------------------------------------------------------------------------

export type SeedGeneratedOptions = Omit<GenerateOptions, "today" | "now"> & {
  /** The home region's day the data is "as of"; default: today in `timeZone`. */
  today?: CalendarDay;
  /** The instant for bookkeeping stamps; default: the current time. */
  now?: Date;
  /** The home region's time zone, for the default `today`; default: the case's (Europe/Moscow). */
  timeZone?: string;
  method?: WriteMethod;
  /** false: write even when the dataset looks complete (duplicates are still skipped row by row). Default true. */
  skipIfPresent?: boolean;
  onProgress?: (table: string, written: number) => void;
};

export type SeedGeneratedResult = { skipped: boolean; prefix: string; written: Partial<Record<keyof SeedRows, number>> };

export class SeedPrerequisiteError extends Error {}

/**
 * Generates the dataset and writes it. The sectors and the case must be there already
 * (the generated regions hang under the case's Russia and Kazakhstan). A dataset whose
 * last row is already in the database is not written again; a run that stopped half-way
 * is completed, since every row is written with "skip if present".
 */
export async function seedGenerated(prisma: PrismaClient | SeedDb, options: SeedGeneratedOptions): Promise<SeedGeneratedResult> {
  const now = options.now ?? new Date();
  const today = options.today ?? todayIn(options.timeZone ?? caseHome.timeZone, now);
  const generateOptions = { seed: options.seed, partners: options.partners, interactions: options.interactions, today, now };
  const prefix = datasetPrefix(generateOptions);
  const required = [caseIds.russia, caseIds.kazakhstan, caseIds.vologdaOblast];
  const present = await prisma.partner.count({ where: { id: { in: required } } });
  if (present !== required.length)
    throw new SeedPrerequisiteError("Сначала запишите справочник отраслей и случай Вологда — Казахстан (seedDatabase делает это сам).");

  const rows = generateDataset(generateOptions);
  const last = lastRowWithId(rows);
  if (last && options.skipIfPresent !== false) {
    const found = await prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "${last.table}" WHERE id = $1::uuid`, last.id);
    if (found.length) return { skipped: true, prefix, written: {} };
  }
  await pointAtExistingReferenceRows(prisma, rows, kazakhstanCaseRows().exportCategories);
  const written = await writeSeedRows(prisma, rows, { method: options.method ?? "sql", onProgress: options.onProgress });
  return { skipped: false, prefix, written };
}

function lastRowWithId(rows: SeedRows): { table: string; id: string } | null {
  for (const table of [...seedTableOrder].reverse()) {
    const list = rows[table] as Array<{ id?: string }>;
    const id = list[list.length - 1]?.id;
    if (id) return { table: seedTableName[table], id };
  }
  return null;
}
