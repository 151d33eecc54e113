// @vitest-environment jsdom
// A list's total beside its title and under its rows (entities/list-page/list-results.tsx):
// exact, or «более 10 000» when the server stopped counting at its bound (issue 16).
import { afterEach, describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { LIST_COUNT_BOUND, SEARCH_COUNT_BOUND } from "@atlas/shared/common";
import { i18n, setLanguage } from "../../client/src/lib/i18n.ts";
import { ListTotal } from "../../client/src/entities/list-page/list-results.tsx";
import { countedTotal, useShownText, type CountedTotal } from "../../client/src/lib/list-total.ts";
import { useFoundInTabText } from "../../client/src/features/events/components/events-page.tsx";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();
afterEach(async () => {
  await setLanguage("ru");
  localStorage.clear();
});

function Totals({ total }: { total: CountedTotal }) {
  const shownText = useShownText();
  return (
    <div>
      <ListTotal total={total} label={(count, formatted) => i18n.t("meetings.total", { count, formatted })} />
      <p data-testid="shown">{shownText(50, total)}</p>
    </div>
  );
}

const atBound = countedTotal({ total: LIST_COUNT_BOUND, totalIsLowerBound: true });
// Intl puts a narrow no-break space between thousands in Russian.
const text = (s: string | null) => (s ?? "").replace(/\s/g, " ");

describe("a list's total", () => {
  it("is written exactly when the server counted every row", () => {
    render(<Totals total={countedTotal({ total: 1234, totalIsLowerBound: false })} />);
    expect(text(screen.getByText(/встреч/).textContent)).toBe("1 234 встречи");
    expect(text(screen.getByTestId("shown").textContent)).toBe("Показано 50 из 1 234");
  });

  it("says «более 10 000» when the server stopped counting at its bound", () => {
    render(<Totals total={atBound} />);
    expect(text(screen.getByText(/встреч/).textContent)).toBe("более 10 000 встреч");
    expect(text(screen.getByTestId("shown").textContent)).toBe("Показано 50 из более чем 10 000");
  });

  it("says «более 1 000» when a search stopped counting at its lower bound", () => {
    render(<Totals total={countedTotal({ total: SEARCH_COUNT_BOUND, totalIsLowerBound: true })} />);
    expect(text(screen.getByText(/встреч/).textContent)).toBe("более 1 000 встреч");
    expect(text(screen.getByTestId("shown").textContent)).toBe("Показано 50 из более чем 1 000");
  });

  it("says “more than 10,000” in English", async () => {
    await setLanguage("en");
    render(<Totals total={atBound} />);
    expect(screen.getByText(/meetings/).textContent).toBe("more than 10,000 meetings");
    expect(screen.getByTestId("shown").textContent).toBe("Showing 50 of more than 10,000");
  });

  it("says on the events page how many a search found in another tab, also past the bound", () => {
    function Found({ total }: { total: CountedTotal }) {
      return <p data-testid="found">{useFoundInTabText()("Прошедшие", total)}</p>;
    }
    const { rerender } = render(<Found total={countedTotal({ total: 1234, totalIsLowerBound: false })} />);
    expect(text(screen.getByTestId("found").textContent)).toBe("Поиск нашёл 1 234 мероприятия во вкладке «Прошедшие».");
    rerender(<Found total={atBound} />);
    expect(text(screen.getByTestId("found").textContent)).toBe("Поиск нашёл более 10 000 мероприятий во вкладке «Прошедшие».");
  });
});
