// A follow-up instruction list after a delegation's visit: deadlines in words and in
// digits, officials named in brackets after their bodies (no post), a draft agreement to be
// sent to the partner, a planned exhibition and a business mission.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "e07-instructions-samarkand",
  style: "follow-up instruction with deadlines",
  publishedOn: "2026-10-27",
  text: `Андрей Ларионов поручил подготовить проект соглашения с Самаркандской областью

Губернатор области Андрей Ларионов утвердил перечень поручений по итогам переговоров с делегацией Самаркандской области Республики Узбекистан, которая побывала в Вологде 19–20 октября. Делегацию возглавлял первый заместитель хокима Самаркандской области Бахтиёр Рустамов.

В соответствии с перечнем:

департаменту внешних связей области (И.Н. Сташков) — подготовить проект соглашения о торгово-экономическом и культурном сотрудничестве между Вологодской областью и Самаркандской областью и направить его узбекской стороне. Срок — до 01.12.2026;

министерству сельского хозяйства и продовольственных ресурсов области (П.В. Зуевский) — до 15 ноября проработать с производителями поставки молочной продукции и мясных консервов в Самаркандскую область;

министерству культуры области (Е.А. Лосева) — в первом квартале 2027 года организовать в Самарканде выставку вологодского кружева;

министерству экономического развития области (Д.С. Орлов) — совместно с Центром поддержки экспорта подготовить бизнес-миссию вологодских компаний в Самарканд в апреле 2027 года;

Вологодскому государственному университету рекомендовано рассмотреть возможность обмена студентами с Самаркандским государственным университетом.

Контроль за исполнением поручений возложен на заместителя губернатора области Ольгу Веденееву. Доклад об исполнении — к 25 декабря.`,
  expected: {
    // The release reports instructions, not a meeting: the visit they follow is only a date here.
    happening: null,
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Самаркандская область", existing: false },
      { name: "Республика Узбекистан", existing: true },
      { name: "Вологда", existing: true },
      { name: "Самарканд", existing: false },
      { name: "Вологодский государственный университет", existing: false },
      { name: "Самаркандский государственный университет", existing: false },
    ],
    people: [
      { fullName: "Андрей Ларионов", post: "Губернатор области", side: "HOME" },
      { fullName: "Бахтиёр Рустамов", post: "первый заместитель хокима Самаркандской области", side: "PARTNER" },
      // Names in brackets after a body in a decree-style list give no post.
      { fullName: "Игорь Сташков", post: null, side: "HOME" },
      { fullName: "Павел Зуевский", post: null, side: "HOME" },
      { fullName: "Е.А. Лосева", post: null, side: "HOME" },
      { fullName: "Д.С. Орлов", post: null, side: "HOME" },
      { fullName: "Ольга Веденеева", post: "заместитель губернатора области", side: "HOME" },
    ],
    dates: [
      { day: "2026-10-19", precision: "DAY" },
      { day: "2026-12-01", precision: "DAY" },
      { day: "2026-11-15", precision: "DAY" },
      { day: "2027-01-01", precision: "QUARTER" },
      { day: "2027-04-01", precision: "MONTH" },
      { day: "2026-12-25", precision: "DAY" },
    ],
    sectors: ["Культура", "Образование"],
    exportCategories: ["Молочная продукция", "Мясные консервы"],
    // An instruction to prepare a draft and send it to the partner: PROPOSAL_SENT.
    agreements: [{ stage: "PROPOSAL_SENT", kind: "COOPERATION_AGREEMENT" }],
    events: [
      { kind: "EXHIBITION", day: "2027-01-01", precision: "QUARTER" },
      { kind: "BUSINESS_MISSION", day: "2027-04-01", precision: "MONTH" },
    ],
  },
};
