// Export news with figures from the region's site: a quarter's totals, destinations at
// country, province and city level, a first shipment to a less common partner, last year's
// figure and a planned exhibition; the export support centre is a government body.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "f05-agro-export-figures",
  style: "export news with figures",
  publishedOn: "2026-11-24",
  text: `Экспорт продукции вологодского АПК в третьем квартале вырос на 18 %

В третьем квартале 2026 года предприятия агропромышленного комплекса Вологодской области экспортировали продукции на 14,2 млн долларов США, рост составил 18 %. Наибольший вклад внесли предприятия пищевой и перерабатывающей промышленности. Об этом сообщили в Центре поддержки экспорта Вологодской области.

Основу экспорта по-прежнему составляет молочная продукция — сливочное масло, сыры и сухое молоко. Крупнейшими покупателями остаются Казахстан, Китай и Беларусь.

Впервые вологодское сливочное масло поставлено в Монголию: в сентябре ООО «Кубенское молоко» отгрузило в Улан-Батор 60 тонн продукции.

Растут и поставки мороженого. АО «Северный пломбир» за квартал отправило в Китай 240 тонн мороженого, в том числе в провинцию Хэйлунцзян и в Пекин. Поставки замороженных ягод — брусники и клюквы — в Алматы выросли в полтора раза.

«Вологодские продукты уже знают на рынках Центральной Азии и Китая, теперь задача — закрепиться в новых странах. В декабре мы организуем коллективный стенд вологодских компаний на международной продовольственной выставке в Ташкенте», — рассказала директор Центра поддержки экспорта Вологодской области Марина Рябинина.

По итогам прошлого года экспорт продукции АПК региона составил 47 млн долларов США.`,
  expected: {
    happening: null,
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Республика Казахстан", existing: true },
      { name: "Китайская Народная Республика", existing: true },
      { name: "Республика Беларусь", existing: true },
      { name: "Монголия", existing: false },
      { name: "Улан-Батор", existing: false },
      { name: "ООО «Кубенское молоко»", existing: false },
      { name: "АО «Северный пломбир»", existing: false },
      { name: "Провинция Хэйлунцзян", existing: true },
      { name: "Пекин", existing: false },
      { name: "Алматы", existing: true },
      { name: "Ташкент", existing: false },
    ],
    people: [{ fullName: "Марина Рябинина", post: "директор Центра поддержки экспорта Вологодской области", side: "HOME" }],
    dates: [
      { day: "2026-07-01", precision: "QUARTER" },
      { day: "2026-09-01", precision: "MONTH" },
      { day: "2026-12-01", precision: "MONTH" },
      { day: "2025-01-01", precision: "YEAR" },
    ],
    // «агропромышленный комплекс» is agriculture; the food industry is named.
    sectors: ["Сельское хозяйство", "Пищевая промышленность"],
    exportCategories: ["Молочная продукция", "Мороженое", "Замороженные ягоды"],
    agreements: [],
    events: [{ kind: "EXHIBITION", day: "2026-12-01", precision: "MONTH" }],
  },
};
