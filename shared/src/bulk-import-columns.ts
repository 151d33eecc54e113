// The columns the bulk import reads for each kind (the headers it recognises, Russian and
// English) and the sample file's rows. Labels and example data, not messages: the error
// texts stay in error-keys.ts.
import type { TBulkImportKind } from "./bulk-import.ts";

/** One column a kind reads: the field, whether a row needs it, and the headers it is known by. */
export type TBulkImportField = {
  name: string;
  required: boolean;
  /** The header of the sample file (Russian) and the English one. */
  header: string;
  headerEn: string;
  /** Other headers a table may have for it, matched once normalised (headerKey). */
  aliases: readonly string[];
};

const field = (name: string, header: string, headerEn: string, aliases: string[] = [], required = false): TBulkImportField => ({
  name,
  required,
  header,
  headerEn,
  aliases,
});

/** The columns of each kind, in the order of the sample file. */
export const bulkImportFields: Record<TBulkImportKind, readonly TBulkImportField[]> = {
  partner: [
    field("name", "Название", "Name", ["наименование", "партнер"], true),
    field("nameEn", "Название по-английски", "Name in English", ["english name", "name en"]),
    field("level", "Уровень", "Level", ["тип партнера"], true),
    field("parent", "Входит в", "Part of", ["parent", "родитель", "вышестоящий партнер"]),
    field("isoCode", "Код ISO", "ISO code", ["iso", "код"]),
    field("aliases", "Другие названия", "Other names", ["aliases", "синонимы"]),
    field("notes", "Примечания", "Notes", ["комментарий", "примечание"]),
  ],
  person: [
    field("fullName", "ФИО", "Full name", ["имя", "name", "фамилия имя отчество"], true),
    field("fullNameEn", "ФИО по-английски", "Full name in English", ["name en", "english name"]),
    field("post", "Должность", "Post", ["position", "title"]),
    field("organisation", "Организация", "Organisation", ["organization", "место работы"]),
    field("side", "Сторона", "Side", [], true),
    field("partner", "Партнёр", "Partner", ["регион", "страна"]),
    field("email", "Эл. почта", "Email", ["e-mail", "почта", "электронная почта"]),
    field("phone", "Телефон", "Phone", ["тел"]),
    field("notes", "Примечания", "Notes", ["комментарий", "примечание"]),
  ],
  meeting: [
    field("title", "Тема", "Title", ["название", "заголовок"], true),
    field("kind", "Вид", "Kind", ["тип", "вид контакта"], true),
    field("startsAt", "Дата", "Date", ["дата начала", "start date", "starts"], true),
    field("endsAt", "Дата окончания", "End date", ["ends", "по"]),
    field("partners", "Партнёры", "Partners", ["партнер"], true),
    field("direction", "Направление", "Direction"),
    field("format", "Формат", "Format"),
    field("place", "Место", "Place", ["место проведения"]),
    field("summary", "Содержание", "Summary", ["описание", "о чем"]),
    field("outcomes", "Итоги", "Outcomes", ["результаты", "results"]),
  ],
  exportFigure: [
    field("category", "Категория", "Category", ["товар", "категория экспорта"], true),
    field("destination", "Куда", "Destination", ["страна назначения", "партнер", "направление"], true),
    field("periodStart", "Начало периода", "Period start", ["с", "from"], true),
    field("periodEnd", "Конец периода", "Period end", ["по", "to"], true),
    field("value", "Стоимость", "Value", ["сумма", "стоимость экспорта"]),
    field("currency", "Валюта", "Currency"),
    field("volume", "Объём", "Volume", ["количество"]),
    field("unit", "Единица", "Unit", ["ед изм", "единица измерения"]),
  ],
};

/** Example rows of the sample file, from the Vologda–Kazakhstan case (cells in the order of bulkImportFields). */
export const bulkImportSamples: Record<TBulkImportKind, readonly (readonly string[])[]> = {
  partner: [
    ["Алматинская область", "Almaty Region", "Регион", "Республика Казахстан", "KZ-19", "Алматинская обл.", ""],
    ["Посольство Республики Казахстан в Российской Федерации", "", "Организация", "Республика Казахстан", "", "", "Москва"],
  ],
  person: [
    [
      "Даурен Абаев",
      "Dauren Abaev",
      "Чрезвычайный и Полномочный Посол",
      "Посольство Республики Казахстан",
      "Сторона партнёра",
      "Республика Казахстан",
      "",
      "",
      "",
    ],
    [
      "Георгий Филимонов",
      "Georgy Filimonov",
      "Губернатор Вологодской области",
      "Правительство Вологодской области",
      "Наша сторона",
      "Вологодская область",
      "",
      "",
      "",
    ],
  ],
  meeting: [
    [
      "Рабочий визит Посла Республики Казахстан в Вологодскую область",
      "Визит",
      "13.11.2024",
      "",
      "Республика Казахстан; Вологодская область",
      "Входящий",
      "Очно",
      "Вологда",
      "Лесопромышленное производство, поставки молочной продукции в Казахстан",
      "",
    ],
  ],
  exportFigure: [["Молочная продукция", "Республика Казахстан", "01.01.2024", "31.12.2024", "1 250 000,00", "USD", "", ""]],
};

/** A header as it is compared: lower case, ё as е, letters and digits only, single spaces. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Field → the first column whose header is the field's header or one of its aliases. */
export function guessMapping(kind: TBulkImportKind, headers: readonly string[]): Record<string, number | null> {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping: Record<string, number | null> = {};
  for (const f of bulkImportFields[kind]) {
    const known = [f.header, f.headerEn, f.name, ...f.aliases].map(headerKey);
    const index = keys.findIndex((key, i) => !taken.has(i) && known.includes(key));
    mapping[f.name] = index === -1 ? null : index;
    if (index !== -1) taken.add(index);
  }
  return mapping;
}
