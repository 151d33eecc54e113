// Errors travel as keys (shared/src/error-keys.ts) and the client words them with
// i18next. Every key must have Russian and English text with the same parameters; the
// shared schemas may hold no Russian sentence of their own (a message there is a key);
// and the client's wording of an error never falls back to Russian in English.
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { TRPCClientError } from "@trpc/client";
import { errorKeys, errorMessagesRu, isErrorKey, problemOfIssue, russianErrorText } from "@atlas/shared/error-keys";
import { ZCreateUserInput } from "@atlas/shared/auth";
import { ZCreateEventInput } from "@atlas/shared/event";
import { initI18n, setLanguage } from "../../client/src/lib/i18n.ts";
import { errorText, problemText, retryAfterSeconds, serverFieldErrors } from "../../client/src/lib/errors.ts";
import { issuesToFieldErrors } from "../../client/src/lib/validation.ts";
import { en } from "../../client/src/locales/en.ts";
import { ru } from "../../client/src/locales/ru.ts";

const cyrillic = /[А-Яа-яЁё]/;

function textAt(dictionary: unknown, path: string): string | undefined {
  let node = dictionary;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** A tRPC error as the client receives it from the server's errorFormatter. */
function serverError(data: Record<string, unknown>): TRPCClientError<never> {
  return new TRPCClientError("Русский текст сервера, который клиент не показывает", { result: { error: { code: -32600, message: "", data } } } as never);
}

describe("error keys", () => {
  beforeAll(async () => {
    await initI18n("ru");
  });

  it("lists every key of the Russian dictionary", () => {
    expect(errorKeys.length).toBeGreaterThan(150);
    expect(errorKeys).toContain("auth.wrongCredentials");
    expect(errorKeys).toContain("validation.fillIn");
    expect(isErrorKey("auth.wrongCredentials")).toBe(true);
    expect(isErrorKey("auth")).toBe(false);
    expect(isErrorKey("Заполните поле")).toBe(false);
  });

  it("has Russian and English text for every key, with the same parameters", () => {
    const problems: string[] = [];
    for (const key of errorKeys) {
      const russian = textAt(ru.errors, key);
      const english = textAt(en.errors, key);
      if (!russian) problems.push(`${key}: no Russian text`);
      if (!english) problems.push(`${key}: no English text`);
      else if (cyrillic.test(english)) problems.push(`${key}: Cyrillic in the English text`);
      if (russian && english && placeholders(russian).join() !== placeholders(english).join()) {
        problems.push(`${key}: parameters differ (${placeholders(russian).join()} / ${placeholders(english).join()})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has no English error text for a key that no longer exists", () => {
    const uiKeys = new Set(Object.keys(ru.errors).filter((name) => typeof (ru.errors as Record<string, unknown>)[name] === "string"));
    const stale: string[] = [];
    const walk = (node: object, prefix: string) => {
      for (const [name, value] of Object.entries(node)) {
        const path = prefix + name;
        if (typeof value === "string") {
          if (!(prefix === "" && uiKeys.has(name)) && !isErrorKey(path)) stale.push(path);
        } else walk(value as object, `${path}.`);
      }
    };
    walk(en.errors, "");
    expect(stale).toEqual([]);
  });

  it("renders the Russian message the server logs from the same dictionary", () => {
    expect(russianErrorText("recordNotFound.partner", { id: "p-1" })).toBe("Партнёр не найден: p-1");
    expect(russianErrorText("agreement.dateBeforeLastMove", { earliest: "2024-06-01" })).toBe(
      "Дата не может быть раньше предыдущей смены этапа (не раньше 01.06.2024)",
    );
    expect(errorMessagesRu.auth.wrongCredentials).toBe(ru.errors.auth.wrongCredentials);
  });

  it("finds no Russian sentence among the messages of the shared schemas", () => {
    // Labels (stage names, vocabulary titles, the import's column headers) and the search normaliser's Russian words are not messages.
    const notMessages = new Set(["error-keys.ts", "search-text.ts", "russian-text.ts", "agreement-stages.ts", "vocabulary.ts", "bulk-import-columns.ts"]);
    const dir = new URL("../../shared/src/", import.meta.url).pathname;
    const found: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts") && !notMessages.has(name))) {
      readFileSync(dir + file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, "").trim();
          if (code.startsWith("*") || code.startsWith("/*")) return;
          for (const literal of code.match(/"[^"]*"|`[^`]*`/g) ?? []) if (cyrillic.test(literal)) found.push(`${file}:${i + 1} ${literal}`);
        });
    }
    // Also the files of labels skipped above, where a message would sit beside an error key: `error:` and `message:`.
    for (const file of ["agreement-stages.ts", "vocabulary.ts", "bulk-import-columns.ts"]) {
      readFileSync(dir + file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/(error|message):\s*["`][^"`]*[А-Яа-яЁё]/.test(line)) found.push(`${file}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });

  describe("in English", () => {
    beforeAll(async () => {
      await setLanguage("en");
    });

    it("words a server error by its key and parameters, never by its message", () => {
      const error = serverError({ code: "CONFLICT", httpStatus: 409, key: "partner.hasChildren", params: { count: 3 } });
      expect(errorText(error)).toBe("The partner has partners within it (3); delete or move them first");
    });

    it("words field errors, dates in the interface language", () => {
      const error = serverError({
        code: "BAD_REQUEST",
        key: "agreement.checkStages",
        params: {},
        fieldErrors: { "data.date": [{ key: "agreement.dateBeforeLastMove", params: { earliest: "2024-06-01" } }], email: [{ key: "auth.emailTaken" }] },
      });
      expect(serverFieldErrors(error)).toEqual({
        date: ["The date cannot be earlier than the previous stage change (not before 01/06/2024)"],
        email: ["A user with this email already exists"],
      });
    });

    it("falls back to a generic message naming an unknown key, never to the server's Russian text", () => {
      const text = errorText(serverError({ code: "BAD_REQUEST", key: "something.new", params: {} }));
      expect(text).toContain("something.new");
      expect(text).not.toMatch(cyrillic);
      expect(errorText(serverError({ code: "BAD_REQUEST" }))).toBe(en.errors.generic);
    });

    it("words a zod check without a key of its own from its code and limits", () => {
      const parsed = ZCreateUserInput.safeParse({ email: "a@b.c", name: "A", role: "VIEWER", password: "short" });
      expect(parsed.success).toBe(false);
      const issue = parsed.error!.issues.find((i) => i.path[0] === "password")!;
      // The shared schema's own key, with the limit zod puts on the issue.
      expect(problemText(problemOfIssue(issue))).toBe("The password must be at least 10 characters");
      // A check without a key (here zod's own too_small), as the server sends it.
      expect(problemText({ key: "validation.zodIssue", params: { code: "too_small", origin: "array", minimum: 2, inclusive: "true" } })).toMatch(
        /^Too small: expected array to have >=2 items$/,
      );
    });

    it("words the shared schemas' messages in the form", () => {
      const parsed = ZCreateEventInput.safeParse({ title: "", kind: "FORUM", startsAt: "2024-05-10", endsAt: "2024-05-01", status: "PLANNED" });
      expect(parsed.success).toBe(false);
      const errors = issuesToFieldErrors(parsed.error!, "");
      expect(errors.title).toEqual(["Please fill in this field"]);
      expect(errors.endsAt).toEqual(["The end cannot be before the start"]);
      for (const list of Object.values(errors)) for (const text of list) expect(text).not.toMatch(cyrillic);
    });

    it("reads the wait only from the retryAfterSeconds field", () => {
      expect(retryAfterSeconds(serverError({ code: "TOO_MANY_REQUESTS", key: "request.tooManySignIns", params: { seconds: 42 }, retryAfterSeconds: 42 }))).toBe(
        42,
      );
      expect(retryAfterSeconds(serverError({ code: "TOO_MANY_REQUESTS", key: "request.tooManySignIns", params: { seconds: 42 } }))).toBeNull();
    });
  });
});
