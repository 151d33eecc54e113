// @vitest-environment jsdom
// The record panels of a detail page, against a fake server. The history panel
// (ui/history-panel.tsx): collapsed until opened, then who, when, what action, and each
// field old → new with Russian labels and readable values; empty, error (with retry) and
// "show more". The deleted banner (ui/deleted-banner.tsx): restore for administrators.
import { describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
// The tests package does not depend on React Query itself; the client's copy is the one its hooks use.
import { QueryClientProvider } from "../../client/node_modules/@tanstack/react-query/build/modern/index.js";
import type { THistoryEntry } from "@atlas/shared/history";
import { queryClient } from "../../client/src/lib/trpc.ts";
import { setLanguage } from "../../client/src/lib/i18n.ts";
import { sessionQueryOptions } from "../../client/src/lib/session.ts";
import { HistoryPanel } from "../../client/src/ui/history-panel.tsx";
import { DeletedBanner } from "../../client/src/ui/deleted-banner.tsx";
import { Toaster } from "../../client/src/ui/toast.tsx";
import { fakeServer, signedIn, type FakeHandler } from "./support/fake-server.ts";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const MEETING = "5d7e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
const PARTNER = "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e01";
const OTHER_PARTNER = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const UNKNOWN = "0f0e0d0c-0b0a-4998-8776-655443322110";
/** The names the server sends with a page for the ids its changes mention. */
const names = { [PARTNER]: "Республика Казахстан", [OTHER_PARTNER]: "Алматинская область" };
const editor = { id: "00000000-0000-4000-8000-000000000002", name: "Ирина Петрова", email: "editor@test" };
const dateTime = (d: Date) => new Intl.DateTimeFormat("ru-RU", { dateStyle: "short", timeStyle: "short" }).format(d);

const entries: THistoryEntry[] = [
  {
    id: "e3",
    entity: "meeting",
    recordId: MEETING,
    action: "DELETE",
    at: "2024-11-20T10:15:00.000Z",
    user: null,
    changes: [{ field: "title", from: "Встреча с послом Казахстана", to: null }],
  },
  {
    id: "e2",
    entity: "meeting",
    recordId: MEETING,
    action: "UPDATE",
    at: "2024-11-13T08:30:00.000Z",
    user: editor,
    changes: [
      { field: "title", from: "Встреча с послом", to: "Встреча с послом Казахстана" },
      { field: "kind", from: "MEETING", to: "VISIT" },
      // Business dates are logged as calendar days, and a date's precision beside them.
      { field: "startsAt", from: "2024-11-12", to: "2024-11-13" },
      { field: "datePrecision", from: "DAY", to: "MONTH" },
      { field: "place", from: null, to: "Вологда" },
      { field: "partnerIds", from: [PARTNER], to: [OTHER_PARTNER, UNKNOWN] },
      { field: "mysteryField", from: true, to: false },
    ],
  },
  {
    id: "e1",
    entity: "meeting",
    recordId: MEETING,
    action: "CREATE",
    at: "2024-11-12T07:00:00.000Z",
    user: editor,
    changes: [
      { field: "summary", from: null, to: "Обсудили поставки леса" },
      { field: "place", from: null, to: null },
      { field: "partnerIds", from: null, to: [PARTNER] },
      { field: "title", from: null, to: "Встреча с послом" },
    ],
  },
];

function renderPanel(handler: FakeHandler, entity: "meeting" | "event" | "project" = "meeting") {
  const server = fakeServer({ "history.byRecord": handler });
  render(
    <QueryClientProvider client={queryClient}>
      <HistoryPanel entity={entity} id={MEETING} />
    </QueryClientProvider>,
  );
  return server;
}

const toggle = () => screen.getByRole("button", { name: /История изменений/ });

describe("HistoryPanel", () => {
  it("loads when opened and shows who, when, the action and each field old → new", async () => {
    const server = renderPanel(() => ({ data: { items: entries, nextCursor: null, total: 3, names } }));
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(server.callsTo("history.byRecord")).toHaveLength(0);

    fireEvent.click(toggle());
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    const items = await screen.findAllByRole("listitem");
    expect(server.callsTo("history.byRecord")[0]!.input).toMatchObject({ entity: "meeting", id: MEETING, limit: 20 });
    expect(items).toHaveLength(3);
    expect(toggle().textContent).toContain("3");

    const [deleted, updated, created] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(deleted.textContent).toContain("Удаление");
    expect(deleted.textContent).toContain("Система");
    expect(deleted.textContent).toContain(dateTime(new Date("2024-11-20T10:15:00Z")));

    expect(updated.textContent).toContain("Изменение");
    expect(updated.textContent).toContain("Ирина Петрова");
    const row = (label: string) => within(updated).getByText(label, { selector: "dt" }).nextElementSibling as HTMLElement;
    expect(row("Тема").textContent).toBe("было: Встреча с послом→стало: Встреча с послом Казахстана");
    // Enum values, dates and ids are readable; unknown fields keep their raw name.
    expect(row("Вид контакта").textContent).toBe("было: Встреча→стало: Визит");
    expect(row("Начало").textContent).toBe("было: 12.11.2024→стало: 13.11.2024");
    expect(row("Точность даты").textContent).toBe("было: День→стало: Месяц");
    expect(row("Место").textContent).toBe("Вологда");
    // Related records by name (an id the server could not name stays short); what was added and removed.
    expect(row("Партнёры").textContent).toBe("добавлено: Алматинская область, #0f0e0d0cубрано: Республика Казахстан");
    expect(row("mysteryField").textContent).toBe("было: Да→стало: Нет");

    expect(created.textContent).toContain("Создание");
    // A snapshot lists what was filled in, the title first.
    expect(
      within(created)
        .getAllByRole("term")
        .map((dt) => dt.textContent),
    ).toEqual(["Тема", "Партнёры", "Краткое содержание"]);
    expect(within(created).getByText("Партнёры", { selector: "dt" }).nextElementSibling?.textContent).toBe("Республика Казахстан");
    // Fields of an update keep a readable order too.
    expect(
      within(updated)
        .getAllByRole("term")
        .map((dt) => dt.textContent),
    ).toEqual(["Тема", "Вид контакта", "Начало", "Точность даты", "Место", "Партнёры", "mysteryField"]);

    // Collapsing hides the list without asking again.
    fireEvent.click(toggle());
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
    expect(server.callsTo("history.byRecord")).toHaveLength(1);
  });

  it("shows days as дд.мм.гггг in any time zone, stops with their precision, and keeps older timestamp entries readable", async () => {
    const EVENT = "6e7f8a9b-0c1d-4e2f-9a3b-4c5d6e7f8a9b";
    const eventEntries: THistoryEntry[] = [
      {
        id: "v2",
        entity: "event",
        recordId: EVENT,
        action: "UPDATE",
        at: "2026-12-04T09:00:00.000Z",
        user: editor,
        changes: [
          // Written after dates became days: a day, and a route whose stop is known only to the month.
          { field: "endsAt", from: null, to: "2024-12-31" },
          {
            field: "stops",
            from: [{ place: "Астана", date: "2024-12-16", datePrecision: "DAY" }],
            to: [
              { place: "Бишкек", date: null, datePrecision: null },
              { place: "Астана", date: "2024-12-01", datePrecision: "MONTH" },
            ],
          },
        ],
      },
      {
        id: "v1",
        entity: "event",
        recordId: EVENT,
        action: "UPDATE",
        at: "2024-11-12T07:00:00.000Z",
        user: editor,
        // Written before: timestamps. A date without a time of day was midnight UTC and means that
        // day; any other timestamp is an instant and is shown with its time, in the viewer's zone.
        changes: [
          { field: "startsAt", from: "2024-12-12T00:00:00.000Z", to: "2024-12-01T00:00:00.000Z" },
          { field: "place", from: "2024-11-12T21:30:00.000Z", to: "Астана" },
        ],
      },
    ];
    const originalTz = process.env.TZ;
    try {
      for (const zone of ["America/New_York", "Asia/Kamchatka"]) {
        process.env.TZ = zone;
        queryClient.clear();
        renderPanel(() => ({ data: { items: eventEntries, nextCursor: null, total: 2, names: {} } }), "event");
        fireEvent.click(toggle());
        const [recent, older] = (await screen.findAllByRole("listitem")) as [HTMLElement, HTMLElement];
        const field = (item: HTMLElement, label: string) => within(item).getByText(label, { selector: "dt" }).nextElementSibling as HTMLElement;
        expect(field(recent, "Окончание").textContent).toBe("31.12.2024");
        const route = field(recent, "Маршрут").textContent ?? "";
        expect(route).toContain("Астана (декабрь 2024 г.)");
        expect(route).toContain("Астана (16.12.2024)");
        expect(route).not.toContain("01.12.2024");
        expect(field(older, "Начало").textContent).toBe("было: 12.12.2024→стало: 01.12.2024");
        expect(field(older, "Место").textContent).toBe(`было: ${dateTime(new Date("2024-11-12T21:30:00.000Z"))}→стало: Астана`);
        cleanup();
      }
    } finally {
      process.env.TZ = originalTz;
    }
  });

  it("names each code by its own list, inside logged objects too, in either language", async () => {
    const PROJECT = "8a9b0c1d-2e3f-4a5b-8c7d-6e5f4a3b2c1d";
    const projectEntries: THistoryEntry[] = [
      {
        id: "p1",
        entity: "project",
        recordId: PROJECT,
        action: "UPDATE",
        at: "2026-12-04T09:00:00.000Z",
        user: editor,
        changes: [
          // CANCELLED is a project stage here («Отменён»), not an event's status («Отменено»).
          { field: "stage", from: "CONSTRUCTION", to: "CANCELLED" },
          { field: "sites", from: [{ name: "Северная", status: "CANDIDATE" }], to: [{ name: "Северная", status: "CHOSEN" }] },
        ],
      },
    ];
    const renderProject = () => renderPanel(() => ({ data: { items: projectEntries, nextCursor: null, total: 1, names: {} } }), "project");
    const row = (item: HTMLElement, label: string) => within(item).getByText(label, { selector: "dt" }).nextElementSibling?.textContent;

    renderProject();
    fireEvent.click(toggle());
    const [ru] = (await screen.findAllByRole("listitem")) as [HTMLElement];
    expect(row(ru, "Стадия")).toBe("было: Строительство→стало: Отменён");
    expect(row(ru, "Площадки")).toBe("было: Северная (Кандидат)→стало: Северная (Выбрана)");
    cleanup();

    await setLanguage("en");
    try {
      queryClient.clear();
      renderProject();
      fireEvent.click(screen.getByRole("button", { name: /Change history/ }));
      const [en] = (await screen.findAllByRole("listitem")) as [HTMLElement];
      expect(row(en, "Stage")).toBe("was: Construction→now: Cancelled");
      expect(row(en, "Sites")).toBe("was: Северная (Candidate)→now: Северная (Chosen)");
    } finally {
      await setLanguage("ru");
    }
  });

  it("says so when there is nothing yet", async () => {
    renderPanel(() => ({ data: { items: [], nextCursor: null, total: 0, names: {} } }));
    fireEvent.click(toggle());
    expect(await screen.findByText("Изменений пока нет.")).toBeTruthy();
  });

  it("shows an error with a retry that loads again", async () => {
    const server = renderPanel((_input, n) =>
      n === 1
        ? { error: { code: "BAD_REQUEST", httpStatus: 400, key: "request.badRequest" } }
        : { data: { items: entries.slice(2), nextCursor: null, total: 1, names } },
    );
    fireEvent.click(toggle());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Не удалось загрузить историю изменений.");
    fireEvent.click(within(alert).getByRole("button", { name: "Повторить" }));
    expect(await screen.findByText("Создание")).toBeTruthy();
    expect(server.callsTo("history.byRecord").length).toBeGreaterThanOrEqual(2);
  });

  it("loads the next page on «Показать ещё»", async () => {
    const server = renderPanel((input) =>
      (input as { cursor?: string | null }).cursor === "e2"
        ? { data: { items: entries.slice(2), nextCursor: null, total: 3, names } }
        : { data: { items: entries.slice(0, 2), nextCursor: "e2", total: 3, names: {} } },
    );
    fireEvent.click(toggle());
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(2));
    expect(screen.getByText("Показано 2 из 3")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Показать ещё" }));
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(3));
    expect(server.callsTo("history.byRecord").at(-1)!.input).toMatchObject({ cursor: "e2" });
    expect(screen.queryByRole("button", { name: "Показать ещё" })).toBeNull();
  });
});

describe("DeletedBanner", () => {
  const deletedAt = "2026-11-20T12:00:00.000Z";
  const AGREEMENT = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

  function renderBanner(
    role: "VIEWER" | "ADMIN",
    props: { entity: "meeting" | "agreement"; id: string; version?: number },
    handlers: Record<string, FakeHandler> = {},
  ) {
    const server = fakeServer({ "auth.me": signedIn(role), ...handlers });
    const onRestored = vi.fn();
    render(
      <QueryClientProvider client={queryClient}>
        <DeletedBanner {...props} deletedAt={deletedAt} onRestored={onRestored} />
        <Toaster />
      </QueryClientProvider>,
    );
    return { server, onRestored };
  }

  it("tells a viewer the record is deleted, with no restore button", async () => {
    const { server } = renderBanner("VIEWER", { entity: "meeting", id: MEETING });
    expect(await screen.findByText(`Запись удалена ${dateTime(new Date(deletedAt))}`)).toBeTruthy();
    // The session is known (a viewer), not merely still loading.
    await waitFor(() => expect(queryClient.getQueryData(sessionQueryOptions().queryKey)).toMatchObject({ role: "VIEWER" }));
    expect(server.callsTo("auth.me").length).toBeGreaterThan(0);
    expect(screen.getByText("Она скрыта из реестров и сводок. Восстановить её может администратор.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Восстановить" })).toBeNull();
  });

  it("lets an administrator restore a meeting with the version it was deleted at", async () => {
    const { server, onRestored } = renderBanner(
      "ADMIN",
      { entity: "meeting", id: MEETING },
      {
        "history.deleted": () => ({
          data: { items: [{ entity: "meeting", id: MEETING, title: "Встреча", version: 3, deletedAt, deletedBy: null }], nextCursor: null, total: 1 },
        }),
        "meeting.restore": () => ({ data: { id: MEETING } }),
      },
    );
    const button = await screen.findByRole("button", { name: "Восстановить" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(server.callsTo("meeting.restore").map((c) => c.input)).toEqual([{ id: MEETING, version: 3 }]);
    expect(await screen.findByText("Запись восстановлена.")).toBeTruthy();
  });

  it("looks up the version an agreement needs, and shows a conflict next to the button", async () => {
    const { server, onRestored } = renderBanner(
      "ADMIN",
      { entity: "agreement", id: AGREEMENT },
      {
        "history.deleted": () => ({
          data: { items: [{ entity: "agreement", id: AGREEMENT, title: "Соглашение", version: 4, deletedAt, deletedBy: null }], nextCursor: null, total: 1 },
        }),
        "agreement.restore": () => ({
          error: { code: "CONFLICT", httpStatus: 409, key: "record.versionMismatch", params: { record: "agreement", current: 5, expected: 4 } },
        }),
      },
    );
    const button = await screen.findByRole("button", { name: "Восстановить" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(server.callsTo("history.deleted")[0]!.input).toMatchObject({ entity: "agreement", id: AGREEMENT, limit: 1 });
    fireEvent.click(button);
    expect((await screen.findByText("Запись уже восстановлена или изменена другим пользователем.")).getAttribute("role")).toBe("alert");
    expect(server.callsTo("agreement.restore").map((c) => c.input)).toEqual([{ id: AGREEMENT, version: 4 }]);
    expect(onRestored).not.toHaveBeenCalled();
  });
});
