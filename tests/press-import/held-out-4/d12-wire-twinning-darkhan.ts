// A short agency wire: a twinning agreement in draft, its signing planned for a quarter of
// next year, ties dated by a year; the dateline is the publication day, not a fact's date.
import type { ReleaseFixture } from "../fixture-types.ts";

export const fixture: ReleaseFixture = {
  id: "d12-wire-twinning-darkhan",
  style: "short agency wire",
  publishedOn: "2026-11-17",
  text: `ЧЕРЕПОВЕЦ, 17 ноября. Череповец и монгольский город Дархан подготовили проект соглашения о побратимстве, сообщил мэр Череповца Вадим Сергеевич Горохов.

Подписать документ планируется в первом квартале 2027 года. Соглашение предусматривает сотрудничество в сфере образования и культуры, обмены школьниками и спортсменами. Со стороны Дархана работу над проектом ведёт мэр Дархана Энхбаатар Батжаргал.

Череповец и Дархан поддерживают связи с 2023 года. Дархан — третий по численности населения город Монголии, крупный промышленный центр.`,
  expected: {
    happening: null,
    partners: [
      { name: "Череповец", existing: true },
      { name: "Дархан", existing: false },
      { name: "Монголия", existing: false },
    ],
    people: [
      { fullName: "Вадим Сергеевич Горохов", post: "мэр Череповца", side: "HOME" },
      { fullName: "Энхбаатар Батжаргал", post: "мэр Дархана", side: "PARTNER" },
    ],
    dates: [
      { day: "2027-01-01", precision: "QUARTER" },
      { day: "2023-01-01", precision: "YEAR" },
    ],
    sectors: ["Образование", "Культура"],
    exportCategories: [],
    agreements: [{ stage: "DRAFT", kind: "TWINNING" }],
    events: [],
  },
};
