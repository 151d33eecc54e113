// A signing with a Russian republic the gazetteer lacks, in its capital: a new agreement that
// replaces an expired one, a plan agreed to be prepared for the next two years, and the
// chamber of commerce's proposal of an exhibition.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "f03-signing-bashkortostan",
  style: "signing",
  publishedOn: "2026-11-19",
  text: `Вологодская область и Республика Башкортостан подписали соглашение о сотрудничестве

Сегодня в Уфе Губернатор Вологодской области Андрей Ларионов и Глава Республики Башкортостан Айдар Сагитов подписали соглашение о сотрудничестве в торгово-экономической, научно-технической, социальной и культурной сферах.

Новый документ заменил соглашение 2016 года, срок действия которого истёк в прошлом году. Соглашение предусматривает взаимодействие регионов в машиностроении, лесной промышленности, агропромышленном комплексе, туризме, образовании и культуре.

«Товарооборот между нашими регионами растёт, но кооперация предприятий пока не использует и половины возможностей. Вологодские производители деревообрабатывающего оборудования и башкирские машиностроители могут выпускать совместную продукцию», — подчеркнул Андрей Ларионов.

Айдар Сагитов отметил, что Башкортостан заинтересован в опыте Вологодской области по развитию событийного туризма и в подготовке специалистов для лесной отрасли.

Для реализации соглашения стороны в течение трёх месяцев подготовят план мероприятий на 2027–2028 годы.

В церемонии подписания принял участие председатель Торгово-промышленной палаты Республики Башкортостан Ильдар Галиев. Он предложил провести в 2027 году в Вологде выставку продукции башкирских производителей.`,
  expected: {
    // A signing is a MEETING.
    happening: { kind: "MEETING", day: "2026-11-19", precision: "DAY" },
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Республика Башкортостан", existing: false },
      { name: "Уфа", existing: false },
      { name: "Торгово-промышленная палата Республики Башкортостан", existing: false },
      { name: "Вологда", existing: true },
    ],
    people: [
      { fullName: "Андрей Ларионов", post: "Губернатор Вологодской области", side: "HOME" },
      { fullName: "Айдар Сагитов", post: "Глава Республики Башкортостан", side: "PARTNER" },
      { fullName: "Ильдар Галиев", post: "председатель Торгово-промышленной палаты Республики Башкортостан", side: "PARTNER" },
    ],
    dates: [
      { day: "2026-11-19", precision: "DAY" },
      { day: "2016-01-01", precision: "YEAR" },
      // «в прошлом году»: the year before publication.
      { day: "2025-01-01", precision: "YEAR" },
      // «на 2027–2028 годы» (the plan's period) and «в 2027 году» (the exhibition): one date.
      { day: "2027-01-01", precision: "YEAR" },
    ],
    // The areas the agreement lists («агропромышленный комплекс» is agriculture).
    sectors: ["Машиностроение", "Лесная промышленность", "Сельское хозяйство", "Туризм", "Образование", "Культура"],
    exportCategories: [],
    agreements: [
      { stage: "SIGNED", kind: "COOPERATION_AGREEMENT" },
      { stage: "EXPIRED", kind: "COOPERATION_AGREEMENT" },
      { stage: "PROPOSAL_SENT", kind: "IMPLEMENTATION_PLAN" },
    ],
    events: [{ kind: "EXHIBITION", day: "2027-01-01", precision: "YEAR" }],
  },
};
