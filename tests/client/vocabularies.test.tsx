// @vitest-environment jsdom-ssr
// Vocabularies kept as data, in the client against the real server (PGlite): an editor
// adds a sector from the meeting form and it is saved with the meeting; a retired kind
// is not offered to a new meeting but still named on the meeting that holds it; an
// administrator merges two sectors on «Справочники» and the records move.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { useDomTestSetup } from "./support/dom.ts";
import { startRealServer, type RealServer } from "./support/real-server.ts";

useDomTestSetup();

let server: RealServer;
let partnerId: string;

beforeAll(async () => {
  server = await startRealServer();
  partnerId = (await server.callers.editor.partner.create({ name: "Посольство Республики Казахстан", level: "ORGANISATION" })).id;
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const meetingInput = (patch: Record<string, unknown> = {}) => ({
  title: "Встреча с послом",
  kind: "MEETING",
  startsAt: "2024-11-14",
  partnerIds: [partnerId],
  summary: "Обсудили поставки",
  ...patch,
});

describe("vocabularies in the client", () => {
  it("an editor adds a sector from the meeting form; it is selected and saved with the meeting", async () => {
    server.signInAs(server.callers.users.editor);
    const router = buildRouter({ url: "/meetings/new" });
    render(<App router={router} />);

    const partners = await screen.findByRole("combobox", { name: /^Партнёры/ });
    fireEvent.change(partners, { target: { value: "Посольство" } });
    fireEvent.click(await screen.findByRole("option", { name: /Посольство Республики Казахстан/ }));

    const sectors = screen.getByRole("combobox", { name: /^Отрасли/ });
    fireEvent.focus(sectors);
    fireEvent.change(sectors, { target: { value: "Космическая промышленность" } });
    fireEvent.click(await screen.findByRole("option", { name: "Добавить «Космическая промышленность»" }));

    // The new sector is picked (a chip) and the field says it was added.
    await screen.findByText("Добавлено «Космическая промышленность».");
    const field = sectors.closest(".field") as HTMLElement;
    expect(within(field).getByText("Космическая промышленность")).toBeTruthy();

    fireEvent.change(screen.getByRole("textbox", { name: /^Содержание/ }), { target: { value: "Обсудили запуск спутника" } });
    fireEvent.click(screen.getByRole("button", { name: "Записать встречу" }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/meetings\/[0-9a-f-]{36}$/), { timeout: 15_000 });

    const meetingId = router.state.location.pathname.split("/")[2]!;
    const saved = await server.callers.viewer.meeting.byId({ id: meetingId });
    expect(saved.sectors.map((s) => s.name)).toEqual(["Космическая промышленность"]);
    const vocabularies = await server.callers.viewer.vocabulary.all();
    const sector = vocabularies.sector.find((s) => s.name === "Космическая промышленность");
    expect(sector?.retired).toBe(false);
    expect(saved.sectors[0]?.id).toBe(sector?.value);
  });

  it("a retired meeting kind is not offered to a new meeting, and the meeting holding it still shows its name", async () => {
    const { term } = await server.callers.admin.vocabulary.add({ vocabulary: "meetingKind", name: "Рабочий завтрак" });
    const meeting = await server.callers.editor.meeting.create(meetingInput({ title: "Завтрак с делегацией", kind: term.value }));
    await server.callers.admin.vocabulary.retire({ vocabulary: "meetingKind", id: term.id, version: term.version, retired: true });
    server.signInAs(server.callers.users.editor);

    const first = render(<App router={buildRouter({ url: "/meetings/new" })} />);
    const kind = (await screen.findByRole("combobox", { name: /^Вид контакта/ })) as HTMLSelectElement;
    await waitFor(() => expect([...kind.options].map((o) => o.textContent)).toContain("Визит"));
    const offered = [...kind.options].map((o) => o.textContent ?? "");
    expect(offered.some((text) => text.includes("Рабочий завтрак"))).toBe(false);
    first.unmount();

    const page = render(<App router={buildRouter({ url: `/meetings/${meeting.id}` })} />);
    await screen.findByRole("heading", { name: "Завтрак с делегацией", level: 1 });
    await waitFor(() => expect(screen.getAllByText("Рабочий завтрак").length).toBeGreaterThan(0));
    expect(screen.queryByText("RABOCHIY_ZAVTRAK")).toBeNull();
    page.unmount();

    // Editing that meeting keeps the retired kind, named as retired.
    render(<App router={buildRouter({ url: `/meetings/${meeting.id}/edit` })} />);
    const held = (await screen.findByRole("combobox", { name: /^Вид контакта/ })) as HTMLSelectElement;
    await waitFor(() => expect(held.selectedOptions[0]?.textContent).toBe("Рабочий завтрак (выведено из употребления)"));
    expect(held.value).toBe(term.value);
  });

  it("an administrator merges two sectors: a confirmation, then the merged one shows «объединено с …» and its records move", async () => {
    const from = (await server.callers.admin.vocabulary.add({ vocabulary: "sector", name: "Деревообработка" })).term;
    const into = (await server.callers.admin.vocabulary.add({ vocabulary: "sector", name: "Лесная промышленность" })).term;
    const meeting = await server.callers.editor.meeting.create(meetingInput({ title: "Лесной форум", sectorIds: [from.value] }));
    server.signInAs(server.callers.users.admin);

    render(<App router={buildRouter({ url: "/admin/vocabularies" })} />);
    const actions = await screen.findByRole("group", { name: "Действия: Деревообработка" });
    fireEvent.click(within(actions).getByRole("button", { name: "Объединить с…" }));

    const dialog = await screen.findByRole("dialog", { name: "Объединить «Деревообработка» с другим значением" });
    const confirm = within(dialog).getByRole("button", { name: "Объединить" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole("combobox", { name: /^С каким значением объединить/ }), { target: { value: into.id } });
    expect(
      within(dialog).getByText(/Все записи со значением «Деревообработка».*перейдут к значению «Лесная промышленность».*Отменить объединение нельзя\./),
    ).toBeTruthy();
    // Nothing has moved before the confirmation.
    expect((await server.callers.viewer.meeting.byId({ id: meeting.id })).sectors.map((s) => s.name)).toEqual(["Деревообработка"]);
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const row = (await screen.findByText("объединено с «Лесная промышленность»")).closest("tr") as HTMLElement;
    expect(row.querySelector("td")?.textContent).toBe("Деревообработка");
    // A merged value offers no more actions.
    expect(screen.queryByRole("group", { name: "Действия: Деревообработка" })).toBeNull();

    expect((await server.callers.viewer.meeting.byId({ id: meeting.id })).sectors.map((s) => s.name)).toEqual(["Лесная промышленность"]);
    const merged = (await server.callers.viewer.vocabulary.all()).sector.find((s) => s.id === from.id);
    expect(merged).toMatchObject({ retired: true, mergedIntoId: into.id });
  });
});
