// A governor's Telegram post in the first person (its author is not named): «вчера», «на
// прошлой неделе», «во вторник», «в следующем месяце» against a Friday publication, a
// colloquial name of the region, goods described by what they are.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "d08-telegram-india-consul",
  style: "Telegram post with relative dates",
  publishedOn: "2026-10-16",
  text: `Вчера встретился с Генеральным консулом Республики Индия в Санкт-Петербурге Раджешем Кумаром Шармой 🇮🇳

Говорили о том, что для нас сейчас важнее всего, — об экспорте. Индия — огромный рынок для лесной промышленности: там растёт спрос на пиломатериалы, а нашим производителям есть что предложить. На прошлой неделе группа вологодских лесопромышленников вернулась из Нью-Дели с первыми заказами.

Господин консул обратил внимание и на льняные ткани — индийские швейные фабрики ищут поставщиков натурального льна.

Договорились, что в следующем месяце индийская деловая делегация приедет в Вологодскую область: программу составим так, чтобы гости увидели и лесопильные производства, и льнокомбинат.

Во вторник мы уже обсудили визит с экспортёрами. Игорю Сташкову поручил до 26 октября подготовить проект программы и согласовать его с консульством.

Уверен, что Индия станет для Вологодчины одним из ключевых партнёров в Азии.`,
  expected: {
    happening: { kind: "MEETING", day: "2026-10-15", precision: "DAY" },
    partners: [
      { name: "Республика Индия", existing: false },
      { name: "Санкт-Петербург", existing: true },
      { name: "Нью-Дели", existing: false },
      { name: "Вологодская область", existing: true },
    ],
    people: [
      { fullName: "Раджеш Кумар Шарма", post: "Генеральный консул Республики Индия в Санкт-Петербурге", side: "PARTNER" },
      { fullName: "Игорь Сташков", post: null, side: "HOME" },
    ],
    dates: [
      { day: "2026-10-15", precision: "DAY" },
      // «На прошлой неделе»: the Monday of the week before, APPROXIMATE.
      { day: "2026-10-05", precision: "APPROXIMATE" },
      // The planned visit «в следующем месяце» is a date, not an event.
      { day: "2026-11-01", precision: "MONTH" },
      { day: "2026-10-13", precision: "DAY" },
      { day: "2026-10-26", precision: "DAY" },
    ],
    sectors: ["Лесная промышленность"],
    exportCategories: ["Лесопродукция", "Льняные ткани"],
    agreements: [],
    events: [],
  },
};
