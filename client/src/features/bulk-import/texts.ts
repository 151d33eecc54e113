// The table import page's texts travel with that page (lib/feature-texts.ts).
import { defineFeatureTexts } from "../../lib/feature-texts.ts";

const ru = {
  title: "Импорт таблицы",
  intro:
    "Загрузите таблицу CSV или XLSX: первая строка — заголовки, дальше по записи в строке. Ничего не сохраняется, пока вы не проверите строки и не нажмёте «Загрузить».",
  kind: "Что в таблице",
  kinds: { partner: "Партнёры", person: "Люди", meeting: "Встречи", exportFigure: "Показатели экспорта" },
  file: "Файл",
  fileHint: "CSV (разделитель «;» или «,», UTF-8 или Windows-1251) или XLSX, не больше 1 МБ и {{maximum}} строк.",
  fileTooLarge: "Файл больше 1 МБ: разделите его на части",
  chooseFile: "Выберите файл",
  sample: "Скачать образец",
  sampleHint: "Образец с нужными заголовками и примерами строк.",
  check: "Проверить",
  mapping: "Столбцы",
  mappingHint: "Какой столбец файла идёт в какое поле. Угадано по заголовкам; измените, если нужно.",
  notLoaded: "— не загружать —",
  required: "обязательно",
  rows: "Строки",
  summary: "Строк: {{total}}, с ошибками: {{invalid}}, выбрано: {{selected}}",
  rowNumber: "Строка",
  include: "Загрузить строку {{row}}",
  status: "Проверка",
  rowOk: "Готово",
  rowProblem: "Строка {{row}}, «{{field}}»: {{message}}",
  matched: "«{{field}}»: найдено — {{name}}",
  excludeInvalid: "Исключить строки с ошибками",
  blockedByErrors: "В выбранных строках есть ошибки: исправьте файл и проверьте снова или снимите отметку с этих строк.",
  commit: "Загрузить ({{count}})",
  another: "Другой файл",
  done: "Загружено записей: {{count}}. Все строки записаны одной операцией, у каждой записи есть история.",
  again: "Загрузить ещё",
};

declare module "../../lib/feature-texts.ts" {
  interface FeatureTexts {
    bulkImport: typeof ru;
  }
}

defineFeatureTexts("bulkImport", ru, {
  title: "Import a table",
  intro:
    "Upload a CSV or XLSX table: the first row holds the headers, then one record per row. Nothing is saved until you have checked the rows and pressed “Import”.",
  kind: "What the table holds",
  kinds: { partner: "Partners", person: "People", meeting: "Meetings", exportFigure: "Export figures" },
  file: "File",
  fileHint: "CSV (separated by “;” or “,”, UTF-8 or Windows-1251) or XLSX, at most 1 MB and {{maximum}} rows.",
  fileTooLarge: "The file is over 1 MB: split it",
  chooseFile: "Choose a file",
  sample: "Download a sample",
  sampleHint: "A sample with the right headers and example rows.",
  check: "Check",
  mapping: "Columns",
  mappingHint: "Which column of the file goes to which field. Guessed from the headers; change it if needed.",
  notLoaded: "— do not import —",
  required: "required",
  rows: "Rows",
  summary: "Rows: {{total}}, with errors: {{invalid}}, selected: {{selected}}",
  rowNumber: "Row",
  include: "Import row {{row}}",
  status: "Check",
  rowOk: "Ready",
  rowProblem: "Row {{row}}, “{{field}}”: {{message}}",
  matched: "“{{field}}”: found — {{name}}",
  excludeInvalid: "Exclude the rows with errors",
  blockedByErrors: "Selected rows have errors: fix the file and check it again, or clear those rows.",
  commit: "Import ({{count}})",
  another: "Another file",
  done: "Records imported: {{count}}. All rows were written in one operation; each record has its history.",
  again: "Import more",
});
