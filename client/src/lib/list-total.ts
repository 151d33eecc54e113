// A list's total as the server counted it (shared ListPage): exact, or, on a large filtered
// list, only known to be more than LIST_COUNT_BOUND, since the server stops counting there
// rather than scan the table (issue 16). Shown as «1 234» or «более 10 000».
import { useTranslation } from "react-i18next";
import { useFormat } from "./format.ts";

/**
 * A list's total as the server counted it: exact, or, on a large filtered list, only known
 * to be more than `count` (the server stops counting there; shown as «более 10 000»).
 */
export type CountedTotal = { count: number; isLowerBound: boolean };

/** The total a page brings. */
export function countedTotal(page: { total: number; totalIsLowerBound: boolean }): CountedTotal {
  return { count: page.total, isLowerBound: page.totalIsLowerBound };
}

/** Writes a total: «1 234», or «более 10 000» when the server stopped counting. */
export function useTotalText(): (total: CountedTotal) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (total) => (total.isLowerBound ? t("common.moreThan", { formatted: format.number(total.count) }) : format.number(total.count));
}

/** «Показано 50 из 1 234», or «… из более чем 10 000» when the server stopped counting. */
export function useShownText(): (shown: number, total: CountedTotal) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (shown, total) => t(total.isLowerBound ? "common.shownOfMore" : "common.shown", { shown: format.number(shown), total: format.number(total.count) });
}
