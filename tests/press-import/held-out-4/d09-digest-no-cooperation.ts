// A weekly digest of short items with no cooperation in it (health, roads, transport): only
// home-region places, one named minister, dates of domestic facts, no sector of the
// gazetteer, no agreement and no event.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "d09-digest-no-cooperation",
  style: "digest of short items, no cooperation",
  publishedOn: "2026-08-21",
  text: `Коротко о главном: неделя в Правительстве области

Здравоохранение. В Вологодскую область поступили 24 новых автомобиля скорой медицинской помощи, закупленных по национальному проекту «Продолжительная и активная жизнь». До 1 сентября машины распределят между районными больницами. «В первую очередь обновляем парк в отдалённых районах, где автомобили отработали больше семи лет», — пояснила министр здравоохранения области Ирина Сергеевна Осипова.

Дороги. В Череповце завершён капитальный ремонт моста через реку Ягорбу. Движение по мосту открыто 19 августа, на две недели раньше срока.

Сельская медицина. В 2026 году в области установят 11 модульных фельдшерско-акушерских пунктов. Первые шесть уже принимают пациентов.

Транспорт. С 1 сентября в Вологде на маршруты выйдут 15 новых электробусов. Они будут работать на линиях, соединяющих спальные районы с центром города.`,
  expected: {
    happening: null,
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Череповец", existing: true },
      { name: "Вологда", existing: true },
    ],
    people: [{ fullName: "Ирина Сергеевна Осипова", post: "министр здравоохранения области", side: "HOME" }],
    dates: [
      { day: "2026-09-01", precision: "DAY" },
      { day: "2026-08-19", precision: "DAY" },
      { day: "2026-01-01", precision: "YEAR" },
    ],
    sectors: [],
    exportCategories: [],
    agreements: [],
    events: [],
  },
};
