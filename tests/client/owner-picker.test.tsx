// @vitest-environment jsdom
// The owner of a follow-up (issue 15, item 8): a type-ahead over the colleagues from the
// user directory. The box shows the chosen name; typing filters by name or role, Enter
// picks the first match, leaving the box keeps the choice, «Не назначен» clears it.
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { OwnerPicker, type OwnerOption } from "../../client/src/features/meetings/components/owner-picker.tsx";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const owners: OwnerOption[] = [
  { id: "me", name: "Я (Демо: редактор)", role: "EDITOR" },
  { id: "u-analyst", name: "Мария Аналитикова", role: "ANALYST" },
  { id: "u-admin", name: "Пётр Админов", role: "ADMIN" },
];

function Harness() {
  const [ownerId, setOwnerId] = useState("me");
  return (
    <>
      <label htmlFor="owner">Ответственный</label>
      <OwnerPicker id="owner" value={ownerId} onChange={setOwnerId} owners={owners} />
      <output data-testid="owner">{ownerId || "nobody"}</output>
    </>
  );
}

const box = () => screen.getByRole("combobox", { name: "Ответственный" }) as HTMLInputElement;
const options = () => screen.queryAllByRole("option").map((o) => o.textContent);

describe("OwnerPicker", () => {
  it("shows the chosen colleague and lists everyone, «not assigned» first, on a click", () => {
    render(<Harness />);
    expect(box().value).toBe("Я (Демо: редактор)");
    expect(options()).toEqual([]);
    fireEvent.click(box());
    expect(options()).toEqual(["Не назначен", "Я (Демо: редактор)Редактор", "Мария АналитиковаАналитик", "Пётр АдминовАдминистратор"]);
  });

  it("filters by name or role as one types, and Enter picks the first match", () => {
    render(<Harness />);
    fireEvent.change(box(), { target: { value: "админ" } });
    expect(options()).toEqual(["Пётр АдминовАдминистратор"]);
    fireEvent.keyDown(box(), { key: "Enter" });
    expect(screen.getByTestId("owner").textContent).toBe("u-admin");
    expect(box().value).toBe("Пётр Админов");
    fireEvent.change(box(), { target: { value: "аналитик" } });
    fireEvent.keyDown(box(), { key: "ArrowDown" });
    fireEvent.keyDown(box(), { key: "Enter" });
    expect(screen.getByTestId("owner").textContent).toBe("u-analyst");
  });

  it("keeps the choice when the box is left with half-typed text, and clears it with «Не назначен»", () => {
    render(<Harness />);
    fireEvent.change(box(), { target: { value: "Пёт" } });
    fireEvent.blur(box());
    expect(screen.getByTestId("owner").textContent).toBe("me");
    expect(box().value).toBe("Я (Демо: редактор)");
    fireEvent.click(box());
    fireEvent.click(screen.getByRole("option", { name: "Не назначен" }));
    expect(screen.getByTestId("owner").textContent).toBe("nobody");
    expect(box().value).toBe("");
    expect(box().placeholder).toBe("Не назначен");
  });

  it("says when nobody matches", () => {
    render(<Harness />);
    fireEvent.change(box(), { target: { value: "Никто Такой" } });
    expect(options()).toEqual([]);
    expect(screen.getByText("Ничего не найдено")).toBeTruthy();
  });
});
