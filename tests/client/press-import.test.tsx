// @vitest-environment jsdom-ssr
// «Импорт из пресс-релиза» in the client against the real server (PGlite) holding the
// extractor's fixture world: fixture 01 pasted, the review shows Kazakhstan matched, one
// partner dropped, «Сохранить всё» — the meeting exists with the release as its source.
// Then the same release again: a warning naming the source, and saving is disabled.
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

beforeAll(async () => {
  server = await startRealServer();
  const c = server.callers;
  // The partners, people and vocabularies of the extractor's fixture world (as tests/api/press-import.test.ts).
  for (const p of gazetteer.partners) {
    const created = await c.admin.partner.create({ name: p.name, level: p.level, aliases: p.aliases ?? [], parentId: p.parentKey ? partnerId.get(p.parentKey)! : null, isHome: p.isHome ?? false });
    partnerId.set(p.key, created.id);
  }
  for (const p of gazetteer.people) {
    await c.editor.person.create({ fullName: p.fullName, post: p.post ?? null, organisation: p.organisation ?? null, side: p.side, partnerId: p.partnerKey ? partnerId.get(p.partnerKey)! : null });
  }
  for (const [i, name] of gazetteer.sectors.entries()) await server.db.prisma.sector.create({ data: { code: `s${i}`, name, nameEn: `Sector ${i}`, sortOrder: i } });
  for (const [i, name] of gazetteer.exportCategories.entries()) await server.db.prisma.exportCategory.create({ data: { name, sortOrder: i } });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

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

    // Drop «Российская Федерация».
    const russia = partnerItem("Российская Федерация");
    fireEvent.click(within(russia).getAllByRole("checkbox")[0]!);
    expect(within(russia).getByText("Не будет сохранено.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Сохранить всё" }));
    const done = await screen.findByRole("heading", { name: "Сохранено" }, { timeout: 20_000 });
    const summary = done.closest("section") as HTMLElement;
    const meetingLink = within(summary).getAllByRole("link").find((a) => /^\/meetings\//.test(a.getAttribute("href") ?? ""));
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
    expect(within(summary).getAllByRole("link").some((a) => a.getAttribute("href") === `/partners/${partnerId.get("kazakhstan")}`)).toBe(true);
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
