// The meeting form's values → API input (client/src/features/meetings/hooks/meeting-form-values.ts):
// the shared schemas' messages land on the form's fields, the form's own two rules
// (no future date, a summary) apply to what the user enters, blank follow-up rows are
// not tasks, and a pasted link or text becomes a source to create first. Dates are
// calendar days end to end: what the user picked is what is sent, whatever the zone.
import { beforeAll, describe, expect, it } from "vitest";
import { initI18n } from "../../client/src/lib/i18n.ts";
import { emptyMeetingValues, meetingToValues, prepareMeeting, type MeetingFormValues } from "../../client/src/features/meetings/hooks/meeting-form-values.ts";

// Messages are worded through i18n, as in the app (it starts i18n before the first form).
beforeAll(() => initI18n("ru"));

const KZ = "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e01";
const ABAEV = "7a1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e02";
const OWNER = "9b1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e03";
const messages = { futureDate: "FUTURE", summaryRequired: "SUMMARY" };
const base = { kindLabel: "Визит", editing: null, messages, today: "2026-11-25" };

function filled(patch: Partial<MeetingFormValues> = {}): MeetingFormValues {
  return {
    ...emptyMeetingValues("VISIT", "2026-11-25"),
    startsAt: "2024-11-14",
    partnerIds: [{ id: KZ, label: "Республика Казахстан" }],
    participants: [{ personId: ABAEV, label: "Даурен Абаев", description: "", role: "глава делегации" }],
    summary: "Обсудили совместное производство",
    ...patch,
  };
}

const NOTE = {
  id: "5b1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e04",
  title: "Заметка",
  url: null,
  outlet: null,
  kind: "NOTE" as const,
  publishedAt: null,
  publishedPrecision: "DAY" as const,
};
const PRESS = {
  ...NOTE,
  id: "7d2e3f0a-6c8b-4d2f-8e7a-3b9c5d7e9f06",
  title: "Пресс-релиз о визите",
  url: "https://example.org/visit",
  kind: "PRESS_RELEASE" as const,
};

describe("prepareMeeting", () => {
  it("turns the values into meeting.create's input, with a title made from the kind and partners", () => {
    const result = prepareMeeting(
      filled({
        followUps: [
          { key: "a", title: "Направить предложения", dueDate: "2024-12-01", ownerId: OWNER },
          { key: "b", title: "", dueDate: "", ownerId: OWNER },
        ],
        sources: [PRESS],
      }),
      base,
    );
    if (!("input" in result)) throw new Error(JSON.stringify(result.errors));
    const { meeting, newFollowUps, version } = result.input;
    expect(meeting.title).toBe("Визит: Республика Казахстан");
    expect(meeting.startsAt).toBe("2024-11-14");
    expect(meeting.datePrecision).toBe("DAY");
    expect(meeting.endsAt).toBeNull();
    expect(meeting.startTime).toBeNull();
    expect(meeting.partnerIds).toEqual([KZ]);
    expect(meeting.participants).toEqual([{ personId: ABAEV, role: "глава делегации" }]);
    // The untouched second row is not a task.
    expect(meeting.followUps).toEqual([{ title: "Направить предложения", dueDate: "2024-12-01", ownerId: OWNER }]);
    // The sources were found or created in the picker: only their ids go with the meeting.
    expect(meeting.sourceIds).toEqual([PRESS.id]);
    expect(newFollowUps).toEqual([]);
    expect(version).toBeNull();
  });

  it("refuses a future date, an empty summary, no partner and a source given twice, each on its own field", () => {
    const result = prepareMeeting(filled({ startsAt: "2026-11-26", summary: "  ", partnerIds: [], sources: [PRESS, PRESS] }), base);
    if (!("errors" in result)) throw new Error("expected errors");
    expect(result.errors.startsAt).toEqual(["FUTURE"]);
    expect(result.errors.summary).toEqual(["SUMMARY"]);
    expect(result.errors.partnerIds).toEqual(["Укажите хотя бы одного партнёра"]);
    expect(result.errors.sourceIds).toEqual(["Источник указан дважды"]);
    // Today is fine.
    expect("input" in prepareMeeting(filled({ startsAt: "2026-11-25" }), base)).toBe(true);
  });

  it("puts a follow-up's message on the row the user sees, blank rows counted", () => {
    const result = prepareMeeting(
      filled({
        followUps: [
          { key: "a", title: "", dueDate: "", ownerId: "" },
          { key: "b", title: "", dueDate: "2024-12-01", ownerId: "" },
        ],
      }),
      base,
    );
    if (!("errors" in result)) throw new Error("expected errors");
    expect(result.errors["followUps.1.title"]).toEqual(["Заполните поле"]);
    expect(result.errors["followUps.0.title"]).toBeUndefined();
  });

  it("when editing, leaves a saved record's own date and missing summary alone, and sends new tasks separately", () => {
    const saved = meetingToValues({
      title: "Звонок",
      startsAt: "2026-12-20",
      endsAt: null,
      datePrecision: "DAY",
      startTime: "10:00",
      kind: "CALL",
      direction: null,
      format: "REMOTE",
      place: null,
      summary: null,
      outcomes: null,
      sources: [NOTE],
      partners: [{ id: KZ, name: "Республика Казахстан" }],
      sectors: [],
      participants: [],
    });
    const editing = {
      ...base,
      editing: { id: "6c1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e05", version: 3 },
      saved: { startsAt: saved.startsAt, summary: saved.summary },
    };
    const values = { ...saved, outcomes: "Перенесли", followUps: [{ key: "n", title: "Позвонить снова", dueDate: "", ownerId: "" }] };
    const result = prepareMeeting(values, editing);
    if (!("input" in result)) throw new Error(JSON.stringify(result.errors));
    expect(result.input.meeting.sourceIds).toEqual(["5b1c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e04"]);
    expect(result.input.meeting.followUps).toEqual([]);
    expect(result.input.newFollowUps).toEqual([{ title: "Позвонить снова", dueDate: null, ownerId: null }]);
    expect(result.input.version).toBe(3);
    expect(result.input.meeting.startTime).toBe("10:00");
    // Moving it to another future day is checked again.
    const moved = prepareMeeting({ ...values, startsAt: "2026-12-21" }, editing);
    expect("errors" in moved && moved.errors.startsAt).toEqual(["FUTURE"]);
  });

  it("starts a new meeting on the home region's day it is given, not the browser's", () => {
    expect(emptyMeetingValues("CALL", "2026-11-25").startsAt).toBe("2026-11-25");
  });

  it("sends a month as its first day with the precision, drops an end day and an hour, and calls it future only when the month is", () => {
    const result = prepareMeeting(filled({ startsAt: "2026-11-01", datePrecision: "MONTH", endsAt: "2026-11-03", startTime: "09:30" }), base);
    if (!("input" in result)) throw new Error(JSON.stringify(result.errors));
    expect(result.input.meeting).toMatchObject({ startsAt: "2026-11-01", datePrecision: "MONTH", endsAt: null, startTime: null });
    // November 2026 has begun on 25.11.2026; December has not.
    const december = prepareMeeting(filled({ startsAt: "2026-12-01", datePrecision: "MONTH" }), base);
    expect("errors" in december && december.errors.startsAt).toEqual(["FUTURE"]);
  });

  it("keeps the hour and end day of an exact date, and refuses an hour that is not ЧЧ:ММ", () => {
    const result = prepareMeeting(filled({ endsAt: "2024-11-15", startTime: "09:30" }), base);
    if (!("input" in result)) throw new Error(JSON.stringify(result.errors));
    expect(result.input.meeting).toMatchObject({ startsAt: "2024-11-14", endsAt: "2024-11-15", startTime: "09:30" });
    const bad = prepareMeeting(filled({ startTime: "9.30" }), base);
    expect("errors" in bad && bad.errors.startTime?.[0]).toMatch(/ЧЧ:ММ/);
  });

  it("refuses text that is not a day with the дд.мм.гггг message, on the start, the end and a task's due date", () => {
    const result = prepareMeeting(
      filled({ startsAt: "2024-13-45", endsAt: "12/31/2024", followUps: [{ key: "a", title: "Письмо", dueDate: "31.02.2025", ownerId: "" }] }),
      { ...base, messages: { ...messages, invalidDay: "INVALID" } },
    );
    if (!("errors" in result)) throw new Error("expected errors");
    expect(result.errors.startsAt).toEqual(["INVALID"]);
    expect(result.errors.endsAt).toEqual(["INVALID"]);
    expect(result.errors["followUps.0.dueDate"]).toEqual(["INVALID"]);
    // Without a translation the message is the Russian one.
    const russian = prepareMeeting(filled({ startsAt: "2024" }), base);
    expect("errors" in russian && russian.errors.startsAt).toEqual(["Введите дату в формате дд.мм.гггг, например 13.11.2024"]);
    // An empty date is not text to correct: it is a missing date.
    const empty = prepareMeeting(filled({ startsAt: "" }), base);
    expect("errors" in empty && empty.errors.startsAt).toEqual(["Укажите дату"]);
  });

  it("shows a saved month as a month: no end day in the form", () => {
    const values = meetingToValues({
      title: "Форум",
      startsAt: "2024-12-01",
      endsAt: "2024-12-31",
      datePrecision: "MONTH",
      startTime: null,
      kind: "CONFERENCE",
      direction: null,
      format: "IN_PERSON",
      place: null,
      summary: "Форум «Горизонт 2050»",
      outcomes: null,
      sources: [],
      partners: [{ id: KZ, name: "Республика Казахстан" }],
      sectors: [],
      participants: [],
    });
    expect(values).toMatchObject({ startsAt: "2024-12-01", datePrecision: "MONTH", endsAt: "", startTime: "" });
  });
});
