// The case that started the product (docs/product.md): the working visit of
// Kazakhstan's ambassador to Vologda Oblast in November 2024 and what it set in motion.
// Facts only, in our own words, with dates as precise as the source: the press release
// of 13.11.2024 names months («в ноябре», «в декабре»), not days, so those records are
// stored as months (the first and last day of the month plus MONTH precision; see
// shared/src/calendar-day.ts). No day, figure or tour stop is invented.
import { aliasesOf } from "./partner-aliases.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { searchTextOf } from "@atlas/shared/search-text";
import { exportFactSearchText } from "@atlas/shared/export-fact";
import { periodOf, type CalendarDay } from "@atlas/shared/calendar-day";
import { seedId } from "./ids.ts";
import { sectorId, type SectorCode } from "./sectors.ts";
import type { SeedDb } from "./seed-db.ts";
import { emptySeedRows, pointAtExistingReferenceRows, writeSeedRows, type SeedRows } from "./write-rows.ts";

/** Ids of the case's records, for the generator (which hangs its partners under them) and for tests. */
export const caseIds = {
  russia: seedId("case:partner:russia"),
  vologdaOblast: seedId("case:partner:vologda-oblast"),
  velikyUstyug: seedId("case:partner:veliky-ustyug"),
  kazakhstan: seedId("case:partner:kazakhstan"),
  almatyOblast: seedId("case:partner:almaty-oblast"),
  astana: seedId("case:partner:astana"),
  filimonov: seedId("case:person:filimonov"),
  abaev: seedId("case:person:abaev"),
  source: seedId("case:source:ambassador-visit-note"),
  visit: seedId("case:interaction:ambassador-visit-2024-11"),
  almatyProposal: seedId("case:agreement:almaty-oblast-proposal"),
  timberProject: seedId("case:project:timber-joint-production"),
  siteSez: seedId("case:project:timber-joint-production:site:sez-vologodskaya"),
  siteSokol: seedId("case:project:timber-joint-production:site:industrial-park-sokol"),
  dairy: seedId("case:export-category:dairy"),
  cannedMeat: seedId("case:export-category:canned-meat"),
  frozenBerries: seedId("case:export-category:frozen-berries"),
  iceCream: seedId("case:export-category:ice-cream"),
  horizon2050: seedId("case:event:horizon-2050"),
  dedMorozTour: seedId("case:event:ded-moroz-tour-2024"),
} as const;

/** The home region as the generator needs it for titles ("делегация Вологодской области"). */
export const caseHome = {
  id: caseIds.vologdaOblast,
  name: "Вологодская область",
  genitive: "Вологодской области",
  /** "в ..." */
  locative: "Вологодской области",
  centre: "Вологда",
  latitude: 59.22,
  longitude: 39.89,
  /** Vologda keeps Moscow time: the zone whose calendar decides which day "today" is for the demo data. */
  timeZone: "Europe/Moscow",
} as const;

/** The day the press release about the visit was published. */
export const casePublishedOn: CalendarDay = "2024-11-13";

const november2024 = periodOf("2024-11-01", "MONTH");
const december2024 = periodOf("2024-12-01", "MONTH");

/**
 * The case's dates, as precise as the release of 13.11.2024 makes them:
 * - the visit: the release tells of it in the past tense «в ноябре 2024 года» and gives
 *   no day, so it is November 2024 (it took place on 1–13 November, but no day of those
 *   is known, and a bound is not a precision the register has);
 * - the proposal to Almaty Oblast was «уже направлено» by the visit: the release gives
 *   no date of its own, so it is filed under the month the release reports it in;
 * - the forum «Горизонт 2050» and Ded Moroz's visit to Astana are «в декабре» (2024, the
 *   December after the November visit): December 2024, nothing more.
 */
const dates = {
  visit: november2024,
  proposalSent: november2024,
  forum: december2024,
  tour: december2024,
  tourAstana: december2024,
} as const;

/**
 * When the case's follow-up tasks entered the record: they come from the release, so not
 * before it was published (a bookkeeping instant, noon in Moscow, not a business date).
 */
const tasksRecordedAt = new Date(`${casePublishedOn}T09:00:00.000Z`);

const visitSectors: SectorCode[] = ["timber", "agriculture", "trade", "education", "culture", "tourism", "investment"];

/** The case as rows; `writeSeedRows` writes them. Pure, so tests can inspect it too. */
export function kazakhstanCaseRows(): SeedRows {
  const rows = emptySeedRows();
  const ids = caseIds;

  const sourceText =
    "Краткое изложение пресс-релиза своими словами. В ноябре 2024 года Чрезвычайный и Полномочный Посол Республики Казахстан " +
    "в Российской Федерации Даурен Абаев побывал в Вологодской области с рабочим визитом и встретился с губернатором " +
    "Георгием Филимоновым. Темы встречи: совместное лесопромышленное производство с казахстанским участием, которое " +
    "может разместиться в особой экономической зоне «Вологодская» или в индустриальном парке «Сокол»; поиск новых " +
    "покупателей в Казахстане для вологодской молочной продукции, мясных консервов и замороженных ягод; предложение " +
    "о сотрудничестве в торговле, образовании и культурном обмене, уже направленное Алматинской области; приглашение " +
    "на международный инвестиционный форум «Горизонт 2050» в декабре; обмен культурными проектами, совместные " +
    "туристические продукты и приезд Деда Мороза из Великого Устюга в Астану в декабре в рамках его новогоднего " +
    "зарубежного тура. Вологодское мороженое экспортируется в 26 стран. Обе стороны назвали встречу планом " +
    "конкретной дальнейшей работы. Числа визита, отправки предложения, форума и приезда в Астану в материале не " +
    "названы, поэтому в записях указаны только месяцы; место проведения форума и другие остановки тура не указаны.";
  const sourceTitle = "Пресс-релиз о рабочем визите Посла Республики Казахстан в Вологодскую область (13.11.2024)";
  rows.sources.push({
    id: ids.source,
    title: sourceTitle,
    kind: "PRESS_RELEASE",
    url: null,
    publishedAt: casePublishedOn,
    publishedPrecision: "DAY",
    text: sourceText,
    searchText: searchTextOf.source({ title: sourceTitle, text: sourceText }),
  });

  const partner = (p: {
    id: string;
    name: string;
    nameEn: string;
    level: "COUNTRY" | "REGION" | "CITY";
    parentId?: string;
    isoCode?: string;
    latitude: number;
    longitude: number;
    isHome?: boolean;
    notes?: string;
  }) =>
    rows.partners.push({
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      level: p.level,
      parentId: p.parentId ?? null,
      isoCode: p.isoCode ?? null,
      latitude: p.latitude,
      longitude: p.longitude,
      isHome: p.isHome ?? false,
      notes: p.notes ?? null,
      ...aliasesOf(p.name),
      searchText: searchTextOf.partner({ ...p, aliases: aliasesOf(p.name).aliases }),
    });
  partner({ id: ids.russia, name: "Российская Федерация", nameEn: "Russian Federation", level: "COUNTRY", isoCode: "RU", latitude: 61.52, longitude: 105.32 });
  partner({
    id: ids.vologdaOblast,
    name: "Вологодская область",
    nameEn: "Vologda Oblast",
    level: "REGION",
    parentId: ids.russia,
    isoCode: "RU-VLG",
    latitude: 59.22,
    longitude: 39.89,
    isHome: true,
    notes: "Административный центр — Вологда.",
  });
  partner({
    id: ids.velikyUstyug,
    name: "Великий Устюг",
    nameEn: "Veliky Ustyug",
    level: "CITY",
    parentId: ids.vologdaOblast,
    latitude: 60.76,
    longitude: 46.3,
    notes: "Город Вологодской области, вотчина Деда Мороза.",
  });
  partner({
    id: ids.kazakhstan,
    name: "Республика Казахстан",
    nameEn: "Republic of Kazakhstan",
    level: "COUNTRY",
    isoCode: "KZ",
    latitude: 48.02,
    longitude: 66.92,
  });
  partner({
    id: ids.almatyOblast,
    name: "Алматинская область",
    nameEn: "Almaty Region",
    level: "REGION",
    parentId: ids.kazakhstan,
    isoCode: "KZ-19",
    latitude: 43.87,
    longitude: 77.07,
    notes: "Область Республики Казахстан; координаты — административного центра, города Конаев.",
  });
  partner({
    id: ids.astana,
    name: "Астана",
    nameEn: "Astana",
    level: "CITY",
    parentId: ids.kazakhstan,
    latitude: 51.17,
    longitude: 71.43,
    notes: "Столица Республики Казахстан.",
  });

  // Each person's post as the release names it, as their one position: the release does
  // not say since when they hold it, so both days stay unknown.
  const person = (p: { id: string; fullName: string; fullNameEn: string; post: string; organisation: string; side: "HOME" | "PARTNER"; partnerId: string }) => {
    rows.people.push({ ...p, searchText: searchTextOf.person(p) });
    rows.personPositions.push({ id: seedId(`${p.id}:position`), personId: p.id, post: p.post, organisation: p.organisation, startsOn: null, endsOn: null });
  };
  person({
    id: ids.filimonov,
    fullName: "Георгий Филимонов",
    fullNameEn: "Georgy Filimonov",
    post: "Губернатор Вологодской области",
    organisation: "Правительство Вологодской области",
    side: "HOME",
    partnerId: ids.vologdaOblast,
  });
  person({
    id: ids.abaev,
    fullName: "Даурен Абаев",
    fullNameEn: "Dauren Abaev",
    post: "Чрезвычайный и Полномочный Посол Республики Казахстан в Российской Федерации",
    organisation: "Посольство Республики Казахстан в Российской Федерации",
    side: "PARTNER",
    partnerId: ids.kazakhstan,
  });

  // The visit.
  const visit = {
    title: "Рабочий визит Посла Республики Казахстан Даурена Абаева в Вологодскую область",
    place: "Вологда",
    summary:
      "Посол Казахстана в России Даурен Абаев встретился с губернатором Вологодской области Георгием Филимоновым. " +
      "Обсудили совместное лесопромышленное производство с казахстанским участием (площадки — ОЭЗ «Вологодская» " +
      "или индустриальный парк «Сокол»), поиск покупателей в Казахстане для вологодской молочной продукции, мясных " +
      "консервов и замороженных ягод, предложение о сотрудничестве, направленное Алматинской области (торговля, " +
      "образование, культурный обмен), участие в международном инвестиционном форуме «Горизонт 2050» в декабре, " +
      "обмен культурными проектами и совместные туристические продукты, в том числе приезд Деда Мороза из Великого " +
      "Устюга в Астану.",
    outcomes:
      "Обе стороны назвали встречу планом конкретной дальнейшей работы. Казахстанская сторона приглашена на форум " +
      "«Горизонт 2050»; по каждому направлению намечены следующие шаги.",
  };
  rows.interactions.push({
    id: ids.visit,
    ...visit,
    kind: "VISIT",
    direction: "INCOMING",
    format: "IN_PERSON",
    startsAt: dates.visit.first,
    endsAt: dates.visit.last,
    datePrecision: "MONTH",
    startTime: null,
    searchText: searchTextOf.interaction(visit),
  });
  // One press release reports the visit (no second outlet is named, so none is recorded).
  rows.interactionSources.push({ interactionId: ids.visit, sourceId: ids.source });
  rows.interactionPartners.push({ interactionId: ids.visit, partnerId: ids.kazakhstan });
  // With the post each held at the visit (the release's words), as a meeting written through the API keeps it.
  const heldAtVisit = (personId: string) => {
    const held = rows.people.find((p) => p.id === personId)!;
    return { post: held.post ?? null, organisation: held.organisation ?? null };
  };
  rows.interactionParticipants.push(
    { interactionId: ids.visit, personId: ids.filimonov, role: "Принимающая сторона", ...heldAtVisit(ids.filimonov) },
    { interactionId: ids.visit, personId: ids.abaev, role: "Глава делегации Республики Казахстан", ...heldAtVisit(ids.abaev) },
  );
  rows.interactionSectors.push(...visitSectors.map((code) => ({ interactionId: ids.visit, sectorId: sectorId(code) })));

  // The proposal to Almaty Oblast.
  const proposal = {
    title: "Предложение о сотрудничестве Вологодской области и Алматинской области",
    summary:
      "Вологодская область направила Алматинской области Республики Казахстан предложение о сотрудничестве в торговле, " +
      "образовании и культурном обмене. Предложение уже было направлено ко времени визита посла в ноябре 2024 года.",
  };
  rows.agreements.push({
    id: ids.almatyProposal,
    ...proposal,
    kind: "COOPERATION_AGREEMENT",
    stage: "PROPOSAL_SENT",
    stageChangedAt: dates.proposalSent.first,
    searchText: searchTextOf.agreement(proposal),
  });
  rows.agreementSources.push({ agreementId: ids.almatyProposal, sourceId: ids.source });
  rows.agreementParties.push({ agreementId: ids.almatyProposal, partnerId: ids.almatyOblast });
  rows.agreementSectors.push(...(["trade", "education", "culture"] as const).map((code) => ({ agreementId: ids.almatyProposal, sectorId: sectorId(code) })));
  rows.agreementStageChanges.push({
    id: seedId("case:agreement:almaty-oblast-proposal:stage:1"),
    agreementId: ids.almatyProposal,
    fromStage: null,
    toStage: "PROPOSAL_SENT",
    changedAt: dates.proposalSent.first,
    datePrecision: "MONTH",
    note: "Предложение направлено Алматинской области; в пресс-релизе от 13.11.2024 оно названо уже направленным, дата отправки не указана.",
  });

  // Follow-up tasks: the concrete items the two sides agreed to work on. Who answers
  // for them and by when is not known, so owner and due date are left empty.
  const followUp = (key: string, title: string, details: string, agreementId: string | null = null) =>
    rows.followUps.push({
      id: seedId(`case:follow-up:${key}`),
      title,
      details,
      ownerId: null,
      dueDate: null,
      status: "OPEN",
      interactionId: ids.visit,
      agreementId,
      searchText: searchTextOf.followUp({ title, details }),
      createdAt: tasksRecordedAt,
      updatedAt: tasksRecordedAt,
    });
  followUp(
    "timber-site",
    "Подготовить предложения по совместному лесопромышленному производству и сравнить площадки",
    "Площадки: ОЭЗ «Вологодская» и индустриальный парк «Сокол». Нужны условия размещения для казахстанского участника.",
  );
  followUp("agri-buyers", "Подобрать покупателей в Казахстане для вологодской продукции", "Молочная продукция, мясные консервы и замороженные ягоды.");
  followUp(
    "almaty-answer",
    "Получить ответ Алматинской области на предложение о сотрудничестве",
    "Направления: торговля, образование, культурный обмен.",
    ids.almatyProposal,
  );
  followUp(
    "culture-tourism",
    "Проработать обмен культурными проектами и совместные туристические продукты с Казахстаном",
    "В том числе программа приезда Деда Мороза из Великого Устюга в Астану.",
  );

  // The joint timber production.
  const project = {
    title: "Совместное лесопромышленное производство с казахстанским участием",
    summary:
      "Деревообрабатывающее производство в Вологодской области с участием казахстанской стороны. Выбирается " +
      "площадка: особая экономическая зона «Вологодская» или индустриальный парк «Сокол».",
  };
  rows.projects.push({
    id: ids.timberProject,
    ...project,
    partnerId: ids.kazakhstan,
    sectorId: sectorId("timber"),
    stage: "SITE_SELECTION",
    sourceId: ids.source,
    searchText: searchTextOf.project(project),
  });
  rows.projectSites.push(
    {
      id: ids.siteSez,
      projectId: ids.timberProject,
      name: "Особая экономическая зона «Вологодская»",
      status: "CANDIDATE",
      latitude: 59.25,
      longitude: 39.95,
      notes: "Вблизи Вологды; координаты приблизительные.",
    },
    {
      id: ids.siteSokol,
      projectId: ids.timberProject,
      name: "Индустриальный парк «Сокол»",
      status: "CANDIDATE",
      latitude: 59.47,
      longitude: 40.11,
      notes: "Город Сокол Вологодской области.",
    },
  );

  // Export categories named in the case; no export figures are known, so none are recorded.
  rows.exportCategories.push(
    {
      id: ids.dairy,
      name: "Молочная продукция",
      nameEn: "Dairy products",
      hsCode: "04",
      description: "Молоко, сливочное масло, сыры и другая молочная продукция (позиции ТН ВЭД 0401–0406). Для неё ищут новых покупателей в Казахстане.",
      sourceId: ids.source,
    },
    {
      id: ids.cannedMeat,
      name: "Мясные консервы",
      nameEn: "Canned meat",
      hsCode: "1602",
      description: "Готовые и консервированные мясные продукты. Для них ищут новых покупателей в Казахстане.",
      sourceId: ids.source,
    },
    {
      id: ids.frozenBerries,
      name: "Замороженные ягоды",
      nameEn: "Frozen berries",
      hsCode: "0811",
      description: "Замороженные лесные и садовые ягоды. Для них ищут новых покупателей в Казахстане.",
      sourceId: ids.source,
    },
    {
      id: ids.iceCream,
      name: "Мороженое",
      nameEn: "Ice cream",
      hsCode: "2105",
      description: "Вологодское мороженое экспортируется в 26 стран.",
      reportedMarketsCount: 26,
      sourceId: ids.source,
    },
  );

  // The forum the ambassador was invited to.
  const forum = {
    title: "Международный инвестиционный форум «Горизонт 2050»",
    place: null,
    description:
      "Международный инвестиционный форум в декабре 2024 года; Казахстан приглашён к участию во время визита посла " +
      "в ноябре 2024 года. Число и место проведения в исходном материале не указаны.",
  };
  rows.events.push({
    id: ids.horizon2050,
    ...forum,
    kind: "FORUM",
    // The release announces the forum and an invitation to it; nothing says it was held.
    status: "PLANNED",
    startsAt: dates.forum.first,
    endsAt: dates.forum.last,
    datePrecision: "MONTH",
    latitude: null,
    longitude: null,
    searchText: searchTextOf.event(forum),
  });
  rows.eventSources.push({ eventId: ids.horizon2050, sourceId: ids.source });
  rows.eventPartners.push({ eventId: ids.horizon2050, partnerId: ids.kazakhstan });
  rows.eventSectors.push({ eventId: ids.horizon2050, sectorId: sectorId("investment") });

  // Ded Moroz's New Year tour abroad: the release names one stop, Astana, «в декабре».
  // Neither the route's start nor its other stops are named, so none are recorded.
  const tour = {
    title: "Новогодний зарубежный тур Деда Мороза из Великого Устюга",
    place: null,
    description:
      "Дед Мороз из Великого Устюга в декабре 2024 года приезжает в Астану в рамках новогоднего зарубежного тура. " +
      "Другие остановки тура и числа в исходном материале не названы.",
  };
  rows.events.push({
    id: ids.dedMorozTour,
    ...tour,
    kind: "TOUR",
    // Announced in November for December; nothing in the source says how it went.
    status: "PLANNED",
    startsAt: dates.tour.first,
    endsAt: dates.tour.last,
    datePrecision: "MONTH",
    latitude: null,
    longitude: null,
    searchText: searchTextOf.event(tour),
  });
  rows.eventSources.push({ eventId: ids.dedMorozTour, sourceId: ids.source });
  rows.eventPartners.push({ eventId: ids.dedMorozTour, partnerId: ids.astana });
  rows.eventSectors.push({ eventId: ids.dedMorozTour, sectorId: sectorId("culture") }, { eventId: ids.dedMorozTour, sectorId: sectorId("tourism") });
  rows.eventStops.push({
    id: seedId("case:event:ded-moroz-tour-2024:stop:astana"),
    eventId: ids.dedMorozTour,
    position: 0,
    place: "Астана",
    partnerId: ids.astana,
    date: dates.tourAstana.first,
    datePrecision: "MONTH",
    latitude: 51.17,
    longitude: 71.43,
    notes: "Остановка в столице Казахстана.",
  });

  return rows;
}

/** The case's own words about the three categories; the release gives no period, rank or growth rate. */
export const caseExportIntentStatement = "Поиск новых покупателей в Казахстане для вологодской молочной продукции, мясных консервов и замороженных ягод";

/**
 * Export facts of the case: one intent to supply per category the release names, to
 * Kazakhstan, citing the release, without a period (it names none). Kept apart from
 * the seed rows (the generic writer does not know the table), written after them.
 */
export function kazakhstanCaseExportFacts() {
  const categories = [
    { key: "dairy", categoryId: caseIds.dairy },
    { key: "canned-meat", categoryId: caseIds.cannedMeat },
    { key: "frozen-berries", categoryId: caseIds.frozenBerries },
  ] as const;
  return categories.map(({ key, categoryId }) => ({
    id: seedId(`case:export-fact:intent:${key}`),
    kind: "INTENT" as const,
    partnerId: caseIds.kazakhstan,
    categoryId,
    periodStart: null,
    periodEnd: null,
    rank: null,
    growthPercent: null,
    statement: caseExportIntentStatement,
    sourceId: caseIds.source,
    searchText: exportFactSearchText(caseExportIntentStatement),
    createdAt: tasksRecordedAt,
    updatedAt: tasksRecordedAt,
  }));
}

export class SeedConflictError extends Error {}

/**
 * Writes the case. Safe to repeat: existing rows (same ids) are skipped. Refuses to run
 * when another partner is already the home region, since the case would then be half written.
 */
export async function seedKazakhstanCase(prisma: PrismaClient | SeedDb): Promise<void> {
  const otherHome = await prisma.partner.findFirst({ where: { isHome: true, id: { not: caseIds.vologdaOblast } }, select: { name: true } });
  if (otherHome) {
    throw new SeedConflictError(
      `Другой партнёр уже отмечен как домашний регион («${otherHome.name}»): демонстрационный случай Вологодской области не записан.`,
    );
  }
  const rows = kazakhstanCaseRows();
  await pointAtExistingReferenceRows(prisma, rows);
  await writeSeedRows(prisma, rows);
  // A category entered by hand before the seed keeps its own id: the facts point at it, by name.
  const facts = kazakhstanCaseExportFacts();
  const byName = new Map(rows.exportCategories.map((c) => [c.id, c.name]));
  const existing = await prisma.exportCategory.findMany({ where: { name: { in: [...byName.values()] } }, select: { id: true, name: true } });
  const idOfName = new Map(existing.map((c) => [c.name, c.id]));
  for (const f of facts) f.categoryId = idOfName.get(byName.get(f.categoryId) ?? "") ?? f.categoryId;
  await prisma.exportFact.createMany({ data: facts, skipDuplicates: true });
}
