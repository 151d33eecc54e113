// A short agency wire: a home timber company's first shipment to a country the gazetteer
// does not know, under a contract signed last month; a shipping port the gazetteer knows.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "e12-wire-egypt-timber",
  style: "short agency wire",
  publishedOn: "2026-11-11",
  text: `Вологодские лесопромышленники отправили первую партию пиломатериалов в Египет

Лесопромышленное предприятие ООО «Северолес-Экспорт», одно из крупнейших экспортёров Вологодской области, отправило первую партию пиломатериалов в Египет. Об этом сообщил генеральный директор компании Роман Аркадьевич Шубин.

Контракт с египетской компанией «Нил Тимбер Трейдинг» на поставку 12 тысяч кубометров пиломатериалов в течение 2027 года был подписан в сентябре. Первые 40 контейнеров отгружены через порт Санкт-Петербурга и прибудут в Александрию в начале декабря.

В 2025 году вологодские лесопромышленники поставляли продукцию в 34 страны.`,
  expected: {
    happening: null,
    partners: [
      { name: "ООО «Северолес-Экспорт»", existing: false },
      { name: "Вологодская область", existing: true },
      { name: "Египет", existing: false },
      { name: "компания «Нил Тимбер Трейдинг»", existing: false },
      { name: "Санкт-Петербург", existing: true },
      { name: "Александрия", existing: false },
    ],
    people: [{ fullName: "Роман Аркадьевич Шубин", post: "генеральный директор компании", side: "HOME" }],
    dates: [
      { day: "2027-01-01", precision: "YEAR" },
      { day: "2026-09-01", precision: "MONTH" },
      // «в начале декабря»: a part of a month with no precision of its own.
      { day: "2026-12-01", precision: "APPROXIMATE" },
      { day: "2025-01-01", precision: "YEAR" },
    ],
    sectors: ["Лесная промышленность"],
    exportCategories: ["Лесопродукция"],
    agreements: [{ stage: "SIGNED", kind: "CONTRACT" }],
    events: [],
  },
};
