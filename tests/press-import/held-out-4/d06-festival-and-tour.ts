// A folk festival announced with a range «с 5 по 7 мая» and a guest ensemble's tour of three
// home-region towns after it; countries named only by their short names; a fairy-tale
// character who is no person.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "d06-festival-and-tour",
  style: "festival announcement with a tour",
  publishedOn: "2026-04-28",
  text: `Великий Устюг примет международный фольклорный фестиваль «Сполохи»

С 5 по 7 мая в Великом Устюге пройдёт XII Международный фольклорный фестиваль «Сполохи». В нём примут участие более 30 коллективов из районов Вологодской области, из Республики Карелия и Архангельской области, а также гости из Сербии и Армении.

Сербию представит фольклорный ансамбль «Шумадия» из Крагуеваца, Армению — ансамбль народного танца «Арагац» из Еревана.

Фестиваль откроется 5 мая. В программе — конкурсные выступления, мастер-классы по народным ремёслам и вечерние концерты на берегу Сухоны.

После фестиваля ансамбль «Шумадия» отправится в гастрольный тур по области: 8 мая коллектив выступит в Вологде, 10 мая — в Череповце, 11 мая — в Соколе.

«Сполохи давно вышли за рамки областного праздника. Фестиваль работает на событийный туризм: в эти дни гостиницы Великого Устюга заполнены полностью», — отметила министр культуры Вологодской области Светлана Юрьевна Кострова.

Руководитель ансамбля «Шумадия» Зоран Стоянович признался, что коллектив давно мечтал побывать на родине Деда Мороза: «Для наших артистов это первая поездка на Русский Север».`,
  expected: {
    happening: null,
    partners: [
      { name: "Великий Устюг", existing: true },
      { name: "Вологодская область", existing: true },
      { name: "Республика Карелия", existing: false },
      { name: "Архангельская область", existing: true },
      { name: "Сербия", existing: false },
      { name: "Армения", existing: false },
      { name: "Фольклорный ансамбль «Шумадия»", existing: false },
      { name: "Крагуевац", existing: false },
      { name: "Ансамбль народного танца «Арагац»", existing: false },
      { name: "Ереван", existing: false },
      { name: "Вологда", existing: true },
      { name: "Череповец", existing: true },
      { name: "Сокол", existing: true },
    ],
    people: [
      { fullName: "Светлана Юрьевна Кострова", post: "министр культуры Вологодской области", side: "HOME" },
      { fullName: "Зоран Стоянович", post: "Руководитель ансамбля «Шумадия»", side: "PARTNER" },
    ],
    // «Фестиваль откроется 5 мая» restates the range's first day.
    dates: [
      { day: "2026-05-05", precision: "DAY" },
      { day: "2026-05-08", precision: "DAY" },
      { day: "2026-05-10", precision: "DAY" },
      { day: "2026-05-11", precision: "DAY" },
    ],
    sectors: ["Культура", "Туризм"],
    exportCategories: [],
    agreements: [],
    events: [
      { kind: "FESTIVAL", day: "2026-05-05", precision: "DAY" },
      { kind: "TOUR", day: "2026-05-08", precision: "DAY" },
    ],
  },
};
