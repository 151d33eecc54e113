// A theatre's tour through four Belarusian cities the gazetteer lacks, in a region it knows
// (named through its executive committee); a return tour planned by month.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "f06-puppet-theatre-tour",
  style: "tour with several stops",
  publishedOn: "2026-11-30",
  text: `Вологодский театр кукол «Северная сказка» покажет новогодние спектакли в Беларуси

С 7 по 13 декабря Вологодский областной театр кукол «Северная сказка» проведёт гастроли в Республике Беларусь. Гастроли поддержаны Правительством Вологодской области и Витебским облисполкомом.

Театр покажет новогодний спектакль «Морозко» и премьеру сезона — постановку «Сказки Вологодского леса». Гастроли откроются 7 декабря в Витебске, 9 декабря артисты выступят в Полоцке, 11 декабря — в Новополоцке, а завершится тур 13 декабря в Орше. Всего запланировано восемь спектаклей для детей и семейной аудитории.

«Для белорусских зрителей мы подготовили спектакли по мотивам северных сказок. Нам важно, чтобы дети в Витебской области узнали, как встречают Новый год на Русском Севере», — рассказала директор театра Светлана Николаевна Бурцева.

Начальник главного управления идеологической работы и по делам молодёжи Витебского облисполкома Андрей Ковалёнок отметил, что культурные обмены стали одним из самых заметных направлений сотрудничества двух областей.

В марте 2027 года в Вологду с ответными гастролями приедет Полоцкий народный театр «Ветразь».`,
  expected: {
    happening: null,
    partners: [
      { name: "Вологодский областной театр кукол «Северная сказка»", existing: false },
      { name: "Республика Беларусь", existing: true },
      { name: "Вологодская область", existing: true },
      // Named through «Витебским облисполкомом» and in full later.
      { name: "Витебская область", existing: true },
      { name: "Витебск", existing: false },
      { name: "Полоцк", existing: false },
      { name: "Новополоцк", existing: false },
      { name: "Орша", existing: false },
      { name: "Полоцкий народный театр «Ветразь»", existing: false },
      { name: "Вологда", existing: true },
    ],
    people: [
      { fullName: "Светлана Николаевна Бурцева", post: "директор театра", side: "HOME" },
      {
        fullName: "Андрей Ковалёнок",
        post: "начальник главного управления идеологической работы и по делам молодёжи Витебского облисполкома",
        side: "PARTNER",
      },
    ],
    dates: [
      { day: "2026-12-07", precision: "DAY" },
      { day: "2026-12-09", precision: "DAY" },
      { day: "2026-12-11", precision: "DAY" },
      { day: "2026-12-13", precision: "DAY" },
      { day: "2027-03-01", precision: "MONTH" },
    ],
    sectors: ["Культура"],
    exportCategories: [],
    agreements: [],
    events: [
      // One tour, dated by its first stop; the return tour is planned by month.
      { kind: "TOUR", day: "2026-12-07", precision: "DAY" },
      { kind: "TOUR", day: "2027-03-01", precision: "MONTH" },
    ],
  },
};
