// An agency item with relative dates («вчера», «на прошлой неделе», «в прошлом году», «в
// следующем году», «в декабре»), a neighbouring region the gazetteer knows and towns it does
// not, one of them in the home region.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "e08-relative-dates-yaroslavl",
  style: "agency news with relative dates",
  publishedOn: "2026-10-29",
  text: `Вологодчина и Ярославская область создадут общий туристический маршрут

Заместитель губернатора Вологодской области Ольга Веденеева вчера провела рабочую встречу с министром туризма Ярославской области Еленой Викторовной Марковой. Встреча прошла в Вологде.

Стороны обсудили создание межрегионального туристического маршрута «Северные усадьбы», который свяжет Вологду, Кириллов, Рыбинск и Ярославль. Запустить маршрут планируется в следующем году.

«На прошлой неделе наши туроператоры провели в Ярославле совместную презентацию маршрута для турагентств и блогеров. Интерес оказался даже выше, чем мы ожидали», — рассказала Елена Маркова.

По словам Ольги Веденеевой, в прошлом году Вологодчину посетили более 140 тысяч туристов из Ярославской области, и совместный продукт поможет удержать их в регионе дольше.

По итогам встречи стороны договорились подготовить соглашение о сотрудничестве в сфере туризма. Подписать его планируется в декабре.`,
  expected: {
    happening: { kind: "MEETING", day: "2026-10-28", precision: "DAY" },
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Ярославская область", existing: true },
      { name: "Вологда", existing: true },
      { name: "Кириллов", existing: false },
      { name: "Рыбинск", existing: false },
      { name: "Ярославль", existing: false },
    ],
    people: [
      { fullName: "Ольга Веденеева", post: "Заместитель губернатора Вологодской области", side: "HOME" },
      { fullName: "Елена Викторовна Маркова", post: "министр туризма Ярославской области", side: "PARTNER" },
    ],
    dates: [
      { day: "2026-10-28", precision: "DAY" },
      { day: "2027-01-01", precision: "YEAR" },
      // «На прошлой неделе»: the Monday of the week before publication (Thursday 29 October).
      { day: "2026-10-19", precision: "APPROXIMATE" },
      { day: "2025-01-01", precision: "YEAR" },
      { day: "2026-12-01", precision: "MONTH" },
    ],
    sectors: ["Туризм"],
    exportCategories: [],
    agreements: [{ stage: "PROPOSAL_SENT", kind: "COOPERATION_AGREEMENT" }],
    // A presentation is an OTHER event.
    events: [{ kind: "OTHER", day: "2026-10-19", precision: "APPROXIMATE" }],
  },
};
