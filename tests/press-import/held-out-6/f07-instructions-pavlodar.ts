// A follow-up release: the governor's instructions after the Kazakh delegation's visit, with
// deadlines written in digits and in words, a draft agreement to be sent, a business mission
// planned by month. The visit it follows is only a date here (it has its own release).
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "f07-instructions-pavlodar",
  style: "follow-up instruction with deadlines",
  publishedOn: "2026-11-16",
  text: `Губернатор дал поручения по итогам переговоров с делегацией Павлодарской области

По итогам переговоров с делегацией Павлодарской области Республики Казахстан, состоявшихся 12 ноября, Губернатор области Андрей Ларионов дал ряд поручений органам исполнительной государственной власти области.

Департаменту внешних связей области совместно с министерством сельского хозяйства и продовольственных ресурсов области поручено в срок до 15.12.2026 подготовить проект соглашения о сотрудничестве между Правительством Вологодской области и акиматом Павлодарской области и направить его казахстанской стороне.

Министерству экономического развития области совместно с региональным центром поддержки экспорта до 01.02.2027 сформировать состав бизнес-миссии вологодских производителей молочной продукции и сельскохозяйственного машиностроения в Павлодар. Миссию планируется провести в марте 2027 года.

Министерству образования области до 25 декабря проработать с вузами Павлодарской области вопрос об обмене студентами и преподавателями.

Контроль за исполнением поручений возложен на заместителя губернатора области Ольгу Веденееву.`,
  expected: {
    happening: null,
    partners: [
      { name: "Павлодарская область", existing: false },
      { name: "Республика Казахстан", existing: true },
      { name: "Вологодская область", existing: true },
      { name: "Павлодар", existing: false },
    ],
    people: [
      { fullName: "Андрей Ларионов", post: "Губернатор области", side: "HOME" },
      { fullName: "Ольга Веденеева", post: "заместитель губернатора области", side: "HOME" },
    ],
    dates: [
      // The visit the instructions follow.
      { day: "2026-11-12", precision: "DAY" },
      // The instructions' deadlines.
      { day: "2026-12-15", precision: "DAY" },
      { day: "2027-02-01", precision: "DAY" },
      { day: "2026-12-25", precision: "DAY" },
      // The business mission.
      { day: "2027-03-01", precision: "MONTH" },
    ],
    // Dairy producers and agricultural machine-builders on the mission; the exchange of students.
    sectors: ["Пищевая промышленность", "Машиностроение", "Образование"],
    exportCategories: ["Молочная продукция"],
    // A draft to be prepared and sent to the partner: PROPOSAL_SENT.
    agreements: [{ stage: "PROPOSAL_SENT", kind: "COOPERATION_AGREEMENT" }],
    events: [{ kind: "BUSINESS_MISSION", day: "2027-03-01", precision: "MONTH" }],
  },
};
