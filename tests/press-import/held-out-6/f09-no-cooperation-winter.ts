// Domestic news with no cooperation in it: the governor checks a home city's readiness for
// winter. By the product's rule (../fixtures/index.ts, fixture 14) such a text gives an empty
// draft, though it names the governor, a city, dates and housing and utilities.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "f09-no-cooperation-winter",
  style: "domestic news (nothing to extract)",
  publishedOn: "2026-12-01",
  text: `Андрей Ларионов проверил готовность Череповца к зиме

Губернатор области Андрей Ларионов провёл в Череповце выездное совещание по прохождению отопительного сезона и уборке снега.

По данным городской администрации, отопительный сезон проходит в штатном режиме: все 1 240 многоквартирных домов и 96 социальных объектов подключены к теплу. С начала сезона коммунальные службы устранили 37 порывов на тепловых сетях, время отключений не превышало шести часов.

Для уборки снега город располагает 214 единицами техники, ещё 40 машин предоставят подрядные организации. «Главное — чтобы дворы, остановки и подходы к школам расчищали до начала рабочего дня, а не к обеду. Жители должны видеть результат каждое утро», — подчеркнул глава региона.

Андрей Ларионов поручил до 15 декабря завершить замену аварийного участка теплотрассы на улице Металлургов и подготовить резервный запас топлива на котельных. Обращения жителей о неубранных дворах принимаются по номеру единой диспетчерской службы 112 и через региональный портал.`,
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
