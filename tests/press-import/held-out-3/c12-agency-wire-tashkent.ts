// A short agency wire: a dateline (the publication day, not a fact's date), a meeting
// «во вторник» (the Tuesday before the Wednesday of publication), an agreement in approvals
// at the Foreign Ministry, a region and a city the gazetteer does not know.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "c12-agency-wire-tashkent",
  style: "short agency wire",
  publishedOn: "2026-02-18",
  text: `Вологодская и Ташкентская области подпишут соглашение о сотрудничестве в апреле

ВОЛОГДА, 18 февраля. Вологодская область и Ташкентская область Республики Узбекистан планируют подписать соглашение о торгово-экономическом и гуманитарном сотрудничестве в апреле. Об этом сообщил губернатор Вологодской области Андрей Ларионов по итогам встречи с Чрезвычайным и Полномочным Послом Республики Узбекистан в России Бахтиёром Исмоиловым, которая состоялась во вторник в Вологде.

«Проект соглашения согласован с узбекскими партнёрами и сейчас проходит согласование в МИД России. Рассчитываем подписать документ в апреле в Ташкенте», — сказал Ларионов.

По его словам, приоритетами сотрудничества станут машиностроение и туризм. В мае в Ташкенте пройдёт презентация туристического потенциала Вологодской области.

В 2025 году товарооборот Вологодской области с Узбекистаном вырос на 30 %.`,
  expected: {
    happening: { kind: "MEETING", day: "2026-02-17", precision: "DAY" },
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Ташкентская область", existing: false },
      { name: "Республика Узбекистан", existing: true },
      { name: "Российская Федерация", existing: true },
      { name: "Вологда", existing: true },
      { name: "Ташкент", existing: false },
    ],
    people: [
      { fullName: "Андрей Ларионов", post: "губернатор Вологодской области", side: "HOME" },
      { fullName: "Бахтиёр Исмоилов", post: "Чрезвычайный и Полномочный Посол Республики Узбекистан в России", side: "PARTNER" },
    ],
    dates: [
      // «во вторник»: the Tuesday before publication (Wednesday 18 February)
      { day: "2026-02-17", precision: "DAY" },
      { day: "2026-04-01", precision: "MONTH" },
      { day: "2026-05-01", precision: "MONTH" },
      { day: "2025-01-01", precision: "YEAR" },
    ],
    sectors: ["Машиностроение", "Туризм"],
    exportCategories: [],
    // Agreed with the partner, now in the Foreign Ministry's approvals.
    agreements: [{ stage: "NEGOTIATION", kind: "COOPERATION_AGREEMENT" }],
    // A presentation is an OTHER event.
    events: [{ kind: "OTHER", day: "2026-05-01", precision: "MONTH" }],
  },
};
