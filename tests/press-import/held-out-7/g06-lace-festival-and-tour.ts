// A craft festival in Almaty with Vologda lace makers, then an ensemble's tour of two
// Kazakh cities: the festival and the tour are events of their own; the tour is dated by
// its first stop.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "g06-lace-festival-and-tour",
  style: "festival and tour (region's site)",
  publishedOn: "2027-03-03",
  text: `Вологодское кружево и северные песни прозвучат в Казахстане

С 12 по 14 марта в Алматы пройдёт Международный фестиваль народных ремёсел «Шебер», приуроченный к празднованию Наурыза. Вологодскую область на фестивале представит творческое объединение «Северное кружево»: мастерицы покажут коллекцию кружевных панно и проведут мастер-классы для детей и взрослых.

Приглашение вологжанам направил руководитель управления культуры города Алматы Данияр Сейткали, который познакомился с работами вологодских кружевниц прошлой осенью во время поездки в Вологду.

После фестиваля в Казахстан отправится ансамбль песни и танца «Сухонские узоры». 18 марта артисты выступят в Астане, 20 марта — в Кокшетау. В программе — северные хороводы, кадрили и новая постановка «Кружевница».

«Культура — самый короткий путь к взаимопониманию. Мы рады, что вологодские мастера и артисты снова едут в Казахстан», — отметил министр культуры Вологодской области Алексей Владимирович Рябинин.`,
  expected: {
    happening: null,
    partners: [
      { name: "Алматы", existing: true },
      { name: "Вологодская область", existing: true },
      { name: "творческое объединение «Северное кружево»", existing: false },
      { name: "Вологда", existing: true },
      { name: "Республика Казахстан", existing: true },
      { name: "ансамбль песни и танца «Сухонские узоры»", existing: false },
      { name: "Астана", existing: true },
      { name: "Кокшетау", existing: false },
    ],
    people: [
      { fullName: "Данияр Сейткали", post: "руководитель управления культуры города Алматы", side: "PARTNER" },
      { fullName: "Алексей Владимирович Рябинин", post: "министр культуры Вологодской области", side: "HOME" },
    ],
    dates: [
      { day: "2027-03-12", precision: "DAY" },
      // «прошлой осенью»: a season's first day, APPROXIMATE.
      { day: "2026-09-01", precision: "APPROXIMATE" },
      { day: "2027-03-18", precision: "DAY" },
      { day: "2027-03-20", precision: "DAY" },
    ],
    sectors: ["Культура"],
    exportCategories: [],
    agreements: [],
    events: [
      { kind: "FESTIVAL", day: "2027-03-12", precision: "DAY" },
      { kind: "TOUR", day: "2027-03-18", precision: "DAY" },
    ],
  },
};
