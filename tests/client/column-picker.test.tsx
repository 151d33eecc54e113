// @vitest-environment jsdom
// The column picker (ui/column-picker.tsx): the user hides and shows table columns, the
// choice survives a remount (localStorage), and the table never ends up with no column.
import { beforeEach, describe, expect, it } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useColumnVisibility } from "../../client/src/ui/column-picker.tsx";
import { Table, type Column } from "../../client/src/ui/table.tsx";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();
beforeEach(() => localStorage.clear());

type Row = { id: string; name: string; level: string; iso: string; notes: string };
const rows: Row[] = [{ id: "1", name: "Республика Казахстан", level: "Страна", iso: "KZ", notes: "Посол в Вологде" }];

const partnerColumns: Array<Column<Row>> = [
  { key: "name", header: "Название", primary: true, hideable: false, cell: (r) => r.name },
  { key: "level", header: "Уровень", cell: (r) => r.level },
  { key: "iso", header: "Код ISO", cell: (r) => r.iso },
  { key: "notes", header: "Примечания", defaultHidden: true, cell: (r) => r.notes },
];

function Demo({ tableId, columns }: { tableId: string; columns: Array<Column<Row>> }) {
  const { visible, picker } = useColumnVisibility(tableId, columns);
  return (
    <div>
      {picker}
      <Table caption="Партнёры" columns={visible} rows={rows} rowKey={(r) => r.id} />
    </div>
  );
}

const headers = () => screen.getAllByRole("columnheader").map((th) => th.textContent);
const pickerButton = () => screen.getByRole("button", { name: /Столбцы/ });
const panel = () => screen.getByRole("group", { name: "Показывать столбцы" });

describe("useColumnVisibility", () => {
  it("hides a column, keeps the choice after a remount, and lists only the columns that can be hidden", () => {
    const first = render(<Demo tableId="partners" columns={partnerColumns} />);
    expect(headers()).toEqual(["Название", "Уровень", "Код ISO"]);
    expect(pickerButton().getAttribute("aria-expanded")).toBe("false");

    fireEvent.click(pickerButton());
    expect(pickerButton().getAttribute("aria-expanded")).toBe("true");
    const boxes = within(panel()).getAllByRole("checkbox");
    // "Название" cannot be hidden, so it is not offered.
    expect(boxes.map((b) => b.closest("label")?.textContent)).toEqual(["Уровень", "Код ISO", "Примечания"]);
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, false]);
    // Keyboard users land in the panel.
    expect(document.activeElement).toBe(boxes[0]);

    fireEvent.click(within(panel()).getByRole("checkbox", { name: "Код ISO" }));
    expect(headers()).toEqual(["Название", "Уровень"]);
    expect(screen.queryByText("KZ")).toBeNull();
    expect(JSON.parse(localStorage.getItem("atlas.columns.partners") ?? "null")).toEqual({ iso: false });
    // The button tells how many columns are hidden.
    expect(pickerButton().textContent).toContain("−2");
    expect(screen.getByRole("button", { name: "Столбцы, скрыто 2 столбца" })).toBe(pickerButton());

    // A column hidden by default can be shown.
    fireEvent.click(within(panel()).getByRole("checkbox", { name: "Примечания" }));
    expect(headers()).toEqual(["Название", "Уровень", "Примечания"]);
    expect(screen.getByText("Посол в Вологде")).toBeTruthy();

    // Escape closes the panel and gives focus back to the button.
    fireEvent.keyDown(within(panel()).getByRole("checkbox", { name: "Уровень" }), { key: "Escape" });
    expect(screen.queryByRole("group", { name: "Показывать столбцы" })).toBeNull();
    expect(document.activeElement).toBe(pickerButton());

    first.unmount();
    render(<Demo tableId="partners" columns={partnerColumns} />);
    expect(headers()).toEqual(["Название", "Уровень", "Примечания"]);

    // Another table keeps its own choice.
    render(<Demo tableId="other" columns={partnerColumns} />);
    const [, other] = screen.getAllByRole("table");
    expect(
      within(other!)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Название", "Уровень", "Код ISO"]);
  });

  it("never hides the last visible column", () => {
    const twoColumns: Array<Column<Row>> = [
      { key: "name", header: "Название", cell: (r) => r.name },
      { key: "iso", header: "Код ISO", cell: (r) => r.iso },
    ];
    render(<Demo tableId="two" columns={twoColumns} />);
    fireEvent.click(pickerButton());
    fireEvent.click(within(panel()).getByRole("checkbox", { name: "Название" }));
    expect(headers()).toEqual(["Код ISO"]);

    const last = within(panel()).getByRole("checkbox", { name: "Код ISO" }) as HTMLInputElement;
    expect(last.checked).toBe(true);
    expect(last.disabled).toBe(true);
    expect(document.getElementById(last.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Хотя бы один столбец должен остаться.");
    fireEvent.click(last);
    expect(headers()).toEqual(["Код ISO"]);

    // Reset brings back the defaults and forgets the stored choice.
    fireEvent.click(within(panel()).getByRole("button", { name: "Как было" }));
    expect(headers()).toEqual(["Название", "Код ISO"]);
    expect(localStorage.getItem("atlas.columns.two")).toBeNull();
  });

  it("ignores a stored choice that would hide everything, and closes when focus or a click leaves", () => {
    localStorage.setItem("atlas.columns.broken", JSON.stringify({ name: false, iso: false }));
    const cols: Array<Column<Row>> = [
      { key: "name", header: "Название", cell: (r) => r.name },
      { key: "iso", header: "Код ISO", cell: (r) => r.iso },
    ];
    render(
      <>
        <Demo tableId="broken" columns={cols} />
        <button type="button">Снаружи</button>
      </>,
    );
    expect(headers()).toEqual(["Название"]);

    fireEvent.click(pickerButton());
    expect(panel()).toBeTruthy();
    act(() => {
      fireEvent.mouseDown(screen.getByRole("button", { name: "Снаружи" }));
    });
    expect(screen.queryByRole("group", { name: "Показывать столбцы" })).toBeNull();

    // Garbage in storage falls back to the defaults.
    localStorage.setItem("atlas.columns.garbage", "{not json");
    render(<Demo tableId="garbage" columns={cols} />);
    const [, garbage] = screen.getAllByRole("table");
    expect(
      within(garbage!)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Название", "Код ISO"]);
  });
});
