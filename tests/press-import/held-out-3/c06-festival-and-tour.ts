// A festival in Vologda with guests from three countries (regions listed elliptically,
// «из Вологодской, Архангельской и Ярославской областей»), ensembles and cities the
// gazetteer does not know, and a return tour dated by month.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "c06-festival-and-tour",
  style: "festival and tour",
  publishedOn: "2025-07-07",
  text: `В Вологде завершился международный фестиваль «Кружевная радуга»

С 4 по 6 июля в Вологде прошёл X Международный фестиваль народного творчества «Кружевная радуга». На фестиваль приехали более 20 коллективов из Вологодской, Архангельской и Ярославской областей, а также гости из Витебской области Республики Беларусь, Алматинской области Республики Казахстан и Бухарской области Республики Узбекистан.

Фестиваль открыла заместитель губернатора области Ольга Веденеева. «Кружево, песня, танец — это язык, который понятен без перевода. Рады, что с каждым годом у фестиваля всё больше друзей», — сказала она. В церемонии открытия участвовала начальник управления культуры Витебского облисполкома Алла Зенькович.

Гран-при фестиваля получил народный ансамбль «Двинские напевы» из Витебска. Приз зрительских симпатий достался ансамблю «Шашмаком» из Бухары.

В ноябре вологодский фольклорный ансамбль «Прялица» отправится с ответными гастролями в Беларусь: концерты пройдут в Витебске, Полоцке и Орше. «Мы давно мечтали побывать на родине наших друзей и показать белорусскому зрителю вологодские кадрили», — рассказала руководитель ансамбля Галина Смирнова.`,
  expected: {
    happening: null,
    partners: [
      { name: "Вологда", existing: true },
      { name: "Вологодская область", existing: true },
      { name: "Архангельская область", existing: true },
      { name: "Ярославская область", existing: true },
      { name: "Витебская область", existing: true },
      { name: "Республика Беларусь", existing: true },
      { name: "Алматинская область", existing: true },
      { name: "Республика Казахстан", existing: true },
      { name: "Бухарская область", existing: false },
      { name: "Республика Узбекистан", existing: true },
      { name: "Народный ансамбль «Двинские напевы»", existing: false },
      { name: "Витебск", existing: false },
      { name: "Ансамбль «Шашмаком»", existing: false },
      { name: "Бухара", existing: false },
      { name: "Фольклорный ансамбль «Прялица»", existing: false },
      { name: "Полоцк", existing: false },
      { name: "Орша", existing: false },
    ],
    people: [
      { fullName: "Ольга Веденеева", post: "заместитель губернатора области", side: "HOME" },
      { fullName: "Алла Зенькович", post: "начальник управления культуры Витебского облисполкома", side: "PARTNER" },
      { fullName: "Галина Смирнова", post: "руководитель ансамбля", side: "HOME" },
    ],
    dates: [
      // «С 4 по 6 июля»: a range is its first day.
      { day: "2025-07-04", precision: "DAY" },
      { day: "2025-11-01", precision: "MONTH" },
    ],
    sectors: ["Культура"],
    exportCategories: [],
    agreements: [],
    events: [
      { kind: "FESTIVAL", day: "2025-07-04", precision: "DAY" },
      // One tour with its stops undated beyond the month.
      { kind: "TOUR", day: "2025-11-01", precision: "MONTH" },
    ],
  },
};
