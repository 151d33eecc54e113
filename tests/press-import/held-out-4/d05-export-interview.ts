// An interview excerpt on exports: figures by year, half-year and quarter, goods described
// rather than named by their category (butter and milk powder, plywood, cranberries), new
// Asian markets, a company's supply contract, and the exhibition and mission ahead.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "d05-export-interview",
  style: "interview excerpt on export figures",
  publishedOn: "2026-07-15",
  text: `«Вьетнам и Индия — рынки, где нас уже ждут»

Руководитель Центра поддержки экспорта Вологодской области Наталья Игоревна Шилова рассказала, как меняется география вологодского экспорта. Публикуем фрагменты интервью.

— Наталья Игоревна, с какими результатами экспортёры области закончили первое полугодие?

— По итогам первого полугодия 2026 года несырьевой неэнергетический экспорт региона составил 318 миллионов долларов, рост — 12 процентов. Для сравнения: за весь 2025 год мы экспортировали продукции на 590 миллионов. Основу по-прежнему дают предприятия лесной и пищевой промышленности.

— Какие страны остаются главными покупателями?

— Традиционные рынки — Казахстан, Беларусь и Узбекистан. Но самый быстрый рост сейчас даёт Азия. Во втором квартале поставки во Вьетнам выросли почти вдвое: туда ушли 420 тонн сливочного масла и сухого молока. В Китай, прежде всего в провинцию Хэйлунцзян, идут замороженные клюква и брусника.

— А Индия?

— Индия покупает вологодские пиломатериалы и фанеру, и интерес к ним растёт. В ноябре мы планируем бизнес-миссию лесопромышленников в Мумбаи.

— Есть ли новые рынки для продовольствия?

— Да, это Монголия. В июне производитель мороженого ООО «Северный пломбир» подписал контракт на поставку в Улан-Батор 60 тонн продукции — это первый крупный контракт области с монгольскими партнёрами. А в сентябре коллективный стенд вологодских производителей будет работать на международной продовольственной выставке в Хошимине.`,
  expected: {
    happening: null,
    partners: [
      { name: "Вьетнам", existing: false },
      { name: "Индия", existing: false },
      { name: "Вологодская область", existing: true },
      { name: "Республика Казахстан", existing: true },
      { name: "Республика Беларусь", existing: true },
      { name: "Республика Узбекистан", existing: true },
      { name: "Китайская Народная Республика", existing: true },
      { name: "Провинция Хэйлунцзян", existing: true },
      { name: "Мумбаи", existing: false },
      { name: "Монголия", existing: false },
      { name: "ООО «Северный пломбир»", existing: false },
      { name: "Улан-Батор", existing: false },
      { name: "Хошимин", existing: false },
    ],
    people: [{ fullName: "Наталья Игоревна Шилова", post: "руководитель Центра поддержки экспорта Вологодской области", side: "HOME" }],
    dates: [
      // «первое полугодие 2026 года»: a half-year, its first day, APPROXIMATE.
      { day: "2026-01-01", precision: "APPROXIMATE" },
      { day: "2025-01-01", precision: "YEAR" },
      { day: "2026-04-01", precision: "QUARTER" },
      { day: "2026-11-01", precision: "MONTH" },
      { day: "2026-06-01", precision: "MONTH" },
      { day: "2026-09-01", precision: "MONTH" },
    ],
    sectors: ["Лесная промышленность", "Пищевая промышленность"],
    exportCategories: ["Молочная продукция", "Замороженные ягоды", "Лесопродукция", "Мороженое"],
    agreements: [{ stage: "SIGNED", kind: "CONTRACT" }],
    events: [
      { kind: "BUSINESS_MISSION", day: "2026-11-01", precision: "MONTH" },
      { kind: "EXHIBITION", day: "2026-09-01", precision: "MONTH" },
    ],
  },
};
