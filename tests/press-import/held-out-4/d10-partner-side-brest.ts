// The partner's side: a Belarusian oblispolkom's site on the home region's delegation. The
// partner's people are PARTNER, the home region's HOME; an agreement signed years ago and
// extended this year, an implementation plan signed, Days of the home region, figures for a
// range of months, a known Belarusian region named in passing.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "d10-partner-side-brest",
  style: "release from the partner's side (oblispolkom site)",
  publishedOn: "2026-06-05",
  text: `Брестскую область посетила делегация Вологодской области России

4 июня председатель Брестского областного исполнительного комитета Юрий Михайлович Давыдович встретился с делегацией Вологодской области Российской Федерации во главе с заместителем губернатора Вологодской области Ольгой Веденеевой.

Визит приурочен к Дням Вологодской области в Брестской области, которые проходят с 3 по 6 июня. Их торжественное открытие состоялось в Бресте.

Юрий Давыдович напомнил, что соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве между Брестским облисполкомом и Правительством Вологодской области подписано в 2016 году, а в марте этого года стороны продлили его действие ещё на пять лет. Брестская область стала вторым после Витебской области регионом Беларуси, установившим прямые связи с Вологодчиной.

Товарооборот Брестской области с Вологодской областью в январе — апреле 2026 года составил 9,8 млн долларов США, увеличившись на 18 процентов. Вологодские предприятия поставляют в Брестскую область лесопродукцию и льняные ткани, брестские — сельскохозяйственную технику и продукты питания.

Стороны обсудили сотрудничество в сельском хозяйстве, машиностроении и образовании. По итогам встречи подписан план совместных мероприятий на ближайшие три года.

В переговорах также приняла участие заместитель председателя облисполкома Наталья Романовна Ковальчук.

В рамках визита российская делегация побывала в Пинске, где осмотрела производство ОАО «Полесская нива». Генеральный директор ОАО «Полесская нива» Виктор Степанович Кравчук рассказал гостям о модернизации молочно-товарных ферм предприятия.`,
  expected: {
    happening: { kind: "VISIT", day: "2026-06-04", precision: "DAY" },
    partners: [
      { name: "Брестская область", existing: false },
      { name: "Вологодская область", existing: true },
      { name: "Российская Федерация", existing: true },
      { name: "Брест", existing: false },
      { name: "Витебская область", existing: true },
      { name: "Республика Беларусь", existing: true },
      { name: "Пинск", existing: false },
      { name: "ОАО «Полесская нива»", existing: false },
    ],
    people: [
      { fullName: "Юрий Михайлович Давыдович", post: "председатель Брестского областного исполнительного комитета", side: "PARTNER" },
      { fullName: "Ольга Веденеева", post: "заместитель губернатора Вологодской области", side: "HOME" },
      { fullName: "Наталья Романовна Ковальчук", post: "заместитель председателя облисполкома", side: "PARTNER" },
      { fullName: "Виктор Степанович Кравчук", post: "Генеральный директор ОАО «Полесская нива»", side: "PARTNER" },
    ],
    dates: [
      { day: "2026-06-04", precision: "DAY" },
      { day: "2026-06-03", precision: "DAY" },
      { day: "2016-01-01", precision: "YEAR" },
      { day: "2026-03-01", precision: "MONTH" },
      // «в январе — апреле 2026 года»: a range of months, its first month.
      { day: "2026-01-01", precision: "MONTH" },
    ],
    sectors: ["Сельское хозяйство", "Машиностроение", "Образование"],
    // What the partner sells to the home region is no export category of the home region.
    exportCategories: ["Лесопродукция", "Льняные ткани"],
    agreements: [
      { stage: "EXTENDED", kind: "COOPERATION_AGREEMENT" },
      { stage: "SIGNED", kind: "IMPLEMENTATION_PLAN" },
    ],
    events: [{ kind: "REGION_DAYS", day: "2026-06-03", precision: "DAY" }],
  },
};
