// @vitest-environment jsdom
// The partner form inside the real app: the shared schema checks input before it is
// sent, the server's fieldErrors appear under the fields they name, and a conflict
// (or leaving the page) never loses what was typed.
import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { emptyPage, fakeServer, signedIn, type FakeHandler } from "./support/fake-server.ts";
import { describedText, useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const KZ = "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e01";
const ALMATY = "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e02";

const kazakhstan = {
  id: KZ,
  name: "Республика Казахстан",
  nameEn: "Republic of Kazakhstan",
  level: "COUNTRY",
  parentId: null,
  isoCode: "KZ",
  latitude: 48,
  longitude: 67,
  isHome: false,
  version: 3,
  updatedAt: "2026-11-20T10:00:00.000Z",
  createdAt: "2026-11-01T10:00:00.000Z",
  parent: null,
  boundary: null,
  notes: "Посольство в Москве",
  children: [{ id: ALMATY, name: "Алматинская область", level: "REGION" }],
};

const common: Record<string, FakeHandler> = {
  "auth.me": signedIn("EDITOR"),
  "sector.list": emptyPage,
  "partner.list": () => ({ data: { items: [{ ...kazakhstan, children: undefined }], nextCursor: null, total: 1 } }),
};

const nameField = () => screen.getByRole("textbox", { name: /^Название\s*\*/ });

describe("partner form", () => {
  it("checks input with the shared schema before anything is sent", async () => {
    const server = fakeServer(common);
    render(<App router={buildRouter({ url: "/partners/new" })} />);
    fireEvent.click(await screen.findByRole("button", { name: "Добавить партнёра" }));

    await waitFor(() => expect(nameField().getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(nameField())).toContain("Заполните поле");
    expect(describedText(screen.getByRole("combobox", { name: /^Уровень/ }))).not.toBe("");
    expect(screen.getByText("Проверьте выделенные поля.")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Широта" }), { target: { value: "сорок" } });
    fireEvent.click(screen.getByRole("button", { name: "Добавить партнёра" }));
    await waitFor(() => expect(describedText(screen.getByRole("textbox", { name: "Широта" }))).toContain("Введите число"));
    expect(server.callsTo("partner.create")).toHaveLength(0);
  });

  it("shows the server's field errors next to the fields and keeps what was typed", async () => {
    const server = fakeServer({
      ...common,
      "partner.create": () => ({
        error: { code: "BAD_REQUEST", httpStatus: 400, key: "partner.countryIsoCode", fieldErrors: { isoCode: [{ key: "partner.countryIsoCode" }] } },
      }),
    });
    render(<App router={buildRouter({ url: "/partners/new" })} />);
    await screen.findByRole("button", { name: "Добавить партнёра" });
    fireEvent.change(nameField(), { target: { value: "Республика Тест" } });
    fireEvent.change(screen.getByRole("combobox", { name: /^Уровень/ }), { target: { value: "COUNTRY" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Код ISO/ }), { target: { value: "kz-19" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Широта" }), { target: { value: "43,25" } });
    fireEvent.click(screen.getByRole("button", { name: "Добавить партнёра" }));

    const iso = screen.getByRole("textbox", { name: /Код ISO/ });
    await waitFor(() => expect(iso.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(iso)).toContain("Для страны код ISO из двух букв (KZ)");
    expect(screen.getByText("Проверьте выделенные поля.")).toBeTruthy();
    // The request carried the typed values as the API expects them (43,25 → 43.25).
    expect(server.callsTo("partner.create")[0]?.input).toMatchObject({ name: "Республика Тест", level: "COUNTRY", isoCode: "KZ-19", latitude: 43.25 });
    expect((nameField() as HTMLInputElement).value).toBe("Республика Тест");
    expect((iso as HTMLInputElement).value).toBe("kz-19");
  });

  it("sends the other names (aliases): added with Enter or «Добавить», removed with ×, a typed one on save; the server's message names the alias", async () => {
    const server = fakeServer({
      ...common,
      "partner.create": () => ({
        error: {
          code: "BAD_REQUEST",
          httpStatus: 400,
          key: "request.checkFields",
          fieldErrors: { "aliases.1": [{ key: "validation.tooLong", params: { maximum: 200 } }] },
        },
      }),
    });
    render(<App router={buildRouter({ url: "/partners/new" })} />);
    await screen.findByRole("button", { name: "Добавить партнёра" });
    fireEvent.change(nameField(), { target: { value: "Китайская Народная Республика" } });
    fireEvent.change(screen.getByRole("combobox", { name: /^Уровень/ }), { target: { value: "COUNTRY" } });

    const alias = screen.getByRole("textbox", { name: "Другие названия" });
    expect(describedText(alias)).toContain("КНР, Белоруссия, Алма-Ата");
    fireEvent.change(alias, { target: { value: "  КНР " } });
    fireEvent.keyDown(alias, { key: "Enter" });
    fireEvent.change(alias, { target: { value: "Поднебесная" } });
    fireEvent.click(screen.getByRole("button", { name: "Добавить" }));
    fireEvent.change(alias, { target: { value: "Китай" } });
    fireEvent.keyDown(alias, { key: "Enter" });
    // A repeat is not added twice, and says why.
    fireEvent.change(alias, { target: { value: "кнр" } });
    fireEvent.keyDown(alias, { key: "Enter" });
    expect(describedText(alias)).toContain("«кнр» уже есть в списке.");
    // Enter in the box never submitted the form.
    expect(server.callsTo("partner.create")).toHaveLength(0);

    const chips = screen.getByRole("list", { name: "Другие названия партнёра" });
    expect(
      within(chips)
        .getAllByRole("listitem")
        .map((li) => li.firstChild?.textContent),
    ).toEqual(["КНР", "Поднебесная", "Китай"]);
    fireEvent.click(within(chips).getByRole("button", { name: "Убрать «Поднебесная»" }));
    expect(
      within(chips)
        .getAllByRole("listitem")
        .map((li) => li.firstChild?.textContent),
    ).toEqual(["КНР", "Китай"]);

    // Typed but not added: saved all the same.
    fireEvent.change(alias, { target: { value: "Чжунго" } });
    fireEvent.click(screen.getByRole("button", { name: "Добавить партнёра" }));
    await waitFor(() => expect(server.callsTo("partner.create")).toHaveLength(1));
    expect(server.callsTo("partner.create")[0]?.input).toMatchObject({
      name: "Китайская Народная Республика",
      level: "COUNTRY",
      aliases: ["КНР", "Китай", "Чжунго"],
    });

    // The server's message for aliases.1 is shown next to the field, naming that alias.
    await waitFor(() => expect(alias.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(alias)).toContain("«Китай»: Не длиннее 200 символов");
    expect(screen.getByText("Проверьте выделенные поля.")).toBeTruthy();
  });

  it("maps an update's data.* field errors onto the form's fields", async () => {
    fakeServer({
      ...common,
      "partner.byId": () => ({ data: kazakhstan }),
      "partner.update": () => ({
        error: { code: "BAD_REQUEST", httpStatus: 400, key: "partner.childAsParent", fieldErrors: { "data.parentId": [{ key: "partner.childAsParent" }] } },
      }),
    });
    render(<App router={buildRouter({ url: `/partners/${KZ}/edit` })} />);
    fireEvent.change(await screen.findByRole("textbox", { name: "Заметки" }), { target: { value: "новая заметка" } });
    fireEvent.click(screen.getByRole("button", { name: "Сохранить изменения" }));
    await waitFor(() => expect(describedText(screen.getByRole("combobox", { name: /^Входит в/ }))).toContain("Нельзя подчинить партнёра его же дочернему"));
  });

  it("on a conflict keeps the typed values and re-applies them on the current version", async () => {
    const theirs = { ...kazakhstan, version: 4, name: "Республика Казахстан (обновлено)", notes: "их правка" };
    const server = fakeServer({
      ...common,
      "partner.byId": (_input, n) => ({ data: n === 1 ? kazakhstan : theirs }),
      "partner.update": (_input, n) =>
        n === 1
          ? { error: { code: "CONFLICT", httpStatus: 409, key: "record.versionMismatch", params: { record: "partner", current: 4, expected: 3 } } }
          : { data: { ...theirs, version: 5, notes: "моя правка" } },
    });
    const router = buildRouter({ url: `/partners/${KZ}/edit` });
    render(<App router={router} />);
    const notes = await screen.findByRole("textbox", { name: "Заметки" });
    fireEvent.change(notes, { target: { value: "моя правка" } });
    fireEvent.click(screen.getByRole("button", { name: "Сохранить изменения" }));

    const alert = (await screen.findByText("Запись изменил другой пользователь")).closest(".alert") as HTMLElement;
    expect((notes as HTMLTextAreaElement).value).toBe("моя правка");
    fireEvent.click(within(alert).getByRole("button", { name: /Загрузить актуальную версию/ }));

    // Their name change arrives, my note stays, and their note is shown under mine.
    await waitFor(() => expect((nameField() as HTMLInputElement).value).toBe("Республика Казахстан (обновлено)"));
    const notesAfter = screen.getByRole("textbox", { name: "Заметки" }) as HTMLTextAreaElement;
    expect(notesAfter.value).toBe("моя правка");
    expect(describedText(notesAfter)).toContain("У другого пользователя: их правка");

    fireEvent.click(screen.getByRole("button", { name: "Сохранить изменения" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/partners/${KZ}`));
    const updates = server.callsTo("partner.update");
    expect(updates[0]?.input).toMatchObject({ id: KZ, version: 3, data: { notes: "моя правка" } });
    expect(updates[1]?.input).toMatchObject({ id: KZ, version: 4, data: { notes: "моя правка", name: "Республика Казахстан (обновлено)" } });
  });

  it("keeps an unsaved draft when the page is left and offers it back", async () => {
    fakeServer({ ...common, "partner.byId": () => ({ data: kazakhstan }) });
    const first = render(<App router={buildRouter({ url: `/partners/${KZ}/edit` })} />);
    fireEvent.change(await screen.findByRole("textbox", { name: "Заметки" }), { target: { value: "не успел сохранить" } });
    first.unmount();

    render(<App router={buildRouter({ url: `/partners/${KZ}/edit` })} />);
    expect(((await screen.findByRole("textbox", { name: "Заметки" })) as HTMLTextAreaElement).value).toBe("не успел сохранить");
    expect(screen.getByText("Восстановлен несохранённый черновик этой формы.")).toBeTruthy();
  });
});
