// Downloads of lists and chart tables through the real Fastify app (inject): the file holds
// exactly the rows the list (or chart) procedure returns under the same filter, with Russian headers, labels
// instead of codes and calendar days as dates; viewers are refused; every download is logged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Database } from "@atlas/db/database";
import type { TListAgreementsInput } from "@atlas/shared/agreement";
import { buildApp, type FastifyInstance, type LightMyRequestResponse } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";

const host = "localhost:3000";
const password = "Пароль-для-скачиваний-1";

let db: Database;
let app: FastifyInstance;
let c: Awaited<ReturnType<typeof callersFor>>;
const cookies: Record<"viewer" | "analyst", string> = { viewer: "", analyst: "" };
let timber: { id: string };
let kindName: string;

async function signIn(email: string): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/trpc/auth.signIn",
    headers: { host, origin: `http://${host}`, "sec-fetch-site": "same-origin", "content-type": "application/json" },
    payload: JSON.stringify({ email, password }),
  });
  const cookie = res.cookies.find((k) => k.name === "atlas_session");
  if (!cookie) throw new Error(`sign-in of ${email} failed: ${res.body}`);
  return `atlas_session=${cookie.value}`;
}

function download(file: string, input: unknown, cookie: string): Promise<LightMyRequestResponse> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(typeof input === "string" ? input : JSON.stringify(input))}`;
  return app.inject({ method: "GET", url: `/api/download/${file}${query}`, headers: { host, cookie } });
}

const timberInput = (): TListAgreementsInput => ({ filter: { sectorIds: [timber.id] }, sort: { field: "title", direction: "asc" } });

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  for (const [email, role] of [
    ["viewer@downloads.example", "VIEWER"],
    ["analyst@downloads.example", "ANALYST"],
  ] as const) {
    await c.admin.admin.users.create({ email, name: email, role, password, mustChangePassword: false });
  }
  app = await buildApp({ db, env: readEnv({ ATLAS_DEMO: "false", LOG_LEVEL: "silent" }) });
  cookies.viewer = await signIn("viewer@downloads.example");
  cookies.analyst = await signIn("analyst@downloads.example");

  const kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  timber = await db.prisma.sector.create({ data: { code: "timber", name: "Лесная промышленность", nameEn: "Timber", sortOrder: 1 } });
  const agro = await db.prisma.sector.create({ data: { code: "agro", name: "Сельское хозяйство", nameEn: "Agriculture", sortOrder: 2 } });
  const agreement = (title: string, sectorIds: string[], stageDate: string) =>
    c.editor.agreement.create({ title, kind: "COOPERATION_AGREEMENT", partyIds: [kz.id], sectorIds, stageDate });
  await agreement("Соглашение о поставках леса", [timber.id], "2024-11-20");
  await agreement("Лес и сельское хозяйство", [timber.id, agro.id], "2024-01-01");
  // A title a spreadsheet would take for a formula, and one with the separator and quotes.
  await agreement('=HYPERLINK("http://evil.example")', [timber.id], "2023-12-31");
  await agreement('Соглашение; "лесное"', [timber.id], "2024-06-30");
  await agreement("Только сельское хозяйство", [agro.id], "2024-05-05");
  const vocabularies = await c.viewer.vocabulary.all();
  kindName = vocabularies.agreementKind.find((t) => t.value === "COOPERATION_AGREEMENT")!.name;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe("download of agreements", () => {
  it("as XLSX holds exactly the rows agreement.list gives under the same filter, with labels and days as dates", async () => {
    const listed = await c.analyst.agreement.list({ ...timberInput(), limit: 500 });
    expect(listed.items.length).toBe(4);

    const res = await download("agreements.xlsx", timberInput(), cookies.analyst);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    // RFC 5987: the Russian name with the home region's day, and a Latin fallback.
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="?agreements-\d{4}-\d{2}-\d{2}\.xlsx"?; filename\*=UTF-8''/);
    expect(decodeURIComponent(String(res.headers["content-disposition"]).split("''")[1]!)).toMatch(/^Соглашения \d{4}-\d{2}-\d{2}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Соглашения");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["Название", "Вид", "Стадия", "Дата стадии", "Подписано", "Действует до", "Стороны", "Отрасли", "Открытых пунктов плана", "Ссылка"]);
    expect(sheet.actualRowCount).toBe(1 + listed.items.length);
    listed.items.forEach((item, i) => {
      const row = sheet.getRow(i + 2);
      // A cell of type text is never a formula in XLSX, so the title stays as typed.
      expect(row.getCell(1).value).toBe(item.title);
      expect(row.getCell(2).value).toBe(kindName);
      expect(row.getCell(3).value).toBe("Предложение направлено");
      // A calendar day is a real date cell at UTC midnight of that day, shown as дд.мм.гггг.
      const stageDay = row.getCell(4);
      expect(stageDay.value).toEqual(new Date(`${item.stageChangedAt}T00:00:00.000Z`));
      expect(stageDay.numFmt).toBe("dd.mm.yyyy");
      expect(row.getCell(7).value).toBe("Республика Казахстан");
      expect(row.getCell(9).value).toBe(0);
      expect(row.getCell(10).value).toEqual({ text: `http://${host}/agreements/${item.id}`, hyperlink: `http://${host}/agreements/${item.id}` });
    });
    expect(sheet.getColumn(2).values).not.toContain("COOPERATION_AGREEMENT");
  });

  it("as CSV has a BOM, `;`, CRLF, the Russian header row and the filtered rows, quoted and defused", async () => {
    const listed = await c.analyst.agreement.list({ ...timberInput(), limit: 500 });
    const res = await download("agreements.csv", timberInput(), cookies.analyst);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toBe("Название;Вид;Стадия;Дата стадии;Подписано;Действует до;Стороны;Отрасли;Открытых пунктов плана;Ссылка");
    expect(lines.slice(1, -1)).toEqual(
      listed.items.map((item) => {
        const title = item.title.startsWith("=")
          ? `"'${item.title.replaceAll('"', '""')}"`
          : item.title.includes(";")
            ? `"${item.title.replaceAll('"', '""')}"`
            : item.title;
        const [y, m, d] = item.stageChangedAt.split("-");
        return [
          title,
          kindName,
          "Предложение направлено",
          `${d}.${m}.${y}`,
          "",
          "",
          "Республика Казахстан",
          item.sectors.map((s) => s.name).join(", "),
          "0",
          `http://${host}/agreements/${item.id}`,
        ].join(";");
      }),
    );
    // The formula is text with a leading apostrophe; the separator inside a title is quoted.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain(`"Соглашение; ""лесное"""`);
    expect(text).not.toContain("Только сельское хозяйство");
  });

  it("is logged with who, what list, the filter and the row count", async () => {
    await db.prisma.downloadLog.deleteMany({});
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "analyst@downloads.example" } });
    const res = await download("agreements.csv", timberInput(), cookies.analyst);
    expect(res.statusCode).toBe(200);
    const logged = await db.prisma.downloadLog.findMany({});
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      userId: user.id,
      userEmail: "analyst@downloads.example",
      list: "agreements",
      format: "csv",
      rowCount: 4,
      filter: { filter: { sectorIds: [timber.id] }, sort: { field: "title", direction: "asc" } },
    });
  });
});

describe("refusals", () => {
  it("a viewer gets 403 with a key, and nothing is logged", async () => {
    await db.prisma.downloadLog.deleteMany({});
    for (const file of ["agreements.csv", "meetings.xlsx"]) {
      const res = await download(file, timberInput(), cookies.viewer);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: "FORBIDDEN", key: "request.forbidden" } });
    }
    expect(await db.prisma.downloadLog.count()).toBe(0);
  });

  it("without a session: 401", async () => {
    const res = await download("agreements.csv", timberInput(), "");
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { key: "request.signInRequired" } });
  });

  it("an unknown filter value, a broken input or an unknown sort gets 400 with a key; nothing is logged", async () => {
    await db.prisma.downloadLog.deleteMany({});
    for (const input of [
      { filter: { stages: ["NO_SUCH_STAGE"] } },
      { filter: { sectorIds: ["not-an-id"] } },
      { sort: { field: "secret", direction: "asc" } },
      "{not json",
    ]) {
      const res = await download("agreements.xlsx", input, cookies.analyst);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: "BAD_REQUEST", key: "download.badFilter" } });
    }
    expect(await db.prisma.downloadLog.count()).toBe(0);
  });

  it("an unknown list or format gets 404 with a key", async () => {
    for (const file of ["users.csv", "agreements.pdf", "agreements"]) {
      const res = await download(file, undefined, cookies.analyst);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { key: "download.unknownList" } });
    }
  });
});

describe("every list downloads", () => {
  it.each(["partners", "people", "meetings", "agreements", "events", "projects", "export-figures", "follow-ups"])("%s as CSV and XLSX", async (list) => {
    const csv = await download(`${list}.csv`, undefined, cookies.analyst);
    expect(csv.statusCode).toBe(200);
    expect(csv.rawPayload.subarray(3).toString("utf8")).toMatch(/^[^\r\n]+;[^\r\n]+\r\n/);
    const xlsx = await download(`${list}.xlsx`, undefined, cookies.analyst);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).cellCount).toBeGreaterThan(3);
  });
});

describe("chart tables", () => {
  const period = { from: "2024-01-01", to: "2024-12-31" };
  let agro: { id: string };

  beforeAll(async () => {
    const by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
    agro = await db.prisma.sector.findUniqueOrThrow({ where: { code: "agro" }, select: { id: true } });
    const meeting = (title: string, startsAt: string, sectorIds: string[]) =>
      c.editor.meeting.create({ title, kind: "VISIT", startsAt, partnerIds: [by.id], sectorIds });
    await meeting("Визит лесников", "2024-03-05", [timber.id]);
    await meeting("Лес и поля", "2024-03-20", [timber.id, agro.id]);
    await meeting("Уборочная", "2024-09-10", [agro.id]);
    // Outside the period: not in the table.
    await meeting("Давняя встреча", "2022-05-05", [agro.id]);
    const berries = await c.admin.exportCategory.create({ name: "Замороженные ягоды" });
    const lace = await c.admin.exportCategory.create({ name: "Вологодское кружево" });
    const figure = (categoryId: string, periodStart: string, periodEnd: string, value: string, currency: string) =>
      c.editor.exportFigure.create({ categoryId, destinationId: by.id, periodStart, periodEnd, value, currency });
    await figure(berries.id, "2024-01-01", "2024-03-31", "1000.50", "USD");
    await figure(lace.id, "2024-07-01", "2024-09-30", "250.25", "USD");
    await figure(lace.id, "2024-04-01", "2024-06-30", "77", "RUB");
  });

  it("the sector activity as XLSX has a row per month and sector of dashboard.summary, months as dates, counts as numbers", async () => {
    const summary = await c.analyst.dashboard.summary({ filter: period });
    const names = new Map(summary.bySector.map((s) => [s.code, s.name]));
    expect(summary.activityByMonthAndSector.length).toBeGreaterThanOrEqual(3);

    const res = await download("chart-sector-activity.xlsx", { filter: period }, cookies.analyst);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers["content-disposition"]).split("''")[1]!)).toMatch(/^Встречи по отраслям \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Месяц", "Отрасль", "Встреч"]);
    const rows = sheet.getRows(2, sheet.actualRowCount - 1)!.map((row) => [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]);
    expect(rows).toEqual(summary.activityByMonthAndSector.map((r) => [new Date(`${r.month}-01T00:00:00.000Z`), names.get(r.sectorCode), r.interactions]));
    expect(sheet.getRow(2).getCell(1).numFmt).toBe("mmm yyyy");
    // March 2024: two timber meetings, one agro.
    expect(rows).toContainEqual([new Date("2024-03-01T00:00:00.000Z"), "Лесная промышленность", 2]);
  });

  it("the sector activity as CSV labels months «мар. 2024»", async () => {
    const summary = await c.analyst.dashboard.summary({ filter: period });
    const res = await download("chart-sector-activity.csv", { filter: period }, cookies.analyst);
    const lines = res.rawPayload.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("Месяц;Отрасль;Встреч");
    expect(lines.slice(1, -1)).toHaveLength(summary.activityByMonthAndSector.length);
    expect(lines).toContain("март 2024;Лесная промышленность;2");
    expect(lines).toContain("сент. 2024;Сельское хозяйство;1");
  });

  it.each([
    ["chart-exports-by-category", "byCategory", "Категория"],
    ["chart-exports-by-destination", "byDestination", "Получатель"],
  ] as const)("%s as CSV has a row per currency, period and series of dashboard.charts, sums as numbers", async (chart, group, header) => {
    const input = { filter: period, granularity: "quarter" as const };
    const data = await c.analyst.dashboard.charts(input);
    const expected = data.exports.flatMap((x) => {
      const names = new Map(x[group].series.map((s) => [s.key, s.name ?? "Прочие"]));
      return x[group].points.map((p) => {
        const [year, quarter] = p.period.split("-Q");
        return [x.currency, `${["I", "II", "III", "IV"][Number(quarter) - 1]} кв. ${year}`, names.get(p.key), String(Number(p.value)).replace(".", ",")].join(
          ";",
        );
      });
    });
    expect(expected.length).toBeGreaterThanOrEqual(3);

    const res = await download(`${chart}.csv`, input, cookies.analyst);
    expect(res.statusCode).toBe(200);
    const lines = res.rawPayload.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe(`Валюта;Период;${header};Стоимость`);
    expect(lines.slice(1, -1)).toEqual(expected);
  });

  it("the exports by category as XLSX hold the sums as numbers", async () => {
    const res = await download("chart-exports-by-category.xlsx", { filter: period }, cookies.analyst);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(4).value).toBe(1000.5);
  });

  it("is logged with the chart's input; viewers are refused; a bad input is a 400", async () => {
    await db.prisma.downloadLog.deleteMany({});
    const input = { filter: period, granularity: "year", categoryIds: [] };
    expect((await download("chart-exports-by-category.csv", input, cookies.analyst)).statusCode).toBe(200);
    const logged = await db.prisma.downloadLog.findMany({});
    expect(logged).toHaveLength(1);
    // 2024 in USD: berries and lace; in RUB: lace.
    expect(logged[0]).toMatchObject({
      list: "chart-exports-by-category",
      format: "csv",
      rowCount: 3,
      filter: { filter: period, granularity: "year", top: 8, categoryIds: [] },
    });

    const refused = await download("chart-sector-activity.csv", { filter: period }, cookies.viewer);
    expect(refused.statusCode).toBe(403);
    const bad = await download("chart-exports-by-destination.xlsx", { filter: period, granularity: "month" }, cookies.analyst);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { key: "download.badFilter" } });
    expect(await db.prisma.downloadLog.count()).toBe(1);
  });
});

describe("a list longer than a page", () => {
  it("comes in the list's own order, ties on the sort day included, without a row lost or repeated", async () => {
    // 1,203 meetings on three days of 2021: the download reads three pages of 500 without counting,
    // and its keyset paging must break the ties on the day by id exactly as meeting.list does.
    const days = ["2021-02-01", "2021-02-02", "2021-02-03"];
    await db.prisma.interaction.createMany({
      data: Array.from({ length: 1203 }, (_, i) => ({ title: `Серия ${i}`, kind: "VISIT", startsAt: new Date(`${days[i % 3]}T00:00:00.000Z`) })),
    });
    const input = { filter: { to: "2021-12-31" }, sort: { field: "startsAt", direction: "asc" } } as const;
    const listed: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = await c.analyst.meeting.list({ ...input, cursor, limit: 100 });
      listed.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(listed).toHaveLength(1203);

    const res = await download("meetings.csv", input, cookies.analyst);
    expect(res.statusCode).toBe(200);
    const downloaded = res.rawPayload
      .subarray(3)
      .toString("utf8")
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.split(";").at(-1)!.replace(`http://${host}/meetings/`, ""));
    expect(downloaded).toEqual(listed);
  });
});
