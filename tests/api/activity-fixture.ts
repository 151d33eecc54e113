// A small, fully known dataset for the read models (dashboard, timeline), written
// straight through Prisma so that these tests do not depend on the entity routers.
// Business dates are calendar days around TODAY, the home region's day at NOW; the
// tests freeze the clock there. Prisma takes a `date` column as UTC midnight.
import { afterAll, beforeAll, vi } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";
import { dateOrNull, dayToUtcDate, type TDatePrecision } from "@atlas/shared/calendar-day";
import { searchTextOf } from "@atlas/shared/search-text";

export const NOW = new Date("2025-06-15");
/** NOW's day in Moscow (the default home time zone). */
export const TODAY = "2025-06-15";
const d = dayToUtcDate;
/** Deletion is an instant, not a business date. */
const DELETED = { deletedAt: new Date("2025-06-01") };

export async function seedActivity(db: Database) {
  const prisma = db.prisma;

  const sector = async (code: string, name: string, sortOrder: number, extra = {}) =>
    prisma.sector.create({ data: { code, name, nameEn: code, sortOrder, ...extra } });
  const timber = await sector("timber", "Лесная промышленность", 1);
  const agriculture = await sector("agriculture", "Сельское хозяйство", 2);
  const culture = await sector("culture", "Культура и туризм", 3);
  const retired = await sector("retired", "Упразднённая отрасль", 4, DELETED);

  const partner = async (data: {
    name: string;
    level: "COUNTRY" | "REGION" | "CITY" | "ORGANISATION";
    parentId?: string;
    isoCode?: string;
    isHome?: boolean;
    latitude?: number;
    longitude?: number;
    deletedAt?: Date;
  }) => prisma.partner.create({ data: { ...data, searchText: searchTextOf.partner(data) } });
  const vologda = await partner({ name: "Вологодская область", level: "REGION", isoCode: "RU-VLG", isHome: true });
  const ustyug = await partner({ name: "Великий Устюг", level: "CITY", parentId: vologda.id });
  const kz = await partner({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ", latitude: 48, longitude: 67 });
  const almaty = await partner({ name: "Алматинская область", level: "REGION", parentId: kz.id, isoCode: "KZ-19", latitude: 45, longitude: 78 });
  const astana = await partner({ name: "Астана", level: "CITY", parentId: kz.id, latitude: 51.17, longitude: 71.45 });
  const by = await partner({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  const minsk = await partner({ name: "Минск", level: "CITY", parentId: by.id });
  const uz = await partner({ name: "Республика Узбекистан", level: "COUNTRY", isoCode: "UZ" });
  const trader = await partner({ name: "Торговый дом «Север»", level: "ORGANISATION" });
  const gone = await partner({ name: "Удалённый партнёр", level: "COUNTRY", isoCode: "XX", ...DELETED });

  const interaction = async (data: {
    title: string;
    kind: "MEETING" | "VISIT" | "NEGOTIATIONS" | "CALL";
    direction?: "INCOMING" | "OUTGOING";
    startsAt: string;
    endsAt?: string;
    datePrecision?: TDatePrecision;
    place?: string;
    partners: string[];
    sectors: string[];
    deletedAt?: Date;
  }) =>
    prisma.interaction.create({
      data: {
        title: data.title,
        kind: data.kind,
        direction: data.direction ?? null,
        startsAt: d(data.startsAt),
        endsAt: dateOrNull(data.endsAt),
        datePrecision: data.datePrecision ?? "DAY",
        place: data.place ?? null,
        deletedAt: data.deletedAt ?? null,
        searchText: searchTextOf.interaction(data),
        partners: { create: data.partners.map((partnerId) => ({ partnerId })) },
        sectors: { create: data.sectors.map((sectorId) => ({ sectorId })) },
      },
    });
  const i1 = await interaction({
    title: "Встреча с послом Казахстана",
    kind: "MEETING",
    direction: "INCOMING",
    // A visit over two days.
    startsAt: "2024-11-20",
    endsAt: "2024-11-21",
    place: "Вологда",
    partners: [kz.id, gone.id],
    sectors: [timber.id, agriculture.id],
  });
  const i2 = await interaction({
    title: "Переговоры с Алматинской областью",
    kind: "NEGOTIATIONS",
    direction: "OUTGOING",
    startsAt: "2025-02-10",
    partners: [almaty.id],
    sectors: [agriculture.id],
  });
  const i3 = await interaction({ title: "Видеозвонок с Минском", kind: "CALL", startsAt: "2025-03-01", partners: [minsk.id], sectors: [culture.id] });
  const i4 = await interaction({
    title: "Совместная встреча Казахстан и Алматинская область",
    kind: "MEETING",
    direction: "INCOMING",
    startsAt: "2025-03-20",
    partners: [kz.id, almaty.id],
    sectors: [timber.id, retired.id],
  });
  const i5 = await interaction({ title: "Давняя встреча с Беларусью", kind: "MEETING", startsAt: "2023-05-10", partners: [by.id], sectors: [culture.id] });
  const i6 = await interaction({
    title: "Удалённая встреча с Казахстаном",
    kind: "MEETING",
    startsAt: "2025-06-01",
    partners: [kz.id],
    sectors: [timber.id],
    ...DELETED,
  });
  const i7 = await interaction({
    title: "Визит в Астану",
    kind: "VISIT",
    direction: "OUTGOING",
    startsAt: "2025-07-10",
    partners: [astana.id],
    sectors: [culture.id],
  });
  // The last day of January: lands in 2025-01 whatever the time zone of the server or the database session.
  const i8 = await interaction({
    title: "Мастера Великого Устюга",
    kind: "MEETING",
    startsAt: "2025-01-31",
    partners: [ustyug.id],
    sectors: [culture.id],
  });

  type Stage = "PROPOSAL_SENT" | "DRAFT" | "NEGOTIATION" | "SIGNED" | "IN_FORCE" | "IMPLEMENTATION" | "TERMINATED";
  const agreement = async (data: {
    title: string;
    kind: "COOPERATION_AGREEMENT" | "MEMORANDUM" | "IMPLEMENTATION_PLAN";
    stage: Stage;
    parties: string[];
    sectors: string[];
    history: Array<{ from: Stage | null; to: Stage; at: string; precision?: TDatePrecision }>;
    expiresAt?: string;
    deletedAt?: Date;
  }) =>
    prisma.agreement.create({
      data: {
        title: data.title,
        kind: data.kind,
        stage: data.stage,
        stageChangedAt: d(data.history.at(-1)!.at),
        expiresAt: data.expiresAt ? d(data.expiresAt) : null,
        deletedAt: data.deletedAt ?? null,
        searchText: searchTextOf.agreement(data),
        parties: { create: data.parties.map((partnerId) => ({ partnerId })) },
        sectors: { create: data.sectors.map((sectorId) => ({ sectorId })) },
        stageHistory: { create: data.history.map((h) => ({ fromStage: h.from, toStage: h.to, changedAt: d(h.at), datePrecision: h.precision ?? "DAY" })) },
      },
      include: { stageHistory: { orderBy: { changedAt: "asc" } } },
    });
  const a1 = await agreement({
    title: "Соглашение о сотрудничестве с Алматинской областью",
    kind: "COOPERATION_AGREEMENT",
    stage: "NEGOTIATION",
    parties: [vologda.id, almaty.id],
    sectors: [agriculture.id, culture.id],
    history: [
      { from: null, to: "PROPOSAL_SENT", at: "2024-10-01" },
      // Same moment as the Almaty negotiations: the interaction sorts first (by kind).
      { from: "PROPOSAL_SENT", to: "DRAFT", at: "2025-02-10" },
      { from: "DRAFT", to: "NEGOTIATION", at: "2025-04-10" },
    ],
    // Already past: not "expiring soon".
    expiresAt: "2025-06-10",
  });
  const a2 = await agreement({
    title: "Меморандум с Казахстаном о лесной промышленности",
    kind: "MEMORANDUM",
    stage: "IN_FORCE",
    parties: [kz.id],
    sectors: [timber.id],
    history: [
      { from: null, to: "SIGNED", at: "2023-03-01" },
      { from: "SIGNED", to: "IN_FORCE", at: "2023-04-01" },
    ],
    expiresAt: "2025-08-01",
  });
  const a3 = await agreement({
    title: "План мероприятий с Минском",
    kind: "IMPLEMENTATION_PLAN",
    stage: "IMPLEMENTATION",
    parties: [minsk.id],
    sectors: [culture.id],
    history: [{ from: null, to: "IMPLEMENTATION", at: "2024-12-01" }],
    expiresAt: "2026-01-01",
  });
  const a4 = await agreement({
    title: "Прекращённое соглашение с Беларусью",
    kind: "COOPERATION_AGREEMENT",
    stage: "TERMINATED",
    parties: [by.id],
    sectors: [],
    history: [{ from: null, to: "TERMINATED", at: "2022-01-01" }],
    expiresAt: "2025-07-01",
  });
  const a5 = await agreement({
    title: "Удалённый проект соглашения",
    kind: "MEMORANDUM",
    stage: "DRAFT",
    parties: [kz.id],
    sectors: [timber.id],
    history: [{ from: null, to: "DRAFT", at: "2025-05-01" }],
    expiresAt: "2025-07-01",
    ...DELETED,
  });

  const planItem = (agreementId: string, title: string, dueDate: string, status: "OPEN" | "IN_PROGRESS" | "DONE") =>
    prisma.planItem.create({ data: { agreementId, title, dueDate: d(dueDate), status, responsible: "Департамент" } });
  const p1 = await planItem(a3.id, "Дни культуры", "2025-05-01", "OPEN");
  const p2 = await planItem(a3.id, "Выставка ремёсел", "2025-03-01", "DONE");
  const p3 = await planItem(a3.id, "Гастроли театра", "2025-09-01", "OPEN");
  const p4 = await planItem(a3.id, "Обмен делегациями", "2025-06-01", "IN_PROGRESS");
  const p5 = await planItem(a5.id, "Пункт удалённого плана", "2025-05-01", "OPEN");

  const event = async (data: {
    title: string;
    kind: "FORUM" | "TOUR" | "EXHIBITION" | "REGION_DAYS";
    status: "PLANNED" | "CONFIRMED" | "HELD" | "CANCELLED";
    startsAt: string;
    endsAt?: string;
    datePrecision?: TDatePrecision;
    place?: string;
    partners: string[];
    sectors: string[];
    stops?: Array<{ place: string; partnerId: string | null; date: string | null; datePrecision?: TDatePrecision }>;
    deletedAt?: Date;
  }) =>
    prisma.event.create({
      data: {
        title: data.title,
        kind: data.kind,
        status: data.status,
        startsAt: d(data.startsAt),
        endsAt: dateOrNull(data.endsAt),
        datePrecision: data.datePrecision ?? "DAY",
        place: data.place ?? null,
        deletedAt: data.deletedAt ?? null,
        searchText: searchTextOf.event(data),
        partners: { create: data.partners.map((partnerId) => ({ partnerId })) },
        sectors: { create: data.sectors.map((sectorId) => ({ sectorId })) },
        stops: {
          create: (data.stops ?? []).map((s, i) => ({
            position: i + 1,
            place: s.place,
            partnerId: s.partnerId,
            date: dateOrNull(s.date),
            datePrecision: s.datePrecision ?? "DAY",
          })),
        },
      },
      include: { stops: { orderBy: { position: "asc" } } },
    });
  const e1 = await event({
    title: "Форум «Горизонт 2050»",
    kind: "FORUM",
    status: "PLANNED",
    startsAt: "2025-07-20",
    endsAt: "2025-07-21",
    place: "Вологда",
    partners: [kz.id],
    sectors: [timber.id, agriculture.id],
  });
  const e2 = await event({
    title: "Тур Деда Мороза",
    kind: "TOUR",
    status: "CONFIRMED",
    startsAt: "2025-08-01",
    endsAt: "2025-08-10",
    partners: [],
    sectors: [culture.id],
    stops: [
      { place: "Великий Устюг", partnerId: ustyug.id, date: "2025-08-01" },
      { place: "Астана", partnerId: astana.id, date: "2025-08-05" },
      { place: "Минск", partnerId: minsk.id, date: "2025-08-09" },
    ],
  });
  const e3 = await event({
    title: "Отменённая выставка",
    kind: "EXHIBITION",
    status: "CANCELLED",
    startsAt: "2025-07-01",
    partners: [by.id],
    sectors: [agriculture.id],
  });
  const e4 = await event({
    title: "Удалённое мероприятие",
    kind: "FORUM",
    status: "PLANNED",
    startsAt: "2025-07-05",
    partners: [kz.id],
    sectors: [timber.id],
    ...DELETED,
  });
  const e5 = await event({
    title: "Дни Вологодской области в Минске",
    kind: "REGION_DAYS",
    status: "HELD",
    startsAt: "2024-09-10",
    endsAt: "2024-09-12",
    partners: [minsk.id],
    sectors: [culture.id, agriculture.id],
  });

  const followUp = (title: string, dueDate: string, status: "OPEN" | "IN_PROGRESS" | "DONE", link: object = {}, extra = {}) =>
    prisma.followUp.create({ data: { title, dueDate: d(dueDate), status, searchText: searchTextOf.followUp({ title }), ...link, ...extra } });
  await followUp("Направить проект соглашения", "2025-05-01", "OPEN", { interactionId: i2.id });
  await followUp("Подготовить справку по меморандуму", "2025-06-01", "IN_PROGRESS", { agreementId: a2.id });
  await followUp("Сделанная задача", "2025-05-01", "DONE", { interactionId: i2.id });
  await followUp("Будущая задача", "2025-07-01", "OPEN", { interactionId: i2.id });
  await followUp("Удалённая задача", "2025-05-01", "OPEN", { interactionId: i2.id }, DELETED);
  await followUp("Задача удалённой встречи", "2025-05-01", "OPEN", { interactionId: i6.id });
  await followUp("Согласовать программу Дней культуры", "2025-04-01", "OPEN", { planItemId: p1.id });

  const category = (name: string, extra = {}) => prisma.exportCategory.create({ data: { name, ...extra } });
  const iceCream = await category("Мороженое");
  const dairy = await category("Молочная продукция");
  const oldCategory = await category("Удалённая категория", DELETED);
  const figure = (
    categoryId: string,
    destinationId: string,
    periodStart: string,
    periodEnd: string,
    value: string | null,
    currency: string | null,
    volume: string | null,
    unit: string | null,
    extra = {},
  ) =>
    prisma.exportFigure.create({
      data: { categoryId, destinationId, periodStart: d(periodStart), periodEnd: d(periodEnd), value, currency, volume, unit, ...extra },
    });
  await figure(iceCream.id, kz.id, "2024-01-01", "2024-12-31", "1000.50", "USD", "10.5", "т");
  await figure(iceCream.id, by.id, "2024-01-01", "2024-12-31", "500.25", "USD", "4", "т");
  await figure(iceCream.id, almaty.id, "2025-01-01", "2025-03-31", "200", "USD", "2", "т");
  await figure(dairy.id, kz.id, "2025-01-01", "2025-03-31", "300", "RUB", "1.2", "т");
  await figure(dairy.id, by.id, "2023-01-01", "2023-12-31", "100", "USD", null, null);
  await figure(iceCream.id, kz.id, "2024-01-01", "2024-12-31", "99999", "USD", "1", "т", DELETED);
  await figure(oldCategory.id, kz.id, "2024-01-01", "2024-12-31", "7777", "USD", "1", "т");
  await figure(iceCream.id, gone.id, "2024-01-01", "2024-12-31", "5555", "USD", "1", "т");

  return {
    sectors: { timber, agriculture, culture, retired },
    partners: { vologda, ustyug, kz, almaty, astana, by, minsk, uz, trader, gone },
    interactions: { i1, i2, i3, i4, i5, i6, i7, i8 },
    agreements: { a1, a2, a3, a4, a5 },
    planItems: { p1, p2, p3, p4, p5 },
    events: { e1, e2, e3, e4, e5 },
    categories: { iceCream, dairy, oldCategory },
  };
}

export type Activity = Awaited<ReturnType<typeof seedActivity>>;

/**
 * Vague dates as the press releases give them, for the tests that add them to the
 * activity above: a forum «в декабре 2024» (with Kazakhstan), a meeting in December 2024
 * known to the month and one known only to the fourth quarter (both with Uzbekistan,
 * which has no other contact), and a tour of 10 stops of which only Astana has a day.
 */
export async function seedVagueDates(db: Database, s: Activity) {
  const prisma = db.prisma;
  const forum = await prisma.event.create({
    data: {
      title: "Форум «Горизонт 2050» (декабрь)",
      kind: "FORUM",
      status: "PLANNED",
      startsAt: d("2024-12-01"),
      endsAt: d("2024-12-31"),
      datePrecision: "MONTH",
      searchText: searchTextOf.event({ title: "Форум «Горизонт 2050» (декабрь)" }),
      partners: { create: [{ partnerId: s.partners.kz.id }] },
      sectors: { create: [{ sectorId: s.sectors.timber.id }] },
    },
  });
  const meeting = (title: string, startsAt: string, endsAt: string, datePrecision: TDatePrecision) =>
    prisma.interaction.create({
      data: {
        title,
        kind: "MEETING",
        startsAt: d(startsAt),
        endsAt: d(endsAt),
        datePrecision,
        searchText: searchTextOf.interaction({ title }),
        partners: { create: [{ partnerId: s.partners.uz.id }] },
        sectors: { create: [{ sectorId: s.sectors.agriculture.id }] },
      },
    });
  const monthMeeting = await meeting("Встреча с Узбекистаном в декабре", "2024-12-01", "2024-12-31", "MONTH");
  const quarterMeeting = await meeting("Переговоры с Узбекистаном в IV квартале", "2024-10-01", "2024-12-31", "QUARTER");
  const countries = ["Финляндия", "Норвегия", "Швеция", "Дания", "Германия", "Польша", "Латвия", "Литва", "Эстония"];
  const tour = await prisma.event.create({
    data: {
      title: "Тур «9 стран и Астана»",
      kind: "TOUR",
      status: "CONFIRMED",
      startsAt: d("2024-12-01"),
      endsAt: d("2024-12-31"),
      datePrecision: "MONTH",
      searchText: searchTextOf.event({ title: "Тур «9 стран и Астана»" }),
      sectors: { create: [{ sectorId: s.sectors.culture.id }] },
      stops: {
        create: [
          ...countries.map((place, i) => ({ position: i + 1, place, date: null })),
          { position: 10, place: "Астана", partnerId: s.partners.astana.id, date: d("2024-12-01"), datePrecision: "MONTH" as const },
        ],
      },
    },
    include: { stops: { orderBy: { position: "asc" } } },
  });
  return { forum, monthMeeting, quarterMeeting, tour };
}

export type ActivityDatabase = { db: Database; c: Awaited<ReturnType<typeof callersFor>>; s: Activity };

/**
 * A test file's database on the activity fixture with its vague dates, the clock frozen at
 * NOW (only Date, so that "today", "this year" and the 12 months back are known), and
 * callers for every role: opened before the file's tests and closed after them. `use`
 * receives it once it is ready.
 */
export function withActivityDatabase(use: (ready: ActivityDatabase) => void) {
  let db: Database | undefined;
  beforeAll(async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    db = await openTestDatabase();
    const c = await callersFor(db);
    const s = await seedActivity(db);
    await seedVagueDates(db, s);
    use({ db, c, s });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await db?.close();
  });
}
