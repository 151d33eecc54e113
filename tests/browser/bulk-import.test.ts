// Table import in headless Chromium against the built client and the demo data (issue 15,
// item 5): editor@demo downloads the sample CSV of people, fills it with two new people of
// Kazakhstan's embassy, one of them with a broken e-mail address; the check names that row
// and field in Russian and holds the import back; the editor leaves the row out, imports,
// and the other person appears among Kazakhstan's people, while the left-out one does not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Download } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function downloadedText(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("Импорт таблицы", () => {
  it("an editor imports people from the sample CSV, leaving out the row with an error", async () => {
    const context = await newContext(browser, atlas.url);
    const page = await context.newPage();
    await page.goto("/import/table");
    await page.waitForURL(/\/signin/);
    await signIn(page, "editor@demo");
    await page.waitForURL((url) => url.pathname === "/import/table");
    await page.getByRole("heading", { name: "Импорт таблицы", level: 1 }).waitFor();

    await page.getByLabel("Что в таблице").selectOption({ label: "Люди" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Скачать образец" }).click()]);
    expect(download.suggestedFilename()).toBe("образец-люди.csv");
    const sample = await downloadedText(download);
    // Russian Excel's CSV: a BOM, then «;» between the cells.
    expect([...sample.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, abaev, filimonov] = sample.toString("utf8").slice(1).split("\r\n");
    expect(header).toBe("ФИО;ФИО по-английски;Должность;Организация;Сторона;Партнёр;Эл. почта;Телефон;Примечания");

    // The sample's people are in the demo already: the editor writes new ones over them.
    const fixed = abaev!.replace("Даурен Абаев;Dauren Abaev", "Жанар Сейткали;Zhanar Seitkali");
    const broken = filimonov!
      .replace("Георгий Филимонов;Georgy Filimonov", "Асель Нурланова;Asel Nurlanova")
      .replace("Наша сторона;Вологодская область;", "Сторона партнёра;Республика Казахстан;не-адрес");
    const edited = "\uFEFF" + [header, fixed, broken].join("\r\n") + "\r\n";
    await page.getByLabel("Файл").setInputFiles({ name: "люди.csv", mimeType: "text/csv", buffer: Buffer.from(edited) });
    await page.getByRole("button", { name: "Проверить" }).click();

    await page.getByText("Строка 3, «Эл. почта»: Укажите адрес вида name@example.ru").waitFor();
    await page.getByText("«Партнёр»: найдено — Республика Казахстан").first().waitFor();
    await page.getByText("Строк: 2, с ошибками: 1, выбрано: 2").waitFor();
    const importButton = page.getByRole("button", { name: /^Загрузить \(/ });
    expect(await importButton.isDisabled()).toBe(true);
    await snap(page, "bulk-import-preview");

    await page.getByRole("checkbox", { name: "Загрузить строку 3" }).uncheck();
    await page.getByText("Строк: 2, с ошибками: 1, выбрано: 1").waitFor();
    await page.getByRole("button", { name: "Загрузить (1)" }).click();
    await page.getByText("Загружено записей: 1.", { exact: false }).waitFor();

    const kazakhstan = await atlas.db.prisma.partner.findFirst({ where: { name: "Республика Казахстан", deletedAt: null }, select: { id: true } });
    await page.goto(`/partners/${kazakhstan!.id}`);
    const people = page.getByRole("region", { name: "Люди" });
    await people.getByText("Жанар Сейткали").waitFor();
    expect(await people.getByText("Асель Нурланова").count()).toBe(0);
    expect(await atlas.db.prisma.person.count({ where: { fullName: "Асель Нурланова" } })).toBe(0);
    await context.close();
  }, 120_000);
});
