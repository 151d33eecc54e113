// How the days of a person's post read, on the person page and in the partner dossier:
// «01.01.2023 — 30.06.2024», «с 01.07.2024», «по 30.06.2024», or that they are not given.
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "./format.ts";

export function usePositionDays(): (p: { startsOn: CalendarDay | null; endsOn: CalendarDay | null }) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    ({ startsOn, endsOn }) => {
      if (startsOn && endsOn) return t("people.positions.range", { from: format.shortDate(startsOn), to: format.shortDate(endsOn) });
      if (startsOn) return t("people.positions.since", { date: format.shortDate(startsOn) });
      if (endsOn) return t("people.positions.until", { date: format.shortDate(endsOn) });
      return t("people.positions.datesUnknown");
    },
    [t, format],
  );
}
