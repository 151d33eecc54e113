// A short agency wire with a timestamp line: a first shipment of timber to a country the
// gazetteer lacks, its capital, the contract signed by month; the company's head by initials.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "f12-wire-turkmenistan-timber",
  style: "short agency wire",
  publishedOn: "2026-12-04",
  text: `04.12.2026 10:42 | Экономика

Вологодские лесопромышленники впервые отправили клеёный брус в Туркменистан

Первая партия вологодского клеёного бруса отправлена в Туркменистан. Об этом сообщили в министерстве лесного комплекса Вологодской области.

В ноябре ООО «Вожега Тимбер» отгрузило в Ашхабад 40 контейнеров клеёного бруса и строганых пиломатериалов. Контракт с туркменским покупателем был заключён в сентябре, в декабре компания планирует отправить ещё 30 контейнеров.

«Туркменский рынок для нас новый, но спрос на деревянные дома там растёт. Рассчитываем выйти на регулярные ежемесячные поставки», — отметил генеральный директор ООО «Вожега Тимбер» А.В. Шилов.`,
  expected: {
    happening: null,
    partners: [
      // Named only by its short name, which is also its official one.
      { name: "Туркменистан", existing: false },
      { name: "Вологодская область", existing: true },
      { name: "ООО «Вожега Тимбер»", existing: false },
      { name: "Ашхабад", existing: false },
    ],
    people: [{ fullName: "А.В. Шилов", post: "генеральный директор ООО «Вожега Тимбер»", side: "HOME" }],
    dates: [
      // The timestamp line is the publication, not a fact's date.
      { day: "2026-11-01", precision: "MONTH" },
      { day: "2026-09-01", precision: "MONTH" },
      { day: "2026-12-01", precision: "MONTH" },
    ],
    sectors: ["Лесная промышленность"],
    exportCategories: ["Лесопродукция"],
    agreements: [{ stage: "SIGNED", kind: "CONTRACT" }],
    events: [],
  },
};
