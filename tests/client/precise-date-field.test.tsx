// @vitest-environment jsdom
// Date input the same for every browser language (client/src/ui/day-field.tsx,
// precise-date-field.tsx): дд.мм.гггг typed is read day first and becomes a calendar
// day; anything else is shown back with a Russian message and never guessed, so the
// form refuses to send it; a month, quarter or year becomes its period's first day
// with the precision beside it. «Today» is the home region's day from the session.
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { todayIn } from "@atlas/shared/calendar-day";
import { DayField } from "../../client/src/ui/day-field.tsx";
import { PreciseDateField, type PreciseDateValue } from "../../client/src/ui/precise-date-field.tsx";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { emptyPage, fakeServer, signedIn } from "./support/fake-server.ts";
import { describedText, useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const invalidDay = "Введите дату в формате дд.мм.гггг, например 13.11.2024";

/** Holds the field's value as a form would and shows it, so the test reads what the form gets. */
function DayHarness({ initial = null }: { initial?: string | null }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <DayField label="Дата встречи" value={value} onChange={setValue} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

function PreciseHarness({ initial }: { initial: PreciseDateValue }) {
  const [value, setValue] = useState<PreciseDateValue>(initial);
  return (
    <>
      <PreciseDateField label="Дата форума" value={value} onChange={setValue} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

const shown = () => JSON.parse(screen.getByTestId("value").textContent ?? "null");

describe("DayField", () => {
  it("reads 12.11.2024 as 12 November 2024, whatever the browser's language", () => {
    render(<DayHarness />);
    const input = screen.getByRole("textbox", { name: "Дата встречи" });
    fireEvent.change(input, { target: { value: "12.11.2024" } });
    expect(shown()).toBe("2024-11-12");
    fireEvent.blur(input);
    expect((input as HTMLInputElement).value).toBe("12.11.2024");
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });

  it("shows a saved day as дд.мм.гггг and clearing the field gives no date", () => {
    render(<DayHarness initial="2024-06-20" />);
    const input = screen.getByRole("textbox", { name: "Дата встречи" }) as HTMLInputElement;
    expect(input.value).toBe("20.06.2024");
    fireEvent.change(input, { target: { value: "" } });
    expect(shown()).toBeNull();
  });

  it.each(["2024-13-45", "12/31/2024", "11/12/2024", "11-12-2024", "31.02.2025", "2024"])(
    "keeps %s as text and says in Russian how to type a date",
    (typed) => {
      render(<DayHarness />);
      const input = screen.getByRole("textbox", { name: "Дата встречи" });
      fireEvent.change(input, { target: { value: typed } });
      // The form gets the text itself, which no schema takes for a day.
      expect(shown()).toBe(typed);
      fireEvent.blur(input);
      expect(input.getAttribute("aria-invalid")).toBe("true");
      expect(describedText(input)).toContain(invalidDay);
    },
  );
});

describe("PreciseDateField", () => {
  it("turns a month into the month's first day with MONTH beside it", () => {
    render(<PreciseHarness initial={{ day: "2024-12-16", precision: "DAY" }} />);
    fireEvent.change(screen.getByRole("combobox", { name: "Дата форума: Точность даты" }), { target: { value: "MONTH" } });
    // «в декабре»: the day typed before is not kept as if it were known.
    expect(shown()).toEqual({ day: "2024-12-01", precision: "MONTH" });
    fireEvent.change(screen.getByRole("combobox", { name: "Дата форума: Месяц" }), { target: { value: "11" } });
    expect(shown()).toEqual({ day: "2024-11-01", precision: "MONTH" });
    fireEvent.change(screen.getByRole("textbox", { name: "Дата форума: Год" }), { target: { value: "2025" } });
    expect(shown()).toEqual({ day: "2025-11-01", precision: "MONTH" });
  });

  it("gives a quarter's and a year's first day, and an approximate day as typed", () => {
    render(<PreciseHarness initial={{ day: null, precision: "QUARTER" }} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Дата форума: Год" }), { target: { value: "2024" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Дата форума: Квартал" }), { target: { value: "4" } });
    expect(shown()).toEqual({ day: "2024-10-01", precision: "QUARTER" });
    fireEvent.change(screen.getByRole("combobox", { name: "Дата форума: Точность даты" }), { target: { value: "YEAR" } });
    expect(shown()).toEqual({ day: "2024-01-01", precision: "YEAR" });
    fireEvent.change(screen.getByRole("combobox", { name: "Дата форума: Точность даты" }), { target: { value: "APPROXIMATE" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Дата форума: Около/ }), { target: { value: "10.10.2025" } });
    expect(shown()).toEqual({ day: "2025-10-10", precision: "APPROXIMATE" });
  });

  it("keeps a year that is not a year as text and says so", () => {
    render(<PreciseHarness initial={{ day: null, precision: "YEAR" }} />);
    const year = screen.getByRole("textbox", { name: "Дата форума: Год" });
    fireEvent.change(year, { target: { value: "24" } });
    expect(shown()).toEqual({ day: "24", precision: "YEAR" });
    fireEvent.blur(year);
    expect(year.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(year)).toContain("Укажите год четырьмя цифрами, от 1900 до 2100");
  });
});

describe("the meeting form with these fields", () => {
  const handlers = {
    "auth.me": () => ({ data: { ...signedIn("EDITOR")().data, homeTimeZone: "Asia/Kamchatka" } }),
    "sector.list": emptyPage,
    "meeting.list": emptyPage,
  };

  it("starts on the home region's today and refuses to send a date it cannot read", async () => {
    const server = fakeServer(handlers);
    render(<App router={buildRouter({ url: "/meetings/new" })} />);
    const date = (await screen.findByRole("textbox", { name: "Дата" }, { timeout: 15_000 })) as HTMLInputElement;
    // Today in Kamchatka, the session's home zone, whatever zone this process runs in.
    const [y, m, d] = todayIn("Asia/Kamchatka").split("-");
    expect(date.value).toBe(`${d}.${m}.${y}`);

    fireEvent.change(date, { target: { value: "2024-13-45" } });
    fireEvent.click(screen.getByRole("button", { name: "Записать встречу" }));
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(date)).toContain(invalidDay);
    expect(server.callsTo("meeting.create")).toHaveLength(0);
  });
});
