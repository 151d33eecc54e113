// A stand-in for the tRPC server in component tests: answers the client's batched
// requests from a table of handlers (in plain JSON, as the real server does: a Date a
// handler returns arrives as its ISO text) and records every call, so a test can check
// what the page asked for.
import { vi } from "vitest";
import { russianErrorText, type ErrorKey, type ErrorParams, type FieldErrors } from "@atlas/shared/error-keys";

/** A refusal as the server's errorFormatter sends it: a key with parameters (the message is its Russian text). */
export type FakeError = {
  code: string;
  httpStatus: number;
  key: ErrorKey;
  params?: ErrorParams;
  fieldErrors?: FieldErrors | null;
  retryAfterSeconds?: number | null;
  /** On CONFLICT: the record the server holds (data.current). */
  current?: unknown;
};
export type FakeAnswer = { data: unknown } | { error: FakeError };
export type FakeHandler = (input: unknown, callNumber: number) => FakeAnswer;
export type FakeCall = { procedure: string; input: unknown };

export function fakeServer(given: Record<string, FakeHandler>) {
  // Every page names kinds from the vocabularies (one shared reference list); a test may answer it itself.
  const handlers: Record<string, FakeHandler> = { "vocabulary.all": builtInVocabularies, ...given };
  const calls: FakeCall[] = [];
  const counts: Record<string, number> = {};
  const fetchMock = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const u = new URL(String(url), "http://atlas.test");
    const procedures = decodeURIComponent(u.pathname.replace(/^\/trpc\//, "")).split(",");
    const inputs: Record<string, unknown> = init?.method === "POST" ? JSON.parse(String(init.body ?? "{}")) : JSON.parse(u.searchParams.get("input") ?? "{}");
    const results = procedures.map((procedure, i) => {
      const input = inputs[String(i)];
      calls.push({ procedure, input });
      counts[procedure] = (counts[procedure] ?? 0) + 1;
      const handler = handlers[procedure];
      if (!handler) {
        return {
          error: { message: `no handler for ${procedure}`, code: -32004, data: { code: "NOT_FOUND", httpStatus: 404, path: procedure } },
        };
      }
      const answer = handler(input, counts[procedure]!);
      if ("data" in answer) return { result: { data: answer.data } };
      const { code, httpStatus, key, params = {}, fieldErrors = null, retryAfterSeconds = null, current = null } = answer.error;
      const message = russianErrorText(key, params);
      return {
        error: {
          message,
          code: -32600,
          data: { code, httpStatus, path: procedure, key, params, fieldErrors, current, retryAfterSeconds },
        },
      };
    });
    return new Response(JSON.stringify(results), { status: 200, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    calls,
    callsTo: (procedure: string) => calls.filter((c) => c.procedure === procedure),
  };
}

export const signedIn = (role: "VIEWER" | "ANALYST" | "EDITOR" | "ADMIN") => () => ({
  data: { id: "00000000-0000-4000-8000-000000000001", email: `${role.toLowerCase()}@test`, name: "Ирина Тестова", role, mustChangePassword: false },
});

export const emptyPage = () => ({ data: { items: [], nextCursor: null, total: 0, totalIsLowerBound: false } });

type Term = {
  id: string;
  value: string;
  name: string;
  nameEn: string | null;
  sortOrder: number;
  retired: boolean;
  system: boolean;
  mergedIntoId: null;
  version: number;
  needsStateRegistration?: boolean;
};
const term = (vocabulary: number, index: number, value: string, name: string, nameEn: string, extra: Partial<Term> = {}): Term => ({
  id: `00000000-0000-4000-8${vocabulary}00-${String(index).padStart(12, "0")}`,
  value,
  name,
  nameEn,
  sortOrder: index * 10,
  retired: false,
  system: true,
  mergedIntoId: null,
  version: 1,
  ...extra,
});

/** vocabulary.all as a fresh database has it: the built-in kinds (prisma/migrations/…_vocabularies_as_data), no sectors. */
export const builtInVocabularies = () => ({
  data: {
    sector: [],
    exportCategory: [],
    meetingKind: [
      ["MEETING", "Встреча", "Meeting"],
      ["VISIT", "Визит", "Visit"],
      ["NEGOTIATIONS", "Переговоры", "Negotiations"],
      ["CONFERENCE", "Конференция", "Conference"],
      ["CALL", "Звонок", "Call"],
      ["OTHER", "Другое", "Other"],
    ].map(([code, name, en], i) => term(1, i + 1, code!, name!, en!)),
    eventKind: [
      ["FORUM", "Форум", "Forum"],
      ["EXHIBITION", "Выставка", "Exhibition"],
      ["REGION_DAYS", "Дни региона", "Days of the region"],
      ["TOUR", "Тур", "Tour"],
      ["CONFERENCE", "Конференция", "Conference"],
      ["FESTIVAL", "Фестиваль", "Festival"],
      ["BUSINESS_MISSION", "Бизнес-миссия", "Business mission"],
      ["OTHER", "Событие", "Event"],
    ].map(([code, name, en], i) => term(2, i + 1, code!, name!, en!)),
    agreementKind: [
      ["COOPERATION_AGREEMENT", "Соглашение о сотрудничестве", "Cooperation agreement", true],
      ["MEMORANDUM", "Меморандум о взаимопонимании", "Memorandum of understanding", false],
      ["IMPLEMENTATION_PLAN", "План мероприятий", "Implementation plan", false],
      ["TWINNING", "Соглашение о побратимстве", "Twinning agreement", true],
      ["JOINT_COMMISSION_PROTOCOL", "Протокол совместной комиссии", "Joint commission protocol", false],
    ].map(([code, name, en, registers], i) => term(3, i + 1, code as string, name as string, en as string, { needsStateRegistration: registers as boolean })),
    partnerKind: [],
  },
});
