// @vitest-environment jsdom
// The type-ahead of the meeting form (ARIA combobox): typing filters, the first match
// is active, arrows move, Enter picks (also when pressed before the matches arrived),
// Escape closes, Backspace removes the last pick; "add new" creates from the typed text.
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { EntityPicker, type EntityOption, type OptionsResult } from "../../client/src/ui/entity-picker.tsx";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const sectors: EntityOption[] = [
  { id: "s1", label: "Лесная промышленность" },
  { id: "s2", label: "Сельское хозяйство и продовольствие" },
  { id: "s3", label: "Туризм" },
  { id: "s4", label: "Торговля" },
];

function useLocal(query: string): OptionsResult {
  const q = query.toLowerCase();
  return { options: sectors.filter((s) => s.label.toLowerCase().includes(q)), loading: false, failed: false };
}

function Harness({ openOnFocus = false, onCreate }: { openOnFocus?: boolean; onCreate?: (text: string) => void }) {
  const [selected, setSelected] = useState<EntityOption[]>([]);
  return (
    <>
      <EntityPicker
        label="Отрасли"
        name="sectorIds"
        selected={selected}
        onChange={setSelected}
        useOptions={useLocal}
        openOnFocus={openOnFocus}
        onCreate={onCreate}
        createLabel={(text) => `Добавить «${text}»`}
        debounceMs={20}
      />
      <output data-testid="picked">{selected.map((s) => s.id).join(",")}</output>
    </>
  );
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
const picked = () => screen.getByTestId("picked").textContent;

describe("EntityPicker", () => {
  it("picks with Enter, moves with the arrows, removes with Backspace", async () => {
    render(<Harness openOnFocus />);
    const input = screen.getByRole("combobox", { name: /Отрасли/ });
    fireEvent.focus(input);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    // Enter straight after typing, before the debounced filter has run.
    fireEvent.change(input, { target: { value: "лесн" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await wait(60);
    expect(picked()).toBe("s1");
    expect((input as HTMLInputElement).value).toBe("");

    fireEvent.change(input, { target: { value: "т" } });
    await wait(60);
    const options = screen.getAllByRole("option");
    // "Лесная промышленность" is picked already and is not offered again.
    expect(options.map((o) => o.textContent)).toEqual(["Сельское хозяйство и продовольствие", "Туризм", "Торговля"]);
    expect(options[0]!.getAttribute("aria-selected")).toBe("true");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0]!.id);
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    // The last option stays active: the arrows do not wrap around.
    expect(screen.getAllByRole("option")[2]!.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(picked()).toBe("s1,s4");

    fireEvent.keyDown(input, { key: "Backspace" });
    expect(picked()).toBe("s1");
    fireEvent.keyDown(input, { key: "Escape" });
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("offers to create a record from the typed text", async () => {
    const onCreate = vi.fn();
    render(<Harness onCreate={onCreate} />);
    const input = screen.getByRole("combobox", { name: /Отрасли/ });
    fireEvent.change(input, { target: { value: "Космос" } });
    await wait(60);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Добавить «Космос»"]);
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onCreate).toHaveBeenCalledWith("Космос");
    expect(picked()).toBe("");
  });
});
