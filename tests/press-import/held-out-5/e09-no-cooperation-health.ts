// A release with no cooperation in it: the region's own health programme. Only the home
// region, the minister and the dates of the facts are to be found; no sector of the
// gazetteer, no happening.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "e09-no-cooperation-health",
  style: "release with no cooperation",
  publishedOn: "2026-10-30",
  text: `В Вологодской области откроются ещё 11 фельдшерско-акушерских пунктов

В 2026 году по программе модернизации первичного звена здравоохранения в Вологодской области установят 23 новых модульных фельдшерско-акушерских пункта. 12 из них уже принимают пациентов, оставшиеся 11 откроются до 25 декабря.

«Каждый новый ФАП — это возможность для жителей небольших деревень получить помощь рядом с домом, не тратя полдня на дорогу в районную больницу», — отметила министр здравоохранения области Татьяна Геннадьевна Рябова.

Все пункты оснащены электрокардиографами, холодильниками для вакцин и автоматизированными рабочими местами с доступом к медицинской информационной системе. Стоимость одного пункта — около 9 млн рублей, средства выделены из федерального и областного бюджетов.

Напомним, в прошлом году в области открылось 19 фельдшерско-акушерских пунктов. Перечень населённых пунктов, где ФАПы появятся в 2027 году, правительство области рассмотрит на заседании 16 ноября.`,
  expected: {
    happening: null,
    partners: [{ name: "Вологодская область", existing: true }],
    people: [{ fullName: "Татьяна Геннадьевна Рябова", post: "министр здравоохранения области", side: "HOME" }],
    dates: [
      { day: "2026-01-01", precision: "YEAR" },
      { day: "2026-12-25", precision: "DAY" },
      { day: "2025-01-01", precision: "YEAR" },
      { day: "2027-01-01", precision: "YEAR" },
      { day: "2026-11-16", precision: "DAY" },
    ],
    sectors: [],
    exportCategories: [],
    agreements: [],
    events: [],
  },
};
