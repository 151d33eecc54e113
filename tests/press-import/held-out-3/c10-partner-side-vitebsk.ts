// A release from the partner's side (the Vitebsk oblispolkom's site): the home region is
// the guest, named colloquially («Вологодчина») as well as in full; the partner region is
// «Витебщина»; an agreement in force since a year, last year's trade figure, a plan to be
// prepared for a forum dated by month.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "c10-partner-side-vitebsk",
  style: "release from the partner's side",
  publishedOn: "2025-09-16",
  text: `Дмитрий Шавловский встретился с делегацией Вологодской области России

Председатель Витебского облисполкома Дмитрий Шавловский 16 сентября встретился с делегацией Вологодской области Российской Федерации, которая находится на Витебщине с рабочим визитом 16–17 сентября. Делегацию возглавляет заместитель губернатора Вологодской области Ольга Веденеева.

«Вологодчина — наш давний и надёжный партнёр. Соглашение о сотрудничестве между Витебским облисполкомом и Правительством Вологодской области действует с 2011 года», — отметил Дмитрий Шавловский. По его словам, в прошлом году товарооборот между регионами составил 94 млн долларов.

Стороны обсудили сотрудничество в сельском хозяйстве, прежде всего в льноводстве, а также в машиностроении и в сфере образования. Вологодская сторона заинтересована в закупке белорусской льнотресты, витебские швейные предприятия — в поставках вологодских льняных тканей.

В переговорах участвовали заместитель председателя облисполкома Виталий Ралько и генеральный директор ООО «Северный лён» Наталья Шилова.

В Орше делегация посетила ОАО «Поозерский льнозавод». 17 сентября вологодские гости побывают в Витебске, где познакомятся с работой Витебского государственного технологического университета.

Стороны договорились подготовить новый план совместных мероприятий и подписать его в ходе XIII Форума регионов Беларуси и России в июне 2026 года.`,
  expected: {
    // An outgoing delegation received by the partner's head is a VISIT.
    happening: { kind: "VISIT", day: "2025-09-16", precision: "DAY" },
    partners: [
      { name: "Витебская область", existing: true },
      { name: "Вологодская область", existing: true },
      { name: "Российская Федерация", existing: true },
      { name: "Орша", existing: false },
      { name: "ОАО «Поозерский льнозавод»", existing: false },
      { name: "ООО «Северный лён»", existing: false },
      { name: "Витебск", existing: false },
      { name: "Витебский государственный технологический университет", existing: false },
      { name: "Республика Беларусь", existing: true },
    ],
    people: [
      { fullName: "Дмитрий Шавловский", post: "Председатель Витебского облисполкома", side: "PARTNER" },
      { fullName: "Ольга Веденеева", post: "заместитель губернатора Вологодской области", side: "HOME" },
      { fullName: "Виталий Ралько", post: "заместитель председателя облисполкома", side: "PARTNER" },
      { fullName: "Наталья Шилова", post: "генеральный директор ООО «Северный лён»", side: "HOME" },
    ],
    dates: [
      { day: "2025-09-16", precision: "DAY" },
      { day: "2011-01-01", precision: "YEAR" },
      // «в прошлом году» (the trade figure's period)
      { day: "2024-01-01", precision: "YEAR" },
      { day: "2025-09-17", precision: "DAY" },
      { day: "2026-06-01", precision: "MONTH" },
    ],
    sectors: ["Сельское хозяйство", "Машиностроение", "Образование"],
    exportCategories: ["Льняные ткани"],
    agreements: [
      { stage: "IN_FORCE", kind: "COOPERATION_AGREEMENT" },
      { stage: "PROPOSAL_SENT", kind: "IMPLEMENTATION_PLAN" },
    ],
    events: [{ kind: "FORUM", day: "2026-06-01", precision: "MONTH" }],
  },
};
