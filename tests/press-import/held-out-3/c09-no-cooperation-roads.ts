// A release with no cooperation in it: the home region's road repair season. It names only
// home places and home officials; nothing in it is a meeting, an agreement or an event.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "c09-no-cooperation-roads",
  style: "no cooperation",
  publishedOn: "2025-04-22",
  text: `В Вологодской области стартовал сезон ремонта дорог

В 2025 году в регионе отремонтируют 310 километров автомобильных дорог регионального и местного значения. Основные работы развернутся с мая по сентябрь, на них направят более 9 млрд рублей из областного и федерального бюджетов.

Первыми к работам приступили подрядчики в Череповце и Вологде, где на ремонт городских улиц направят более 1,2 млрд рублей. Особое внимание уделят подъездам к фельдшерско-акушерским пунктам и отдалённым сельским населённым пунктам.

«Дороги — одна из главных забот жителей. Каждый объект будет принят только после лабораторного контроля качества. К 1 октября все объекты должны быть сданы», — отметил Губернатор Андрей Ларионов.

Как пояснил министр дорожного хозяйства и транспорта области Михаил Серов, в этом сезоне подрядчики впервые будут использовать щебёночно-мастичный асфальтобетон на всех участках с интенсивным движением грузового транспорта.`,
  expected: {
    happening: null,
    partners: [
      { name: "Вологодская область", existing: true },
      { name: "Череповец", existing: true },
      { name: "Вологда", existing: true },
    ],
    people: [
      { fullName: "Андрей Ларионов", post: "Губернатор", side: "HOME" },
      { fullName: "Михаил Серов", post: "министр дорожного хозяйства и транспорта области", side: "HOME" },
    ],
    dates: [
      { day: "2025-01-01", precision: "YEAR" },
      // «с мая по сентябрь»: a range is its first period.
      { day: "2025-05-01", precision: "MONTH" },
      { day: "2025-10-01", precision: "DAY" },
    ],
    sectors: [],
    exportCategories: [],
    agreements: [],
    events: [],
  },
};
