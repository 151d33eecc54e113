// A decree-style list of the governor's instructions after a working meeting: dates written
// «24.03.2026», deadlines per item, officials named by initials (the known ones among them),
// bracketed names with no post, an agreement the department is told to draft and send.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "d07-instruction-murmansk",
  style: "decree-style list of instructions with deadlines",
  publishedOn: "2026-03-27",
  text: `Перечень поручений Губернатора Вологодской области по итогам рабочей встречи с делегацией Мурманской области

Опубликован перечень поручений Губернатора области по итогам рабочей встречи с делегацией Правительства Мурманской области во главе с заместителем Губернатора Мурманской области В.А. Сидоренко, состоявшейся 24.03.2026.

1. Департаменту внешних связей области (И.В. Сташков) подготовить проект соглашения о сотрудничестве между Правительством Вологодской области и Правительством Мурманской области и направить его в Правительство Мурманской области.
Срок — до 15.04.2026.

2. Министерству сельского хозяйства и продовольственных ресурсов области (П.А. Зуевский) организовать участие сельскохозяйственных товаропроизводителей области в агропромышленной выставке «Арктика-Агро» в г. Мурманске в июне 2026 года.
Срок — до 30.04.2026.

3. Министерству образования области (Е.С. Горбунова) совместно с Мурманским арктическим университетом проработать вопрос о приёме выпускников школ области на целевое обучение по морским специальностям.
Срок — до 01.06.2026.

4. Контроль за исполнением поручений возложить на заместителя Губернатора области О.Н. Веденееву.

Губернатор области А.Н. Ларионов`,
  expected: {
    happening: { kind: "MEETING", day: "2026-03-24", precision: "DAY" },
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Мурманская область", existing: false },
      { name: "Мурманск", existing: false },
      { name: "Мурманский арктический университет", existing: false },
    ],
    people: [
      { fullName: "В.А. Сидоренко", post: "заместитель Губернатора Мурманской области", side: "PARTNER" },
      // A name in brackets after a ministry gives no post of its own.
      { fullName: "Игорь Сташков", post: null, side: "HOME" },
      { fullName: "Павел Зуевский", post: null, side: "HOME" },
      { fullName: "Е.С. Горбунова", post: null, side: "HOME" },
      { fullName: "Ольга Веденеева", post: "заместитель Губернатора области", side: "HOME" },
      { fullName: "Андрей Ларионов", post: "Губернатор области", side: "HOME" },
    ],
    dates: [
      { day: "2026-03-24", precision: "DAY" },
      { day: "2026-04-15", precision: "DAY" },
      { day: "2026-04-30", precision: "DAY" },
      { day: "2026-06-01", precision: "MONTH" },
      { day: "2026-06-01", precision: "DAY" },
    ],
    sectors: ["Сельское хозяйство", "Образование"],
    exportCategories: [],
    agreements: [{ stage: "PROPOSAL_SENT", kind: "COOPERATION_AGREEMENT" }],
    events: [{ kind: "EXHIBITION", day: "2026-06-01", precision: "MONTH" }],
  },
};
