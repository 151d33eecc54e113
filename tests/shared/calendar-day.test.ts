// The day type's own rules: what a person may type, what the API accepts, and the
// periods a vague date stands for.
import { describe, expect, it } from "vitest";
import { addMonths, formatTypedDay, isCalendarDay, parseTypedDay, periodOf, spanFor, todayIn, ZCalendarDay } from "@atlas/shared/calendar-day";

describe("calendar days", () => {
  it("reads дд.мм.гггг and ISO days, and refuses what it would have to guess", () => {
    expect(parseTypedDay("12.11.2024")).toBe("2024-11-12");
    expect(parseTypedDay(" 1.2.2025 ")).toBe("2025-02-01");
    expect(parseTypedDay("2024-11-12")).toBe("2024-11-12");
    for (const text of ["11/12/2024", "11-12-2024", "2024", "12.11.24", "31.02.2025", "00.01.2024", "12.11.1899", "12.11.2101", ""]) {
      expect(parseTypedDay(text), text).toBeNull();
    }
    expect(formatTypedDay("2024-11-12")).toBe("12.11.2024");
  });

  it("lets the API take YYYY-MM-DD only, within 1900–2100", () => {
    expect(ZCalendarDay.safeParse("2024-02-29").success).toBe(true);
    for (const input of [null, undefined, "12.11.2024", "2024", "2023-02-29", "2024-11-12T00:00:00Z", "+275760-09-13", "0000-01-01", "1899-12-31", 20241112]) {
      expect(ZCalendarDay.safeParse(input).success, String(input)).toBe(false);
    }
    expect(isCalendarDay("2100-12-31")).toBe(true);
    expect(isCalendarDay("2101-01-01")).toBe(false);
  });

  it("gives a month, a quarter and a year as their whole period, never as their first day alone", () => {
    expect(periodOf("2024-12-15", "MONTH")).toEqual({ first: "2024-12-01", last: "2024-12-31" });
    expect(periodOf("2024-02-10", "MONTH")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(periodOf("2024-11-03", "QUARTER")).toEqual({ first: "2024-10-01", last: "2024-12-31" });
    expect(periodOf("2024-06-06", "YEAR")).toEqual({ first: "2024-01-01", last: "2024-12-31" });
    expect(periodOf("2025-10-10", "APPROXIMATE")).toEqual({ first: "2025-10-10", last: "2025-10-10" });
    expect(spanFor("2024-12-15", "2024-12-20", "MONTH")).toEqual({ startsAt: "2024-12-01", endsAt: "2024-12-31" });
    expect(spanFor("2024-12-15", "2024-12-20", "DAY")).toEqual({ startsAt: "2024-12-15", endsAt: "2024-12-20" });
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });

  it("knows today by the home region's clock, not the machine's", () => {
    const lateEvening = new Date("2026-12-04T22:30:00Z");
    expect(todayIn("Europe/Moscow", lateEvening)).toBe("2026-12-05");
    expect(todayIn("America/New_York", lateEvening)).toBe("2026-12-04");
    expect(todayIn("Asia/Kamchatka", lateEvening)).toBe("2026-12-05");
  });
});
