// Domestic news with no cooperation in it: the governor, a home town, a date and a deadline,
// and still an empty draft, as fixture 14 rules.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "g09-no-cooperation-school",
  style: "domestic news, no cooperation (region's site)",
  publishedOn: "2027-03-10",
  text: `В Соколе после капитального ремонта открылась школа № 3

9 марта губернатор Андрей Ларионов принял участие в открытии школы № 3 в Соколе после капитального ремонта. В здании заменили кровлю, окна и инженерные сети, оборудовали новые кабинеты физики и химии, спортивный зал и столовую.

Ремонт выполнен по программе модернизации школьных систем образования. Всего в этом году в области отремонтируют 14 школ, работы на всех объектах должны завершиться до 25 августа.

«Каждая отремонтированная школа — это современные условия для тысяч детей. Мы будем продолжать эту работу во всех районах», — сказал губернатор.

В школе № 3 учатся 640 детей. После ремонта здесь откроется центр дополнительного образования «Точка роста».`,
  expected: {
    happening: null,
    partners: [],
    people: [],
    dates: [],
    sectors: [],
    exportCategories: [],
    agreements: [],
    events: [],
  },
};
