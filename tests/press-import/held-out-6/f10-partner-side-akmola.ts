// A release from the partner's side (a Kazakh akimat's site): «the region» is Akmola, the
// home region's delegation is the guest; home people by full name and by initials; a plan
// signed under an agreement in force since 2019; Days of the home region planned by month.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "f10-partner-side-akmola",
  style: "partner's side (akimat site)",
  publishedOn: "2026-12-03",
  text: `Аким области встретился с делегацией Вологодской области Российской Федерации

2 декабря в Кокшетау аким Акмолинской области Ермек Нургалиев провёл встречу с делегацией Вологодской области Российской Федерации во главе с заместителем губернатора Вологодской области Ольгой Веденеевой.

Приветствуя гостей, глава региона отметил, что Вологодская область входит в число ключевых торговых партнёров Казахстана среди российских регионов. По итогам 2025 года товарооборот между областями составил 27 млн долларов США.

Вологодская сторона заинтересована в поставках в Акмолинскую область молочной продукции, льняных тканей и пиломатериалов. Акмолинские аграрии, в свою очередь, предложили наладить поставки зерна и семян масличных культур на вологодские предприятия.

По итогам встречи подписан План мероприятий по реализации Соглашения о сотрудничестве между акиматом Акмолинской области и Правительством Вологодской области на 2027–2028 годы. Соглашение действует с 2019 года. План предусматривает проведение Дней Вологодской области в Акмолинской области в сентябре 2027 года, обмен студентами аграрных вузов и создание совместных туристических маршрутов.

Во встрече приняли участие заместитель акима области Айгерим Тулегенова, руководитель управления сельского хозяйства и земельных отношений Акмолинской области Бауыржан Сейткали, начальник департамента внешних связей Вологодской области И.В. Сташков и генеральный директор ООО «Северный лён» Т.А. Мохова.`,
  expected: {
    // The home region's delegation received by the partner's head.
    happening: { kind: "VISIT", day: "2026-12-02", precision: "DAY" },
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Российская Федерация", existing: true },
      { name: "Кокшетау", existing: false },
      { name: "Акмолинская область", existing: true },
      { name: "Республика Казахстан", existing: true },
      { name: "ООО «Северный лён»", existing: false },
    ],
    people: [
      { fullName: "Ермек Нургалиев", post: "аким Акмолинской области", side: "PARTNER" },
      { fullName: "Ольга Веденеева", post: "заместитель губернатора Вологодской области", side: "HOME" },
      { fullName: "Айгерим Тулегенова", post: "заместитель акима области", side: "PARTNER" },
      {
        fullName: "Бауыржан Сейткали",
        post: "руководитель управления сельского хозяйства и земельных отношений Акмолинской области",
        side: "PARTNER",
      },
      // A gazetteer person by initials is that person.
      { fullName: "Игорь Сташков", post: "начальник департамента внешних связей Вологодской области", side: "HOME" },
      { fullName: "Т.А. Мохова", post: "генеральный директор ООО «Северный лён»", side: "HOME" },
    ],
    dates: [
      { day: "2026-12-02", precision: "DAY" },
      { day: "2025-01-01", precision: "YEAR" },
      // The plan's period, «на 2027–2028 годы».
      { day: "2027-01-01", precision: "YEAR" },
      { day: "2019-01-01", precision: "YEAR" },
      { day: "2027-09-01", precision: "MONTH" },
    ],
    // Agricultural supplies, students of agricultural universities, tourist routes.
    sectors: ["Сельское хозяйство", "Образование", "Туризм"],
    // What the home region sells; the partner's grain and oilseeds are none.
    exportCategories: ["Молочная продукция", "Льняные ткани", "Лесопродукция"],
    agreements: [
      { stage: "SIGNED", kind: "IMPLEMENTATION_PLAN" },
      // «Соглашение действует с 2019 года».
      { stage: "IN_FORCE", kind: "COOPERATION_AGREEMENT" },
    ],
    events: [{ kind: "REGION_DAYS", day: "2027-09-01", precision: "MONTH" }],
  },
};
