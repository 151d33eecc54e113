// A short agency wire: a home company's supply contract with a Turkish company (a country
// the gazetteer lacks, by its short name), no ceremony or day of signing, a first shipment
// dated by month and last year's buyers.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "g12-wire-turkey-linen",
  style: "short agency wire",
  publishedOn: "2027-03-30",
  text: `ВОЛОГДА, 30 марта. /ТАСС/. Льняная фабрика ООО «Северный лён», расположенная в Вологде, заключила контракт на поставку льняных тканей в Турцию. Об этом ТАСС сообщил генеральный директор предприятия Михаил Корнилов.

Покупателем выступит текстильная компания «Эге Текстиль» из Измира. Объём поставок составит 120 тыс. погонных метров ткани в год, первая партия будет отгружена в апреле.

В 2026 году фабрика экспортировала ткани в Беларусь и Казахстан. Выход на турецкий рынок стал возможен при поддержке Центра поддержки экспорта Вологодской области, уточнил Корнилов.`,
  expected: {
    happening: null,
    partners: [
      { name: "ООО «Северный лён»", existing: false },
      { name: "Вологда", existing: true },
      { name: "Турция", existing: false },
      { name: "компания «Эге Текстиль»", existing: false },
      { name: "Измир", existing: false },
      { name: "Республика Беларусь", existing: true },
      { name: "Республика Казахстан", existing: true },
      { name: "Вологодская область", existing: true },
    ],
    people: [{ fullName: "Михаил Корнилов", post: "генеральный директор предприятия", side: "HOME" }],
    dates: [
      { day: "2027-04-01", precision: "MONTH" },
      { day: "2026-01-01", precision: "YEAR" },
    ],
    sectors: [],
    exportCategories: ["Льняные ткани"],
    agreements: [{ stage: "SIGNED", kind: "CONTRACT" }],
    events: [],
  },
};
