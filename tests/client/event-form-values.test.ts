// The event form's values → API input (client/src/features/events/hooks/event-form-values.ts):
// days as typed, a vague date with its precision and no end day, tour stops whose date
// is not known sent without one (they keep their place on the route), and text that is
// not a day refused under the stop it belongs to.
import { beforeAll, describe, expect, it } from "vitest";
import { initI18n } from "../../client/src/lib/i18n.ts";
import { emptyEventValues, emptyStop, eventToValues, prepareEvent, type EventFormValues } from "../../client/src/features/events/hooks/event-form-values.ts";

// Messages are worded through i18n, as in the app (it starts i18n before the first form).
beforeAll(() => initI18n("ru"));

const messages = { kindRequired: "KIND", invalidDay: "INVALID" };

function tour(patch: Partial<EventFormValues> = {}): EventFormValues {
  return {
    ...emptyEventValues(true),
    title: "Тур Деда Мороза",
    startsAt: "2024-11-18",
    endsAt: "2024-12-25",
    stops: [
      { ...emptyStop(), place: "Минск" },
      { ...emptyStop(), place: "Астана", date: "2024-12-01", datePrecision: "MONTH" },
      { ...emptyStop(), place: "Великий Устюг", date: "2024-12-25" },
    ],
    ...patch,
  };
}

describe("prepareEvent", () => {
  it("sends stops without a date as «дата неизвестна», a month as its first day, and days as typed", () => {
    const result = prepareEvent(tour(), null, null, messages);
    if (!("input" in result) || !("create" in result.input)) throw new Error(JSON.stringify(result));
    const { create } = result.input;
    expect(create).toMatchObject({ kind: "TOUR", startsAt: "2024-11-18", endsAt: "2024-12-25", datePrecision: "DAY" });
    expect((create.stops ?? []).map((s) => [s.place, s.date, s.datePrecision])).toEqual([
      ["Минск", null, "DAY"],
      ["Астана", "2024-12-01", "MONTH"],
      ["Великий Устюг", "2024-12-25", "DAY"],
    ]);
  });

  it("drops the end day of an event dated to a month: the month is its span", () => {
    const result = prepareEvent(
      { ...tour(), kind: "FORUM", stops: [], startsAt: "2024-12-01", datePrecision: "MONTH", endsAt: "2024-12-13" },
      null,
      null,
      messages,
    );
    if (!("input" in result) || !("create" in result.input)) throw new Error(JSON.stringify(result));
    expect(result.input.create).toMatchObject({ startsAt: "2024-12-01", datePrecision: "MONTH", endsAt: null });
  });

  it("refuses a stop's date it cannot read under that stop, and a dated stop out of route order", () => {
    const unreadable = prepareEvent(tour({ stops: [{ ...emptyStop(), place: "Минск", date: "12/31/2024" }] }), null, null, messages);
    expect("errors" in unreadable && unreadable.errors["stops.0.date"]).toEqual(["INVALID"]);
    const backwards = prepareEvent(
      tour({
        stops: [
          { ...emptyStop(), place: "Великий Устюг", date: "2024-12-25" },
          { ...emptyStop(), place: "Минск" },
          { ...emptyStop(), place: "Астана", date: "2024-12-16" },
        ],
      }),
      null,
      null,
      messages,
    );
    // The undated stop between them does not break the order check.
    expect("errors" in backwards && backwards.errors["stops.2.date"]?.[0]).toMatch(/раньше даты предыдущей/);
  });

  it("reads a saved tour back: no date stays empty, a month stays a month without its end day", () => {
    const values = eventToValues({
      title: "Форум",
      kind: "FORUM",
      status: "HELD",
      startsAt: "2024-12-01",
      endsAt: "2024-12-31",
      datePrecision: "MONTH",
      place: null,
      partners: [],
      sectors: [],
      stops: [],
    });
    expect(values).toMatchObject({ startsAt: "2024-12-01", datePrecision: "MONTH", endsAt: "" });
  });
});
