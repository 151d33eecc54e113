// An agency report with relative dates («вчера», «на прошлой неделе», «в прошлом году», «в
// следующем году») about a tourist route with a neighbouring region.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "g08-relative-dates-arkhangelsk",
  style: "agency report with relative dates",
  publishedOn: "2027-02-25",
  text: `Вологодская и Архангельская области запустят общий туристический маршрут «Северное кольцо»

Вчера в Архангельске заместитель губернатора Вологодской области Ольга Веденеева и заместитель губернатора Архангельской области Марина Олеговна Рочева обсудили запуск межрегионального туристического маршрута «Северное кольцо».

Маршрут свяжет Великий Устюг, Тотьму и Сольвычегодск: туристы увидят усадьбы купцов-мореходов, солеварни и храмы XVII века. На прошлой неделе программу маршрута одобрили туроператоры обеих областей, рассказала Ольга Веденеева.

По её словам, в прошлом году Великий Устюг принял более 400 тысяч туристов, и многие из них готовы продолжить путешествие по Русскому Северу.

Первые группы отправятся по «Северному кольцу» в июне. В следующем году маршрут планируется продлить до Ярославской области.`,
  expected: {
    happening: { kind: "MEETING", day: "2027-02-24", precision: "DAY" },
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Архангельская область", existing: true },
      { name: "Архангельск", existing: false },
      { name: "Великий Устюг", existing: true },
      // A town of the home region that the gazetteer lacks.
      { name: "Тотьма", existing: false },
      { name: "Сольвычегодск", existing: false },
      { name: "Ярославская область", existing: true },
    ],
    people: [
      { fullName: "Ольга Веденеева", post: "заместитель губернатора Вологодской области", side: "HOME" },
      { fullName: "Марина Олеговна Рочева", post: "заместитель губернатора Архангельской области", side: "PARTNER" },
    ],
    dates: [
      { day: "2027-02-24", precision: "DAY" },
      // «На прошлой неделе»: the Monday of the week before publication.
      { day: "2027-02-15", precision: "APPROXIMATE" },
      { day: "2026-01-01", precision: "YEAR" },
      { day: "2027-06-01", precision: "MONTH" },
      { day: "2028-01-01", precision: "YEAR" },
    ],
    sectors: ["Туризм"],
    exportCategories: [],
    agreements: [],
    events: [],
  },
};
