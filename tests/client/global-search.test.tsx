// @vitest-environment jsdom-ssr
// The global search in the client against the real server (PGlite): Ctrl+K opens it,
// «Деда Мороза» finds records written «Дед Мороз» grouped by type (with the day and the
// agreement's stage), the arrow keys move across the groups and Enter opens the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { useDomTestSetup } from "./support/dom.ts";
import { startRealServer, type RealServer } from "./support/real-server.ts";

useDomTestSetup();

let server: RealServer;
let meetingId: string;
let agreementId: string;
let projectId: string;

beforeAll(async () => {
  server = await startRealServer();
  const { editor } = server.callers;
  const kz = await editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ", aliases: ["Казахстан"] });
  meetingId = (
    await editor.meeting.create({ title: "Визит Деда Мороза в Астану", kind: "VISIT", startsAt: "2024-12-16", place: "Астана", partnerIds: [kz.id] })
  ).id;
  agreementId = (
    await editor.agreement.create({ title: "Соглашение о приезде Деда Мороза", kind: "MEMORANDUM", partyIds: [kz.id], stage: "DRAFT", stageDate: "2024-11-13" })
  ).id;
  projectId = (await editor.project.create({ title: "Дед Мороз в Казахстане", partnerId: kz.id })).id;
  // Not about Father Frost: must not be found.
  await editor.meeting.create({ title: "Морозоустойчивые сорта ягод", kind: "MEETING", startsAt: "2024-12-17", partnerIds: [kz.id] });
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const optionTitles = (group: HTMLElement) =>
  within(group)
    .queryAllByRole("option")
    .map((o) => o.querySelector(".search-hit__title")?.textContent);

describe("global search", () => {
  it("opens with Ctrl+K, groups «Деда Мороза» by type, moves with the arrows across groups and opens the hit with Enter", async () => {
    server.signInAs(server.callers.users.viewer);
    const router = buildRouter({ url: "/partners" });
    render(<App router={router} />);
    await screen.findByRole("button", { name: "Поиск по реестру" });

    fireEvent.keyDown(document.body, { key: "k", code: "KeyK", ctrlKey: true });
    const box = await screen.findByRole("combobox", { name: "Что найти" });
    await waitFor(() => expect(document.activeElement).toBe(box));
    // Before typing: a hint, no list.
    expect(screen.getByText(/Ищите по названиям, именам, местам и темам/)).toBeTruthy();
    expect(box.getAttribute("aria-expanded")).toBe("false");

    fireEvent.change(box, { target: { value: "Деда Мороза" } });
    const meetings = await screen.findByRole("group", { name: "Встречи" });
    const listbox = screen.getByRole("listbox", { name: "Результаты поиска" });
    expect(box.getAttribute("aria-controls")).toBe(listbox.id);
    expect(box.getAttribute("aria-expanded")).toBe("true");

    // Groups in the server's order, each labelled; the unrelated «Морозоустойчивые…» is not there.
    const groups = within(listbox).getAllByRole("group");
    expect(groups.map((g) => g.getAttribute("aria-labelledby") && document.getElementById(g.getAttribute("aria-labelledby")!)?.textContent)).toEqual([
      "Встречи",
      "Соглашения",
      "Проекты",
    ]);
    expect(optionTitles(meetings)).toEqual(["Визит Деда Мороза в Астану"]);
    const agreement = within(screen.getByRole("group", { name: "Соглашения" })).getByRole("option");
    expect(agreement.textContent).toContain("Соглашение о приезде Деда Мороза");
    // The stage label from the dictionary, and days as calendar days.
    expect(within(agreement).getByText("Проект")).toBeTruthy();
    expect(within(agreement).getByText("13 ноября 2024 г.").getAttribute("datetime")).toBe("2024-11-13");
    const meeting = within(meetings).getByRole("option");
    expect(within(meeting).getByText("16 декабря 2024 г.")).toBeTruthy();
    expect(within(meeting).getByText("Астана")).toBeTruthy();
    expect(optionTitles(screen.getByRole("group", { name: "Проекты" }))).toEqual(["Дед Мороз в Казахстане"]);
    expect(within(box.closest("dialog")!).getByRole("status").textContent).toBe("Найдено: 3");

    // The first hit is active; the arrows move through all of them, across the groups, and wrap.
    const options = within(listbox).getAllByRole("option");
    const activeId = () => box.getAttribute("aria-activedescendant");
    const selected = () => options.filter((o) => o.getAttribute("aria-selected") === "true").map((o) => o.id);
    expect(activeId()).toBe(options[0]!.id);
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(activeId()).toBe(options[1]!.id);
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(activeId()).toBe(options[2]!.id);
    expect(selected()).toEqual([options[2]!.id]);
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(activeId()).toBe(options[0]!.id);
    fireEvent.keyDown(box, { key: "ArrowUp" });
    expect(activeId()).toBe(options[2]!.id);
    fireEvent.keyDown(box, { key: "ArrowUp" });
    expect(activeId()).toBe(options[1]!.id);
    // Every hit is also a link to its page.
    expect(options.map((o) => o.getAttribute("href"))).toEqual([`/meetings/${meetingId}`, `/agreements/${agreementId}`, `/projects/${projectId}`]);

    fireEvent.keyDown(box, { key: "Enter" });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${agreementId}`));
    await screen.findByRole("heading", { name: "Соглашение о приезде Деда Мороза", level: 1 });
    // The dialog closed on the way.
    expect(box.closest("dialog")?.hasAttribute("open")).toBe(false);
  });

  it("says so when nothing is found, and Enter pressed before the results arrive opens the first hit", async () => {
    server.signInAs(server.callers.users.viewer);
    const router = buildRouter({ url: "/partners" });
    render(<App router={router} />);
    fireEvent.click(await screen.findByRole("button", { name: "Поиск по реестру" }));
    const box = await screen.findByRole("combobox", { name: "Что найти" });

    fireEvent.change(box, { target: { value: "Щщзщзщ" } });
    await screen.findByText("Ничего не найдено по запросу «Щщзщзщ»");
    expect(within(box.closest("dialog")!).queryAllByRole("option")).toHaveLength(0);

    // A fast typist: Enter before the pause in typing has sent anything.
    fireEvent.change(box, { target: { value: "Визит Деда Мороза" } });
    fireEvent.keyDown(box, { key: "Enter" });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/meetings/${meetingId}`));
  });
});
