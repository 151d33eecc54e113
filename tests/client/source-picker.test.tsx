// @vitest-environment jsdom
// The sources picker (meeting, agreement and event forms): one address is one source.
// Given an address that is already stored, it offers the existing source and picks it
// instead of creating a second: while the address is typed in «Добавить источник»
// (source.find by url), when it is pasted into the search box, and when the server
// answers create with CONFLICT and the existing source.
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { QueryClientProvider } from "../../client/node_modules/@tanstack/react-query/build/modern/index.js";
import type { TSourceRef } from "@atlas/shared/source";
import { queryClient } from "../../client/src/lib/trpc.ts";
import { SourcePicker } from "../../client/src/ui/source-picker.tsx";
import { fakeServer, signedIn } from "./support/fake-server.ts";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const existing: TSourceRef = {
  id: "5b1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e04",
  title: "Посол Казахстана посетил Вологодскую область",
  url: "https://vologda-oblast.ru/news/ambassador-kz",
  outlet: "Правительство Вологодской области",
  kind: "PRESS_RELEASE",
  publishedAt: "2024-11-13",
  publishedPrecision: "DAY",
};

function Harness({ initial = [] }: { initial?: TSourceRef[] }) {
  const [value, setValue] = useState<TSourceRef[]>(initial);
  return (
    <QueryClientProvider client={queryClient}>
      <SourcePicker value={value} onChange={setValue} />
      <output data-testid="picked">{value.map((s) => s.id).join(",")}</output>
    </QueryClientProvider>
  );
}

const picked = () => screen.getByTestId("picked").textContent;
const byUrl = (input: unknown) => (input as { url?: string }).url;

describe("SourcePicker", () => {
  it("offers the stored source for an address typed in «Добавить источник» and picks it instead of creating one", async () => {
    const server = fakeServer({
      "auth.me": signedIn("EDITOR"),
      // The server compares URL keys: www., a trailing slash and utm_ parameters do not make another address.
      "source.find": (input) => ({ data: { items: byUrl(input)?.includes("vologda-oblast.ru/news/ambassador-kz") ? [existing] : [] } }),
      "source.create": () => ({ data: { ...existing, id: "00000000-0000-4000-8000-00000000dead" } }),
    });
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Добавить источник" }));
    const form = screen.getByRole("group", { name: "Новый источник" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Адрес публикации/ }), {
      target: { value: "https://www.vologda-oblast.ru/news/ambassador-kz/?utm_source=telegram" },
    });
    const offer = await screen.findByText("Этот адрес уже есть: «Посол Казахстана посетил Вологодскую область» — выбрать его?");
    expect(server.callsTo("source.find").map((c) => byUrl(c.input))).toContain("https://www.vologda-oblast.ru/news/ambassador-kz/?utm_source=telegram");
    fireEvent.click(within(offer.closest(".alert") as HTMLElement).getByRole("button", { name: "Выбрать его" }));

    expect(picked()).toBe(existing.id);
    expect(server.callsTo("source.create")).toHaveLength(0);
    // The chosen source is listed with its title as a link, its outlet and its date.
    const link = screen.getByRole("link", { name: existing.title });
    expect(link.getAttribute("href")).toBe(existing.url);
    expect(screen.getByText(/Правительство Вологодской области · 13 ноября 2024/)).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Новый источник" })).toBeNull();
  });

  it("finds the stored source when its address is pasted into the search box", async () => {
    const server = fakeServer({
      "auth.me": signedIn("EDITOR"),
      "source.find": (input) => ({ data: { items: byUrl(input) ? [existing] : [] } }),
    });
    render(<Harness />);
    const box = screen.getByRole("combobox", { name: /Найти источник/ });
    fireEvent.change(box, { target: { value: "https://vologda-oblast.ru/news/ambassador-kz/" } });
    const option = await screen.findByRole("option", { name: new RegExp(existing.title) });
    fireEvent.click(option);
    expect(picked()).toBe(existing.id);
    // An address is looked up by its key, not as words.
    expect(server.callsTo("source.find").some((c) => byUrl(c.input) === "https://vologda-oblast.ru/news/ambassador-kz/")).toBe(true);
  });

  it("takes the existing source from the server's CONFLICT when create is refused", async () => {
    const server = fakeServer({
      "auth.me": signedIn("EDITOR"),
      // Not found while typing (say, saved by a colleague a moment ago)…
      "source.find": () => ({ data: { items: [] } }),
      // …but the server has it when the new source is saved.
      "source.create": () => ({
        error: {
          code: "CONFLICT",
          httpStatus: 409,
          key: "source.duplicateUrl",
          params: { title: existing.title },
          fieldErrors: { url: [{ key: "source.duplicateUrl", params: { title: existing.title } }] },
          current: existing,
        },
      }),
    });
    render(<Harness />);
    fireEvent.click(screen.getByRole("button", { name: "Добавить источник" }));
    const form = screen.getByRole("group", { name: "Новый источник" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Адрес публикации/ }), { target: { value: "https://vologda-oblast.ru/news/ambassador-kz" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Название/ }), { target: { value: "Визит посла" } });
    await act(async () => {
      fireEvent.click(within(form).getByRole("button", { name: "Сохранить источник" }));
    });
    await waitFor(() => expect(server.callsTo("source.create")).toHaveLength(1));
    const offer = await screen.findByText(/Этот адрес уже есть: «Посол Казахстана посетил Вологодскую область»/);
    fireEvent.click(within(offer.closest(".alert") as HTMLElement).getByRole("button", { name: "Выбрать его" }));
    expect(picked()).toBe(existing.id);
  });

  it("creates a new source when the address is new, and removes a chosen one", async () => {
    const created: TSourceRef = {
      ...existing,
      id: "6c2d3e9f-6c8b-4d2f-8e7a-3b9c5d7e9f05",
      title: "ТАСС: посол в Вологде",
      url: "https://tass.ru/x/1",
      outlet: "ТАСС",
    };
    const server = fakeServer({
      "auth.me": signedIn("EDITOR"),
      "source.find": () => ({ data: { items: [] } }),
      "source.create": () => ({ data: created }),
    });
    render(<Harness initial={[existing]} />);
    fireEvent.click(screen.getByRole("button", { name: "Добавить источник" }));
    const form = screen.getByRole("group", { name: "Новый источник" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Адрес публикации/ }), { target: { value: "https://tass.ru/x/1" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Название/ }), { target: { value: "ТАСС: посол в Вологде" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Издание/ }), { target: { value: "ТАСС" } });
    await act(async () => {
      fireEvent.click(within(form).getByRole("button", { name: "Сохранить источник" }));
    });
    await waitFor(() => expect(picked()).toBe(`${existing.id},${created.id}`));
    expect(server.callsTo("source.create")[0]?.input).toMatchObject({ title: "ТАСС: посол в Вологде", url: "https://tass.ru/x/1", outlet: "ТАСС" });
    fireEvent.click(screen.getByRole("button", { name: `Убрать источник «${existing.title}»` }));
    expect(picked()).toBe(created.id);
  });
});
