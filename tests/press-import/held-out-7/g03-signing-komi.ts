// A signing with a Russian region the gazetteer lacks, in its capital: the new agreement,
// the expired one it replaces, and an implementation plan the sides instruct to prepare.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "g03-signing-komi",
  style: "signing (region's site)",
  publishedOn: "2027-02-05",
  text: `Вологодская область и Республика Коми подписали новое соглашение о сотрудничестве

4 февраля в Сыктывкаре губернатор Вологодской области Андрей Ларионов и Глава Республики Коми Владимир Семёнович Пальцев подписали соглашение о сотрудничестве в торгово-экономической, научно-технической, социальной и культурной сферах.

Документ предусматривает взаимодействие регионов в лесной промышленности, жилищно-коммунальном хозяйстве, туризме и образовании. Прежнее соглашение между регионами было подписано в 2015 году и истекло в прошлом году.

«У нас общие задачи: глубокая переработка древесины, северный туризм, подготовка кадров для лесного комплекса. Новое соглашение позволит перейти от разовых проектов к системной работе», — подчеркнул Андрей Ларионов.

Владимир Пальцев предложил объединить усилия регионов в подготовке кадров для лесного комплекса и пригласил вологодские предприятия к участию в модернизации коммунальной инфраструктуры республики.

Главы регионов поручили профильным министерствам до 1 апреля подготовить план мероприятий по реализации соглашения на 2027–2028 годы.`,
  expected: {
    happening: { kind: "MEETING", day: "2027-02-04", precision: "DAY" },
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Республика Коми", existing: false },
      { name: "Сыктывкар", existing: false },
    ],
    people: [
      { fullName: "Андрей Ларионов", post: "губернатор Вологодской области", side: "HOME" },
      { fullName: "Владимир Семёнович Пальцев", post: "Глава Республики Коми", side: "PARTNER" },
    ],
    dates: [
      { day: "2027-02-04", precision: "DAY" },
      { day: "2015-01-01", precision: "YEAR" },
      // «истекло в прошлом году».
      { day: "2026-01-01", precision: "YEAR" },
      // The instruction's deadline.
      { day: "2027-04-01", precision: "DAY" },
      // The plan's period «на 2027–2028 годы»: its first year.
      { day: "2027-01-01", precision: "YEAR" },
    ],
    sectors: ["Лесная промышленность", "Жилищно-коммунальное хозяйство", "Туризм", "Образование"],
    exportCategories: [],
    agreements: [
      { stage: "SIGNED", kind: "COOPERATION_AGREEMENT" },
      { stage: "EXPIRED", kind: "COOPERATION_AGREEMENT" },
      // An instruction to prepare a plan is an initiative, as «договорились подготовить» is.
      { stage: "PROPOSAL_SENT", kind: "IMPLEMENTATION_PLAN" },
    ],
    events: [],
  },
};
