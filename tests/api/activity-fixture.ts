// A small, fully known dataset for the read models (dashboard, timeline), written
// straight through Prisma so that these tests do not depend on the entity routers.
// Dates are fixed around NOW; the tests freeze the clock there.
import type { Database } from "@atlas/db/database";
import { searchTextOf } from "@atlas/shared/search-text";

export const NOW = new Date("2025-06-15T10:00:00.000Z");
const d = (iso: string) => new Date(iso);
const DELETED = { deletedAt: d("2025-06-01T00:00:00Z") };

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
        endsAt: data.endsAt ? d(data.endsAt) : null,
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
    startsAt: "2024-11-20T08:00:00Z",
    endsAt: "2024-11-20T10:00:00Z",
    place: "Вологда",
    partners: [kz.id, gone.id],
    sectors: [timber.id, agriculture.id],
  });
  const i2 = await interaction({
    title: "Переговоры с Алматинской областью",
    kind: "NEGOTIATIONS",
    direction: "OUTGOING",
    startsAt: "2025-02-10T09:00:00Z",
    partners: [almaty.id],
    sectors: [agriculture.id],
  });
  const i3 = await interaction({ title: "Видеозвонок с Минском", kind: "CALL", startsAt: "2025-03-01T00:00:00Z", partners: [minsk.id], sectors: [culture.id] });
  const i4 = await interaction({
    title: "Совместная встреча Казахстан и Алматинская область",
    kind: "MEETING",
    direction: "INCOMING",
    startsAt: "2025-03-20T12:00:00Z",
    partners: [kz.id, almaty.id],
    sectors: [timber.id, retired.id],
  });
  const i5 = await interaction({ title: "Давняя встреча с Беларусью", kind: "MEETING", startsAt: "2023-05-10T10:00:00Z", partners: [by.id], sectors: [culture.id] });
  const i6 = await interaction({
    title: "Удалённая встреча с Казахстаном",
    kind: "MEETING",
    startsAt: "2025-06-01T10:00:00Z",
    partners: [kz.id],
    sectors: [timber.id],
    ...DELETED,
  });
  const i7 = await interaction({
    title: "Визит в Астану",
    kind: "VISIT",
    direction: "OUTGOING",
    startsAt: "2025-07-10T06:00:00Z",
    partners: [astana.id],
    sectors: [culture.id],
  });
  // The last minute of January in UTC (already February in Moscow): must land in 2025-01.
  const i8 = await interaction({
    title: "Мастера Великого Устюга",
    kind: "MEETING",
    startsAt: "2025-01-31T23:30:00Z",
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
    history: Array<{ from: Stage | null; to: Stage; at: string }>;
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
        stageHistory: { create: data.history.map((h) => ({ fromStage: h.from, toStage: h.to, changedAt: d(h.at) })) },
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
      { from: null, to: "PROPOSAL_SENT", at: "2024-10-01T09:00:00Z" },
      // Same moment as the Almaty negotiations: the interaction sorts first (by kind).
      { from: "PROPOSAL_SENT", to: "DRAFT", at: "2025-02-10T09:00:00Z" },
      { from: "DRAFT", to: "NEGOTIATION", at: "2025-04-10T09:00:00Z" },
    ],
    // Already past: not "expiring soon".
    expiresAt: "2025-06-10T00:00:00Z",
  });
  const a2 = await agreement({
    title: "Меморандум с Казахстаном о лесной промышленности",
    kind: "MEMORANDUM",
    stage: "IN_FORCE",
    parties: [kz.id],
    sectors: [timber.id],
    history: [
      { from: null, to: "SIGNED", at: "2023-03-01T09:00:00Z" },
      { from: "SIGNED", to: "IN_FORCE", at: "2023-04-01T09:00:00Z" },
    ],
    expiresAt: "2025-08-01T00:00:00Z",
  });
  const a3 = await agreement({
    title: "План мероприятий с Минском",
    kind: "IMPLEMENTATION_PLAN",
    stage: "IMPLEMENTATION",
    parties: [minsk.id],
    sectors: [culture.id],
    history: [{ from: null, to: "IMPLEMENTATION", at: "2024-12-01T09:00:00Z" }],
    expiresAt: "2026-01-01T00:00:00Z",
  });
  const a4 = await agreement({
    title: "Прекращённое соглашение с Беларусью",
    kind: "COOPERATION_AGREEMENT",
    stage: "TERMINATED",
    parties: [by.id],
    sectors: [],
    history: [{ from: null, to: "TERMINATED", at: "2022-01-01T09:00:00Z" }],
    expiresAt: "2025-07-01T00:00:00Z",
  });
  const a5 = await agreement({
    title: "Удалённый проект соглашения",
    kind: "MEMORANDUM",
    stage: "DRAFT",
    parties: [kz.id],
    sectors: [timber.id],
    history: [{ from: null, to: "DRAFT", at: "2025-05-01T09:00:00Z" }],
    expiresAt: "2025-07-01T00:00:00Z",
    ...DELETED,
  });

  const planItem = (agreementId: string, title: string, dueDate: string, status: "OPEN" | "IN_PROGRESS" | "DONE") =>
    prisma.planItem.create({ data: { agreementId, title, dueDate: d(dueDate), status, responsible: "Департамент" } });
  const p1 = await planItem(a3.id, "Дни культуры", "2025-05-01T00:00:00Z", "OPEN");
  const p2 = await planItem(a3.id, "Выставка ремёсел", "2025-03-01T00:00:00Z", "DONE");
  const p3 = await planItem(a3.id, "Гастроли театра", "2025-09-01T00:00:00Z", "OPEN");
  const p4 = await planItem(a3.id, "Обмен делегациями", "2025-06-01T00:00:00Z", "IN_PROGRESS");
  const p5 = await planItem(a5.id, "Пункт удалённого плана", "2025-05-01T00:00:00Z", "OPEN");

  const event = async (data: {
    title: string;
    kind: "FORUM" | "TOUR" | "EXHIBITION" | "REGION_DAYS";
    status: "PLANNED" | "CONFIRMED" | "HELD" | "CANCELLED";
    startsAt: string;
    endsAt?: string;
    place?: string;
    partners: string[];
    sectors: string[];
    stops?: Array<{ place: string; partnerId: string | null; date: string }>;
    deletedAt?: Date;
  }) =>
    prisma.event.create({
      data: {
        title: data.title,
        kind: data.kind,
        status: data.status,
        startsAt: d(data.startsAt),
        endsAt: data.endsAt ? d(data.endsAt) : null,
        place: data.place ?? null,
        deletedAt: data.deletedAt ?? null,
        searchText: searchTextOf.event(data),
        partners: { create: data.partners.map((partnerId) => ({ partnerId })) },
        sectors: { create: data.sectors.map((sectorId) => ({ sectorId })) },
        stops: { create: (data.stops ?? []).map((s, i) => ({ position: i + 1, place: s.place, partnerId: s.partnerId, date: d(s.date) })) },
      },
      include: { stops: { orderBy: { position: "asc" } } },
    });
  const e1 = await event({
    title: "Форум «Горизонт 2050»",
    kind: "FORUM",
    status: "PLANNED",
    startsAt: "2025-07-20T07:00:00Z",
    endsAt: "2025-07-21T15:00:00Z",
    place: "Вологда",
    partners: [kz.id],
    sectors: [timber.id, agriculture.id],
  });
  const e2 = await event({
    title: "Тур Деда Мороза",
    kind: "TOUR",
    status: "CONFIRMED",
    startsAt: "2025-08-01T00:00:00Z",
    endsAt: "2025-08-10T00:00:00Z",
    partners: [],
    sectors: [culture.id],
    stops: [
      { place: "Великий Устюг", partnerId: ustyug.id, date: "2025-08-01T09:00:00Z" },
      { place: "Астана", partnerId: astana.id, date: "2025-08-05T09:00:00Z" },
      { place: "Минск", partnerId: minsk.id, date: "2025-08-09T09:00:00Z" },
    ],
  });
  const e3 = await event({
    title: "Отменённая выставка",
    kind: "EXHIBITION",
    status: "CANCELLED",
    startsAt: "2025-07-01T07:00:00Z",
    partners: [by.id],
    sectors: [agriculture.id],
  });
  const e4 = await event({
    title: "Удалённое мероприятие",
    kind: "FORUM",
    status: "PLANNED",
    startsAt: "2025-07-05T07:00:00Z",
    partners: [kz.id],
    sectors: [timber.id],
    ...DELETED,
  });
  const e5 = await event({
    title: "Дни Вологодской области в Минске",
    kind: "REGION_DAYS",
    status: "HELD",
    startsAt: "2024-09-10T07:00:00Z",
    endsAt: "2024-09-12T15:00:00Z",
    partners: [minsk.id],
    sectors: [culture.id, agriculture.id],
  });

  const followUp = (title: string, dueDate: string, status: "OPEN" | "IN_PROGRESS" | "DONE", link: object = {}, extra = {}) =>
    prisma.followUp.create({ data: { title, dueDate: d(dueDate), status, searchText: searchTextOf.followUp({ title }), ...link, ...extra } });
  await followUp("Направить проект соглашения", "2025-05-01T00:00:00Z", "OPEN", { interactionId: i2.id });
  await followUp("Подготовить справку по меморандуму", "2025-06-01T00:00:00Z", "IN_PROGRESS", { agreementId: a2.id });
  await followUp("Сделанная задача", "2025-05-01T00:00:00Z", "DONE", { interactionId: i2.id });
  await followUp("Будущая задача", "2025-07-01T00:00:00Z", "OPEN", { interactionId: i2.id });
  await followUp("Удалённая задача", "2025-05-01T00:00:00Z", "OPEN", { interactionId: i2.id }, DELETED);
  await followUp("Задача удалённой встречи", "2025-05-01T00:00:00Z", "OPEN", { interactionId: i6.id });
  await followUp("Согласовать программу Дней культуры", "2025-04-01T00:00:00Z", "OPEN", { planItemId: p1.id });

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
