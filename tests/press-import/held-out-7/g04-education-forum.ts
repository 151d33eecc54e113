// A forum with several partners in Vologda: countries by their short names, a Serbian
// delegation (a country the gazetteer lacks), a university memorandum signed on its first
// day, and the next forum planned in Minsk.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "g04-education-forum",
  style: "forum with several partners (regional agency)",
  publishedOn: "2027-02-18",
  text: `В Вологде открылся международный форум «Образование без границ: Север — Евразия»

17 февраля в Вологде начал работу международный форум «Образование без границ: Север — Евразия». В нём участвуют более 300 педагогов, учёных и студентов из Казахстана, Беларуси, Узбекистана, Китая и Сербии, а также из Архангельской и Ярославской областей.

Форум открыла заместитель губернатора области Ольга Веденеева. «Вологодские вузы принимают сегодня более двух тысяч иностранных студентов. Наша задача — чтобы после учёбы они оставались друзьями нашей области», — сказала она.

Министр образования Вологодской области Светлана Юрьевна Кротова рассказала о программах двойных дипломов и летних школах, которые регион проводит вместе с зарубежными партнёрами.

Проректор Евразийского национального университета имени Л.Н. Гумилёва Гульнара Ахметова пригласила вологодских преподавателей на стажировки в Астану.

В первый день форума ректор Вологодского государственного университета Елена Мартынова и ректор Витебского государственного университета имени П.М. Машерова Андрей Николаевич Сушкевич подписали меморандум о сотрудничестве в подготовке учителей.

Следующий форум планируется провести в феврале 2028 года в Минске.`,
  expected: {
    // The signing on the forum's first day is the meeting the release reports.
    happening: { kind: "MEETING", day: "2027-02-17", precision: "DAY" },
    partners: [
      { name: "Вологда", existing: true },
      { name: "Республика Казахстан", existing: true },
      { name: "Республика Беларусь", existing: true },
      { name: "Республика Узбекистан", existing: true },
      { name: "Китайская Народная Республика", existing: true },
      { name: "Сербия", existing: false },
      { name: "Архангельская область", existing: true },
      { name: "Ярославская область", existing: true },
      { name: "Вологодская область", existing: true },
      { name: "Евразийский национальный университет имени Л.Н. Гумилёва", existing: false },
      { name: "Астана", existing: true },
      { name: "Вологодский государственный университет", existing: false },
      { name: "Витебский государственный университет имени П.М. Машерова", existing: false },
      { name: "Минск", existing: false },
    ],
    people: [
      { fullName: "Ольга Веденеева", post: "заместитель губернатора области", side: "HOME" },
      { fullName: "Светлана Юрьевна Кротова", post: "министр образования Вологодской области", side: "HOME" },
      { fullName: "Гульнара Ахметова", post: "проректор Евразийского национального университета имени Л.Н. Гумилёва", side: "PARTNER" },
      { fullName: "Елена Мартынова", post: "ректор Вологодского государственного университета", side: "HOME" },
      { fullName: "Андрей Николаевич Сушкевич", post: "ректор Витебского государственного университета имени П.М. Машерова", side: "PARTNER" },
    ],
    dates: [
      { day: "2027-02-17", precision: "DAY" },
      { day: "2028-02-01", precision: "MONTH" },
    ],
    sectors: ["Образование"],
    exportCategories: [],
    agreements: [{ stage: "SIGNED", kind: "MEMORANDUM" }],
    events: [
      { kind: "FORUM", day: "2027-02-17", precision: "DAY" },
      // The planned next forum is an event of its own, dated by month.
      { kind: "FORUM", day: "2028-02-01", precision: "MONTH" },
    ],
  },
};
