// A follow-up to g01: the governor's instructions after the Karaganda visit, with owners and
// deadlines. The visit is only a date here (it has its own release); a business mission
// planned for a month is an event.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "g07-instructions-karaganda",
  style: "follow-up instructions with deadlines (region's site)",
  publishedOn: "2027-01-26",
  text: `Губернатор дал поручения по итогам визита делегации Карагандинской области

На оперативном совещании в Правительстве области губернатор Андрей Ларионов подвёл итоги визита делегации Карагандинской области Республики Казахстан, который состоялся 19 января, и дал ряд поручений.

Министру сельского хозяйства и продовольственных ресурсов области Павлу Зуевскому поручено до 15 февраля подготовить предложения по поставкам в Карагандинскую область молочной продукции вологодских предприятий пищевой промышленности.

Начальнику департамента внешних связей Игорю Сташкову — до 1 марта подготовить проект соглашения о сотрудничестве между Вологодской областью и Карагандинской областью и направить его казахстанской стороне.

Министру экономического развития области Кириллу Андреевичу Ушакову поручено организовать в апреле бизнес-миссию машиностроительных предприятий области в Карагандинскую область.

«Договорённости, достигнутые на встрече, должны превратиться в контракты. Жду доклада о выполнении каждого поручения», — подчеркнул Андрей Ларионов.`,
  expected: {
    happening: null,
    partners: [
      { name: "Карагандинская область", existing: false },
      { name: "Республика Казахстан", existing: true },
      { name: "Вологодская область", existing: true },
    ],
    people: [
      { fullName: "Андрей Ларионов", post: "губернатор", side: "HOME" },
      { fullName: "Павел Зуевский", post: "министр сельского хозяйства и продовольственных ресурсов области", side: "HOME" },
      { fullName: "Игорь Сташков", post: "начальник департамента внешних связей", side: "HOME" },
      { fullName: "Кирилл Андреевич Ушаков", post: "министр экономического развития области", side: "HOME" },
    ],
    dates: [
      { day: "2027-01-19", precision: "DAY" },
      { day: "2027-02-15", precision: "DAY" },
      { day: "2027-03-01", precision: "DAY" },
      { day: "2027-04-01", precision: "MONTH" },
    ],
    sectors: ["Пищевая промышленность", "Машиностроение"],
    exportCategories: ["Молочная продукция"],
    // A draft to prepare and send to the partner is an initiative.
    agreements: [{ stage: "PROPOSAL_SENT", kind: "COOPERATION_AGREEMENT" }],
    events: [{ kind: "BUSINESS_MISSION", day: "2027-04-01", precision: "MONTH" }],
  },
};
