// Bulk import through the API (issue 15, item 5): bulkImport.preview reads a CSV or XLSX
// file, maps its columns from the headers, checks every row with the create schemas and
// matches names to existing partners, writing nothing; bulkImport.commit checks the file
// again and writes all rows in one transaction with history, or none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Database } from "@atlas/db/database";
import { maxImportFileBytes, maxImportRows, type TBulkImportFileInput } from "@atlas/shared/bulk-import";
import { russianErrorText } from "@atlas/shared/error-keys";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
const partner = { kz: "", vologda: "" };

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  const kz = await c.admin.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ", aliases: ["Казахстан"] });
  const vologda = await c.admin.partner.create({ name: "Вологодская область", level: "REGION", isoCode: "RU-VLG" });
  partner.kz = kz.id;
  partner.vologda = vologda.id;
});
afterAll(async () => db?.close());

const base64 = (text: string | Buffer) => Buffer.from(text).toString("base64");
/** Russian Excel's CSV: UTF-8 with BOM, «;». */
const csv = (lines: string[]) => "\uFEFF" + lines.join("\r\n") + "\r\n";
const messages = (problems: Array<{ key: never; params?: Record<string, string | number> }> | undefined) =>
  (problems ?? []).map((p) => russianErrorText(p.key, p.params));

const peopleCsv = csv([
  "ФИО;Должность;Сторона;Партнёр;Эл. почта",
  "Айгерим Сапарова;Советник посольства;Сторона партнёра;Казахстан;a.saparova@example.kz",
  "Иван Петров;Заместитель губернатора;Наша сторона;Вологодская область;",
]);
const peopleFile = (text: string): TBulkImportFileInput => ({ kind: "person", fileName: "люди.csv", contentBase64: base64(text) });

async function meetingsXlsx(rows: Array<[string, string, Date | string, string]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Встречи");
  sheet.addRow(["Title", "Kind", "Date", "Partners"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

describe("bulkImport: people from CSV", () => {
  it("previews the rows with columns guessed from Russian headers and partners matched by name and other name", async () => {
    const preview = await c.editor.bulkImport.preview(peopleFile(peopleCsv));
    expect(preview.mapping).toMatchObject({ fullName: 0, post: 1, side: 2, partner: 3, email: 4, phone: null });
    expect(preview.rows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [2, {}],
      [3, {}],
    ]);
    expect(preview.rows[0]!.matches).toEqual([{ field: "partner", id: partner.kz, name: "Республика Казахстан" }]);
    expect(preview.rows[1]!.matches).toEqual([{ field: "partner", id: partner.vologda, name: "Вологодская область" }]);
    expect(await db.prisma.person.count()).toBe(0);
  });

  it("a bad row is named with its field in Russian, and commit writes nothing while it is in", async () => {
    const withBadRow = csv([
      "ФИО;Должность;Сторона;Партнёр;Эл. почта",
      "Айгерим Сапарова;Советник посольства;Сторона партнёра;Казахстан;a.saparova@example.kz",
      "Иван Петров;Заместитель губернатора;Наша сторона;Вологодская область;не-адрес",
    ]);
    const preview = await c.editor.bulkImport.preview(peopleFile(withBadRow));
    expect(preview.rows[0]!.errors).toEqual({});
    expect(messages(preview.rows[1]!.errors.email as never)).toEqual(["Укажите адрес вида name@example.ru"]);

    const refused = await failure(c.editor.bulkImport.commit(peopleFile(withBadRow)));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toBe("Строки с ошибками (1: 3): исправьте или исключите их — ничего не записано");
    expect(refused.fieldMessages).toEqual({ "rows.3.email": ["Укажите адрес вида name@example.ru"] });
    expect(await db.prisma.person.count()).toBe(0);
  });

  it("commits all rows in one go with history, leaving out the rows the editor excluded", async () => {
    const withBadRow = peopleCsv + "Без стороны;;;;\r\n";
    const result = await c.editor.bulkImport.commit({ ...peopleFile(withBadRow), skipRows: [4] });
    expect(result).toEqual({ kind: "person", created: 2 });
    const people = await db.prisma.person.findMany({
      orderBy: { fullName: "asc" },
      select: { id: true, fullName: true, side: true, partnerId: true, post: true },
    });
    expect(people.map(({ id: _id, ...p }) => p)).toEqual([
      { fullName: "Айгерим Сапарова", side: "PARTNER", partnerId: partner.kz, post: "Советник посольства" },
      { fullName: "Иван Петров", side: "HOME", partnerId: partner.vologda, post: "Заместитель губернатора" },
    ]);
    const history = await db.prisma.changeLog.findMany({ where: { entity: "person", recordId: { in: people.map((p) => p.id) } } });
    expect(history.map((h) => h.action)).toEqual(["CREATE", "CREATE"]);
    expect(new Set(history.map((h) => h.userId))).toEqual(new Set([c.users.editor.id]));
  });

  it("the duplicate guard reports a person already there, and a name repeated in the file", async () => {
    const again = csv(["ФИО;Сторона", "Иван Петров;Наша сторона", "Пётр Сидоров;Наша сторона", "Петр Сидоров;Наша сторона"]);
    const preview = await c.editor.bulkImport.preview(peopleFile(again));
    expect(messages(preview.rows[0]!.errors.fullName as never)).toEqual(["«Иван Петров» уже есть среди людей"]);
    expect(preview.rows[1]!.errors).toEqual({});
    expect(messages(preview.rows[2]!.errors.fullName as never)).toEqual(["Повторяет строку 3 этого файла"]);
  });

  it("reads a Windows-1251 CSV separated by commas", async () => {
    const text = ["ФИО,Сторона,Партнёр", "Мария Орлова,Наша сторона,Вологодская область"].join("\n");
    const preview = await c.editor.bulkImport.preview({ ...peopleFile(""), contentBase64: cp1251(text) });
    expect(preview.rows).toMatchObject([{ values: { fullName: "Мария Орлова", side: "Наша сторона" }, errors: {} }]);
  });

  it("refuses cells the database cannot store, per row", async () => {
    const preview = await c.editor.bulkImport.preview(peopleFile(csv(["ФИО;Сторона", "Нуль\u0000байт;Наша сторона", "Хороший;Наша сторона"])));
    expect(messages(preview.rows[0]!.errors.fullName as never)).toEqual(["Недопустимый символ в тексте (U+0000)"]);
    expect(preview.rows[1]!.errors).toEqual({});
  });
});

/** Windows-1251 bytes of Russian text, as base64 (the Cyrillic block А–я is 0xC0–0xFF there, Ё and ё aside). */
function cp1251(text: string): string {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    throw new Error(`not in the test's table: ${ch}`);
  });
  return Buffer.from(bytes).toString("base64");
}

describe("bulkImport: meetings from XLSX", () => {
  it("imports meetings with English headers, Excel dates and several partners matched", async () => {
    const contentBase64 = await meetingsXlsx([
      ["Переговоры о поставках молока", "Переговоры", new Date(Date.UTC(2024, 10, 13)), "Казахстан; Вологодская область"],
      ["Звонок в посольство", "Звонок", "14.11.2024", "Республика Казахстан"],
    ]);
    const input: TBulkImportFileInput = { kind: "meeting", fileName: "meetings.xlsx", contentBase64 };
    const preview = await c.editor.bulkImport.preview(input);
    expect(preview.rows.map((r) => r.errors)).toEqual([{}, {}]);
    expect(preview.rows[0]!.values.startsAt).toBe("2024-11-13");
    expect(preview.rows[0]!.matches.map((m) => m.id)).toEqual([partner.kz, partner.vologda]);

    expect(await c.editor.bulkImport.commit(input)).toEqual({ kind: "meeting", created: 2 });
    const meetings = await c.viewer.meeting.list({ filter: { partnerIds: [partner.kz] } });
    expect(meetings.items.map((m) => [m.title, m.startsAt, m.kind]).sort()).toEqual([
      ["Звонок в посольство", "2024-11-14", "CALL"],
      ["Переговоры о поставках молока", "2024-11-13", "NEGOTIATIONS"],
    ]);
  });

  it("an unknown partner, a day outside 1900–2100 and an unknown kind are named per row; nothing is written", async () => {
    const before = await db.prisma.interaction.count();
    const input: TBulkImportFileInput = {
      kind: "meeting",
      fileName: "meetings.xlsx",
      contentBase64: await meetingsXlsx([
        ["Хорошая строка", "Встреча", "01.02.2025", "Казахстан"],
        ["Нет такого партнёра", "Встреча", "01.02.2025", "Атлантида"],
        ["Слишком давно", "Пикник", "01.02.1812", "Казахстан"],
      ]),
    };
    const preview = await c.editor.bulkImport.preview(input);
    expect(preview.rows[0]!.errors).toEqual({});
    expect(messages(preview.rows[1]!.errors.partners as never)).toEqual(["Партнёр «Атлантида» не найден: сначала добавьте его"]);
    expect(messages(preview.rows[2]!.errors.kind as never)).toEqual(["Значения «Пикник» нет в списке"]);
    expect(Object.keys(preview.rows[2]!.errors).sort()).toEqual(["kind", "startsAt"]);
    expect((await failure(c.editor.bulkImport.commit(input))).code).toBe("BAD_REQUEST");
    expect(await db.prisma.interaction.count()).toBe(before);
  });
});

describe("bulkImport: partners", () => {
  it("reports a partner already there by name or other name, and a similar one as a warning", async () => {
    const text = csv(["Название;Уровень;Входит в", "Казахстан;Страна;", "Алматинская область;Регион;Республика Казахстан", "Вологодская обл;Регион;"]);
    const preview = await c.editor.bulkImport.preview({ kind: "partner", fileName: "партнёры.csv", contentBase64: base64(text) });
    expect(messages(preview.rows[0]!.errors.name as never)).toEqual(["Партнёр «Республика Казахстан» уже есть"]);
    expect(preview.rows[1]!.errors).toEqual({});
    expect(preview.rows[1]!.matches).toEqual([{ field: "parent", id: partner.kz, name: "Республика Казахстан" }]);
    expect(preview.rows[2]!.errors).toEqual({});
    expect(messages(preview.rows[2]!.warnings.name as never)).toEqual(["Похожие записи уже есть: «Вологодская область»"]);
  });
});

describe("bulkImport: export figures", () => {
  it("matches the category and destination, reads Russian numbers, and refuses a huge number in its row", async () => {
    await db.prisma.exportCategory.create({ data: { name: "Молочная продукция", sortOrder: 1 } });
    const text = csv([
      "Категория;Куда;Начало периода;Конец периода;Стоимость;Валюта",
      "Молочная продукция;Казахстан;01.01.2024;31.12.2024;1 250 000,50;usd",
      "Молочная продукция;Казахстан;01.01.2023;31.12.2023;99999999999999999999;USD",
    ]);
    const input: TBulkImportFileInput = { kind: "exportFigure", fileName: "экспорт.csv", contentBase64: base64(text) };
    const preview = await c.editor.bulkImport.preview(input);
    expect(preview.rows[0]!.errors).toEqual({});
    expect(preview.rows[0]!.matches.map((m) => m.field)).toEqual(["category", "destination"]);
    expect(Object.keys(preview.rows[1]!.errors)).toEqual(["value"]);

    expect(await c.editor.bulkImport.commit({ ...input, skipRows: [3] })).toEqual({ kind: "exportFigure", created: 1 });
    const figures = await db.prisma.exportFigure.findMany({ select: { value: true, currency: true, destinationId: true } });
    expect(figures.map((f) => ({ ...f, value: String(f.value) }))).toEqual([{ value: "1250000.5", currency: "USD", destinationId: partner.kz }]);
  });
});

describe("bulkImport: a full file", () => {
  it("commits the most rows allowed in one go, each person with their post and history", async () => {
    const lines = [
      "ФИО;Должность;Сторона;Партнёр",
      ...Array.from({ length: maxImportRows }, (_, i) => `Сотрудник Номер${i};Специалист ${i};Наша сторона;${i % 2 ? "Казахстан" : "Вологодская область"}`),
    ];
    const before = await db.prisma.person.count();
    expect(await c.editor.bulkImport.commit(peopleFile(csv(lines)))).toEqual({ kind: "person", created: maxImportRows });

    const people = await db.prisma.person.findMany({
      where: { fullName: { startsWith: "Сотрудник Номер" } },
      select: { id: true, fullName: true, post: true, partnerId: true, positions: { select: { post: true } } },
    });
    expect(await db.prisma.person.count()).toBe(before + maxImportRows);
    expect(people).toHaveLength(maxImportRows);
    const last = people.find((p) => p.fullName === `Сотрудник Номер${maxImportRows - 1}`)!;
    expect(last).toMatchObject({ post: `Специалист ${maxImportRows - 1}`, partnerId: partner.kz, positions: [{ post: `Специалист ${maxImportRows - 1}` }] });
    const history = await db.prisma.changeLog.findMany({
      where: { entity: "person", recordId: { in: people.map((p) => p.id) } },
      select: { recordId: true, action: true, userId: true, changes: true },
    });
    expect(history).toHaveLength(maxImportRows);
    expect(new Set(history.map((h) => `${h.action} ${h.userId}`))).toEqual(new Set([`CREATE ${c.users.editor.id}`]));
    expect(history.find((h) => h.recordId === last.id)!.changes).toMatchObject({
      fullName: last.fullName,
      post: last.post,
      side: "HOME",
      partnerId: partner.kz,
      positions: [{ post: last.post, organisation: null, startsOn: null, endsOn: null }],
    });
  });
});

describe("bulkImport: bounds and roles", () => {
  it("refuses more rows than allowed before checking any", async () => {
    const lines = ["ФИО;Сторона", ...Array.from({ length: maxImportRows + 1 }, (_, i) => `Человек ${i};Наша сторона`)];
    const refused = await failure(c.editor.bulkImport.preview(peopleFile(csv(lines))));
    expect(refused.message).toBe(`В файле ${maxImportRows + 1} строк, за один раз можно загрузить не больше ${maxImportRows}: разделите файл`);
  });

  it("refuses a file over the size limit, and a file that is no table", async () => {
    const oversize = await failure(c.editor.bulkImport.preview({ ...peopleFile(""), contentBase64: "A".repeat(Math.ceil(maxImportFileBytes / 3) * 4 + 4) }));
    expect(oversize.code).toBe("BAD_REQUEST");
    expect(oversize.fieldMessages.contentBase64).toEqual(["Файл слишком большой: не больше 1 МБ (для XLSX — не больше 40 МБ в распакованном виде)"]);
    const notXlsx = await failure(c.editor.bulkImport.preview({ kind: "meeting", fileName: "x.xlsx", contentBase64: base64("PK\u0003\u0004 not a zip") }));
    expect(notXlsx.message).toBe("Файл не прочитать: нужна таблица CSV или XLSX");
  });

  it("viewers and analysts are refused", async () => {
    for (const caller of [c.viewer, c.analyst]) {
      expect((await failure(caller.bulkImport.preview(peopleFile(peopleCsv)))).code).toBe("FORBIDDEN");
      expect((await failure(caller.bulkImport.commit(peopleFile(peopleCsv)))).code).toBe("FORBIDDEN");
    }
  });
});
