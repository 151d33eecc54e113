// @vitest-environment jsdom-ssr
// «Импорт из пресс-релиза» in the client against the real server (PGlite) holding the
// extractor's fixture world: fixture 01 pasted, the review shows Kazakhstan matched, one
// partner dropped, «Сохранить всё» — the meeting exists with the release as its source,
// and the export categories the text names as intents to supply Kazakhstan. Then the same
// release again: a warning naming the source, and saving is disabled. Last, a release
// that gives the governor another post and names a project's site: the review shows both
// posts, the editor records the text's one, and the project is saved with its site.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { useDomTestSetup } from "./support/dom.ts";
import { startRealServer, type RealServer } from "./support/real-server.ts";
import { gazetteer } from "../press-import/gazetteer.ts";
import { fixture as visit } from "../press-import/fixtures/01-ambassador-visit.ts";

useDomTestSetup();

let server: RealServer;
const partnerId = new Map<string, string>();
const personId = new Map<string, string>();

beforeAll(async () => {
  server = await startRealServer();
  const c = server.callers;
  // The partners, people and vocabularies of the extractor's fixture world (as tests/api/press-import.test.ts).
  for (const p of gazetteer.partners) {
    const created = await c.admin.partner.create({
      name: p.name,
      level: p.level,
      aliases: p.aliases ?? [],
      parentId: p.parentKey ? partnerId.get(p.parentKey)! : null,
      isHome: p.isHome ?? false,
    });
    partnerId.set(p.key, created.id);
  }
  for (const p of gazetteer.people) {
    const created = await c.editor.person.create({
      fullName: p.fullName,
      post: p.post ?? null,
      organisation: p.organisation ?? null,
      side: p.side,
      partnerId: p.partnerKey ? partnerId.get(p.partnerKey)! : null,
    });
    personId.set(p.key, created.id);
  }
  for (const [i, name] of gazetteer.sectors.entries())
    await server.db.prisma.sector.create({ data: { code: `s${i}`, name, nameEn: `Sector ${i}`, sortOrder: i } });
  for (const [i, name] of gazetteer.exportCategories.entries()) await server.db.prisma.exportCategory.create({ data: { name, sortOrder: i } });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** The review section (a card) headed `title`. */
function section(title: string): HTMLElement {
  const heading = screen.getAllByRole("heading", { level: 2 }).find((h) => h.textContent?.startsWith(title));
  if (!heading) throw new Error(`no section ${title}`);
  return heading.closest("section") as HTMLElement;
}

/** The review item (an <article>) whose partner box shows this name. */
function partnerItem(name: string): HTMLElement {
  const box = screen.getAllByDisplayValue(name).find((el) => el.getAttribute("role") === "combobox");
  if (!box) throw new Error(`no partner item showing ${name}`);
  return box.closest("article") as HTMLElement;
}

async function pasteAndRead(text: string, url: string) {
  fireEvent.change(await screen.findByRole("textbox", { name: /^Текст пресс-релиза/ }), { target: { value: text } });
  fireEvent.change(screen.getByRole("textbox", { name: /^Адрес публикации/ }), { target: { value: url } });
  fireEvent.change(screen.getByRole("textbox", { name: /^Издание или сайт/ }), { target: { value: "Правительство Вологодской области" } });
  const day = screen.getByRole("textbox", { name: /^Дата публикации/ });
  fireEvent.change(day, { target: { value: "15.11.2024" } });
  fireEvent.blur(day);
  fireEvent.click(screen.getByRole("button", { name: "Разобрать" }));
}

describe("press-release import in the client", () => {
  it("step 1 says in Russian, next to the field, that the text is missing", async () => {
    server.signInAs(server.callers.users.editor);
    render(<App router={buildRouter({ url: "/import" })} />);
    expect(await screen.findByRole("heading", { level: 1, name: "Импорт из пресс-релиза" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Разобрать" }));
    const text = screen.getByRole("textbox", { name: /^Текст пресс-релиза/ });
    await waitFor(() => expect(text.getAttribute("aria-invalid")).toBe("true"));
    expect((text.closest(".field") as HTMLElement).textContent).toContain("Вставьте текст пресс-релиза");
  });

  it("fixture 01: Kazakhstan matched, Russia dropped, everything saved; the meeting holds the release as its source", async () => {
    server.signInAs(server.callers.users.editor);
    const url = "https://vologda-oblast.ru/novosti/ambassador-kz-client/";
    render(<App router={buildRouter({ url: "/import" })} />);
    await pasteAndRead(visit.text, url);

    // The review: the text on one side, the draft on the other; Kazakhstan is an existing partner.
    await screen.findByRole("button", { name: "Сохранить всё" }, { timeout: 15_000 });
    const kz = partnerItem("Республика Казахстан");
    expect(within(kz).getByRole("radio", { name: /Существующий/ })).toHaveProperty("checked", true);
    expect(within(kz).getByRole("checkbox")).toHaveProperty("checked", true);

    // Focusing an item highlights its sentence in the text.
    fireEvent.focus(within(kz).getByRole("combobox"));
    const mark = await screen.findByTestId("highlight");
    expect(mark.textContent).toMatch(/Казахстан/);

    // The export categories the text names, each an intent to supply Kazakhstan (the partner the text is about).
    const exportsSection = section("Экспорт");
    const dairy = within(exportsSection).getByRole("article", { name: "Молочная продукция" });
    expect(within(dairy).getAllByRole("checkbox")[0]).toHaveProperty("checked", true);
    const supplyTo = within(dairy).getByRole("combobox", { name: /^Кому поставлять/ }) as HTMLSelectElement;
    expect(supplyTo.selectedOptions[0]?.textContent).toBe("Республика Казахстан");
    expect((within(dairy).getByRole("textbox", { name: /^Формулировка/ }) as HTMLTextAreaElement).value).toMatch(
      /^Вологодские производители заинтересованы в новых покупателях/,
    );

    // Drop «Российская Федерация».
    const russia = partnerItem("Российская Федерация");
    fireEvent.click(within(russia).getAllByRole("checkbox")[0]!);
    expect(within(russia).getByText("Не будет сохранено.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Сохранить всё" }));
    const done = await screen.findByRole("heading", { name: "Сохранено" }, { timeout: 20_000 });
    const summary = done.closest("section") as HTMLElement;
    const meetingLink = within(summary)
      .getAllByRole("link")
      .find((a) => /^\/meetings\//.test(a.getAttribute("href") ?? ""));
    expect(meetingLink).toBeTruthy();
    const meetingId = meetingLink!.getAttribute("href")!.split("/")[2]!;

    const meeting = await server.callers.viewer.meeting.byId({ id: meetingId });
    expect(meeting).toMatchObject({ kind: "VISIT", startsAt: "2024-11-14", datePrecision: "DAY" });
    expect(meeting.partners.map((p) => p.id)).toContain(partnerId.get("kazakhstan"));
    expect(meeting.partners.map((p) => p.id)).not.toContain(partnerId.get("russia"));
    expect(meeting.sources).toHaveLength(1);
    const source = await server.db.prisma.source.findUniqueOrThrow({ where: { id: meeting.sources[0]!.id } });
    expect(source).toMatchObject({ kind: "PRESS_RELEASE", text: visit.text, outlet: "Правительство Вологодской области" });
    // The summary links the partners saved.
    expect(
      within(summary)
        .getAllByRole("link")
        .some((a) => a.getAttribute("href") === `/partners/${partnerId.get("kazakhstan")}`),
    ).toBe(true);
    expect(summary.textContent).toContain("2 факта об экспорте");
    const facts = await server.db.prisma.exportFact.findMany({ where: { sourceId: source.id }, include: { category: true } });
    expect(facts.map((f) => [f.kind, f.partnerId, f.category?.name]).sort()).toEqual([
      ["INTENT", partnerId.get("kazakhstan"), "Молочная продукция"],
      ["INTENT", partnerId.get("kazakhstan"), "Мясные консервы"],
    ]);
  }, 60_000);

  it("the same release again: a warning naming the source, and «Сохранить всё» disabled", async () => {
    server.signInAs(server.callers.users.editor);
    render(<App router={buildRouter({ url: "/import" })} />);
    await pasteAndRead(visit.text, "https://vologda-oblast.ru/novosti/ambassador-kz-client/");
    const save = await screen.findByRole("button", { name: "Сохранить всё" }, { timeout: 15_000 });
    expect(save).toHaveProperty("disabled", true);
    const warning = screen.getByRole("alert", { name: "" });
    expect(warning.textContent).toContain("Этот релиз уже импортирован");
    // The link leads to the publication the source records.
    expect((await within(warning).findByRole("link")).getAttribute("href")).toMatch(/^https:\/\/vologda-oblast\.ru\/novosti\/ambassador-kz-client/);
  }, 60_000);
});

describe("press-release import: a matched person's other post, and a project", () => {
  const text = visit.text
    .replace(
      "Губернатор Вологодской области Андрей Ларионов встретился",
      "Временно исполняющий обязанности губернатора Вологодской области Андрей Ларионов встретился",
    )
    .replace("меры региональной поддержки.", "меры региональной поддержки. Площадкой может стать индустриальный парк «Сокол».");
  const actingPost = "Временно исполняющий обязанности губернатора Вологодской области";

  it("shows the recorded post and the text's; the editor records the text's; the project is saved with its site and partner", async () => {
    server.signInAs(server.callers.users.editor);
    render(<App router={buildRouter({ url: "/import" })} />);
    await pasteAndRead(text, "https://vologda-oblast.ru/novosti/acting-governor/");
    await screen.findByRole("button", { name: "Сохранить всё" }, { timeout: 15_000 });

    const governor = within(section("Люди")).getByRole("article", { name: "Андрей Ларионов" });
    expect(governor.textContent).toContain("Андрей Ларионов — Губернатор Вологодской области");
    expect(governor.textContent).toMatch(/В тексте другая должность: «Временно исполняющий обязанности губернатора? Вологодской области»/);
    // Not recorded unless the editor says so.
    expect(within(governor).queryByRole("textbox", { name: /^Новая должность/ })).toBeNull();
    fireEvent.click(within(governor).getByRole("checkbox", { name: "Записать её как текущую должность" }));
    const newPost = within(governor).getByRole("textbox", { name: /^Новая должность/ }) as HTMLInputElement;
    expect(newPost.value).toMatch(/^Временно исполняющий обязанности губернатор/);
    // An emptied post is said next to the field, before anything is sent; the editor puts the words as the post reads.
    fireEvent.change(newPost, { target: { value: " " } });
    fireEvent.click(screen.getByRole("button", { name: "Сохранить всё" }));
    await waitFor(() => expect(newPost.getAttribute("aria-invalid")).toBe("true"));
    expect((newPost.closest(".field") as HTMLElement).textContent).toContain("Укажите новую должность или снимите отметку");
    fireEvent.change(newPost, { target: { value: actingPost } });

    const project = within(section("Проекты")).getAllByRole("article")[0]!;
    expect((within(project).getByRole("textbox", { name: /^Площадка 1/ }) as HTMLInputElement).value).toBe("Индустриальный парк «Сокол»");
    expect((within(project).getByRole("combobox", { name: /^Партнёр проекта/ }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      "Республика Казахстан",
    );
    fireEvent.change(within(project).getByRole("textbox", { name: /^Название/ }), { target: { value: "Совместное деревообрабатывающее производство" } });

    // Without its partner the project is refused, with the message next to the field; nothing is saved.
    const projectPartner = within(project).getByRole("combobox", { name: /^Партнёр проекта/ });
    fireEvent.change(projectPartner, { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Сохранить всё" }));
    await waitFor(() => expect(projectPartner.getAttribute("aria-invalid")).toBe("true"), { timeout: 15_000 });
    expect((projectPartner.closest(".field") as HTMLElement).textContent).toContain("Укажите партнёра проекта");
    expect(await server.db.prisma.source.count({ where: { url: "https://vologda-oblast.ru/novosti/acting-governor/" } })).toBe(0);
    const kz = [...(projectPartner as HTMLSelectElement).options].find((o) => o.textContent === "Республика Казахстан")!;
    fireEvent.change(projectPartner, { target: { value: kz.value } });

    fireEvent.click(screen.getByRole("button", { name: "Сохранить всё" }));
    const done = await screen.findByRole("heading", { name: "Сохранено" }, { timeout: 20_000 });
    const summary = done.closest("section") as HTMLElement;
    const projectLink = within(summary).getByRole("link", { name: "Совместное деревообрабатывающее производство" });
    const projectId = projectLink.getAttribute("href")!.split("/")[2]!;

    const saved = await server.callers.viewer.project.byId({ id: projectId });
    expect(saved).toMatchObject({ partner: { id: partnerId.get("kazakhstan") } });
    expect(saved.sites.map((s) => s.name)).toEqual(["Индустриальный парк «Сокол»"]);
    expect(saved.source?.url).toBe("https://vologda-oblast.ru/novosti/acting-governor/");

    const person = await server.callers.viewer.person.byId({ id: personId.get("governor")! });
    expect(person.post).toBe(actingPost);
    expect(person.positions.map((p) => [p.post, p.startsOn]).sort()).toEqual(
      [
        ["Губернатор Вологодской области", null],
        [actingPost, "2024-11-14"],
      ].sort(),
    );
  }, 60_000);
});
