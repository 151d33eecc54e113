// The English interface translates the Russian messages of the shared schemas and the
// server (serverMessagesEn in client/src/locales/en.ts, applied by localizeMessage).
// Every Cyrillic string literal in shared/src/*.ts is read from the source text and must
// come out without Cyrillic: a new Russian message without a translation fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { agreementStageLabels, stageTransitionProblems, transitionRefusal } from "@atlas/shared/agreement-stages";
import { agreementStages } from "@atlas/shared/enums";
import { vocabularyTitles } from "@atlas/shared/vocabulary";
import { eventRuleIssues } from "@atlas/shared/event";
import { initI18n, localizeMessage } from "../../client/src/lib/i18n.ts";
import { learnVocabularyNamesEn } from "../../client/src/locales/en.ts";

const sharedDir = new URL("../../shared/src/", import.meta.url).pathname;
const cyrillic = /[А-Яа-яЁё]/;
/** What a `${…}` in a template literal becomes: the messages interpolate numbers, dates and labels. */
const SAMPLE = "1";

/** Files with Cyrillic literals that are not messages: search normalisation (folds "ё" into "е"; Russian stems and stop words). */
const notMessageFiles = new Set(["search-text.ts", "russian-text.ts"]);
/** Labels, not messages: the interface shows stages from its own locale (en.stages) and vocabularies' titles from en.vocabulary.names. */
const labels = new Set<string>([...Object.values(agreementStageLabels), ...Object.values(vocabularyTitles)]);

/** Kinds of agreement are data (vocabulary.ts); these are two of the built-in ones, as the database holds them. */
const cooperation = { name: "Соглашение о сотрудничестве", nameEn: "Cooperation agreement", needsStateRegistration: true };
const memorandum = { name: "Меморандум о взаимопонимании", nameEn: "Memorandum of understanding", needsStateRegistration: false };
const agreementKinds = [cooperation, memorandum];

type Literal = { text: string; end: number };

/** Reads the string or template literal that opens at `start`; each `${…}` becomes SAMPLE. */
function readLiteral(source: string, start: number): Literal {
  const quote = source[start];
  let text = "";
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") {
      text += source[i + 1] ?? "";
      i += 2;
    } else if (c === quote) {
      return { text, end: i + 1 };
    } else if (quote === "`" && c === "$" && source[i + 1] === "{") {
      i = skipExpression(source, i + 2);
      text += SAMPLE;
    } else {
      text += c;
      i++;
    }
  }
  throw new Error(`Unterminated literal at ${start}`);
}

/** From just inside `${` to just after its `}`, stepping over nested braces and literals. */
function skipExpression(source: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < source.length) {
    const c = source[i];
    if (c === '"' || c === "'" || c === "`") {
      i = readLiteral(source, i).end;
      continue;
    }
    if (c === "{") depth++;
    if (c === "}" && --depth === 0) return i + 1;
    i++;
  }
  throw new Error(`Unterminated \${ at ${from}`);
}

/**
 * The string literals of a source file, outside comments. Literals joined by `+`
 * (a message broken over lines) come out as one text.
 */
function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  let joinNext = false;
  while (i < source.length) {
    const c = source[i];
    if (c === "/" && source[i + 1] === "/") {
      const eol = source.indexOf("\n", i);
      i = eol < 0 ? source.length : eol;
    } else if (c === "/" && source[i + 1] === "*") {
      i = source.indexOf("*/", i + 2) + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      const literal = readLiteral(source, i);
      if (joinNext) found[found.length - 1] += literal.text;
      else found.push(literal.text);
      i = literal.end;
      // `…` +\n `…`: the next literal continues this one.
      joinNext = /^\s*\+\s*["'`]/.test(source.slice(i, i + 200));
    } else {
      i++;
    }
  }
  return found;
}

function sharedMessages(): Array<{ file: string; message: string }> {
  const messages: Array<{ file: string; message: string }> = [];
  for (const file of readdirSync(sharedDir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    if (notMessageFiles.has(file)) continue;
    for (const text of stringLiterals(readFileSync(join(sharedDir, file), "utf8"))) {
      if (cyrillic.test(text) && !labels.has(text)) messages.push({ file, message: text });
    }
  }
  return messages;
}

const untranslated = (messages: string[]) => messages.map((m) => [m, localizeMessage(m, "en")]).filter(([, en]) => cyrillic.test(en ?? ""));

beforeAll(async () => {
  await initI18n("en");
  // What lib/vocabularies.ts does when vocabulary.all arrives.
  learnVocabularyNamesEn(agreementKinds);
});

describe("Russian messages in the English interface", () => {
  it("finds the messages of the shared schemas in their source", () => {
    const messages = sharedMessages().map((m) => m.message);
    // The extraction itself works: plain, template and `+`-joined literals all come out.
    expect(messages).toContain("Заполните поле");
    expect(messages).toContain(`Не длиннее ${SAMPLE} символов`);
    expect(messages).toContain(`Дата остановки вне сроков тура (${SAMPLE} — ${SAMPLE})`);
    expect(messages.some((m) => m.includes("не может вступить в силу") && m.endsWith("Сначала переведите его на этап 1."))).toBe(true);
    expect(messages).not.toContain("Подписано");
    expect(new Set(messages).size).toBeGreaterThan(70);
  });

  it("translates every message of the shared schemas", () => {
    const messages = [...new Set(sharedMessages().map((m) => m.message))];
    expect(untranslated(messages)).toEqual([]);
  });

  it("leaves an unknown message as it is (so the check above can fail)", () => {
    expect(localizeMessage("Совсем новое сообщение", "en")).toBe("Совсем новое сообщение");
    expect(localizeMessage("Заполните поле", "ru")).toBe("Заполните поле");
    expect(localizeMessage("Заполните поле", "en")).toBe("Please fill in this field");
  });

  it("translates every stage refusal with real stage and kind labels", () => {
    const refusals: string[] = [];
    for (const kind of agreementKinds) {
      for (const from of agreementStages) {
        for (const to of agreementStages) {
          for (const international of [true, false]) {
            const refusal = transitionRefusal(kind, from, to, { international });
            if (refusal) refusals.push(refusal);
          }
        }
      }
    }
    expect(refusals.length).toBeGreaterThan(100);
    expect(untranslated(refusals)).toEqual([]);
    expect(localizeMessage(transitionRefusal(cooperation, "SIGNED", "IN_FORCE") ?? "", "en")).toBe(
      "A cooperation agreement cannot come into force right after signing: a region's international agreement must be " +
        "registered with the Ministry of Justice (Federal Law No. 4-FZ of 4 January 1999). " +
        "Move it to the “Registered with the Ministry of Justice” stage first.",
    );
    expect(localizeMessage(transitionRefusal(memorandum, "DRAFT", "EXPIRED") ?? "", "en")).toMatch(
      /^The agreement cannot move from “Draft” to “Expired”\. Possible stages: “.+”\.$/,
    );
  });

  it("translates the stage requirements and date problems with real dates", () => {
    // Dates are calendar days; the messages show them as дд.мм.гггг, whatever the time zone.
    const problems = {
      ...stageTransitionProblems({
        kind: memorandum,
        from: "IN_FORCE",
        to: "EXTENDED",
        date: "2024-01-01",
        lastChangedAt: "2024-03-05",
        record: { expiresAt: "2025-01-01" },
        input: { expiresAt: "2024-06-01" },
      }),
      ...stageTransitionProblems({
        kind: memorandum,
        from: "SIGNED",
        to: "REGISTERED",
        date: "2024-01-01",
        lastChangedAt: null,
        record: {},
        input: {},
      }),
    };
    expect(Object.keys(problems).sort()).toEqual(["date", "expiresAt", "registrationNumber"]);
    expect(untranslated(Object.values(problems))).toEqual([]);
    expect(localizeMessage(problems.expiresAt ?? "", "en")).toBe("The new expiry date must be later than the previous one (01.01.2025)");
    expect(localizeMessage(problems.date ?? "", "en")).toMatch(/05\.03\.2024/);
    // A stage in the future of the home region's day is refused, in English too.
    const future = stageTransitionProblems({
      kind: memorandum,
      from: "DRAFT",
      to: "NEGOTIATION",
      date: "2024-11-14",
      lastChangedAt: "2024-11-01",
      today: "2024-11-13",
      record: {},
      input: {},
    });
    expect(Object.keys(future)).toEqual(["date"]);
    expect(untranslated(Object.values(future))).toEqual([]);
    const tour = eventRuleIssues({
      kind: "TOUR",
      startsAt: "2025-05-01",
      endsAt: "2025-05-03",
      stops: [{ date: "2025-05-09" }],
    });
    expect(tour.map((i) => localizeMessage(i.message, "en"))).toEqual(["The stop's date is outside the tour's dates (01.05.2025 — 03.05.2025)"]);
    // A stop known only to its month lies inside a tour of that month; one without a date is always allowed.
    expect(
      eventRuleIssues({
        kind: "TOUR",
        startsAt: "2024-12-01",
        endsAt: null,
        datePrecision: "MONTH",
        stops: [{ date: null }, { date: "2024-12-01", datePrecision: "MONTH" }],
      }),
    ).toEqual([]);
  });

  it("translates the server's composed messages, keeping names and paths", () => {
    const cases: Array<[string, string]> = [
      ["Встреча не найден(а): 4f6c", "Meeting not found: 4f6c"],
      [
        "Проверьте поля: data.title — Заполните поле; stops.0.date — Дата остановки раньше даты предыдущей: остановки идут по маршруту",
        "Check the fields: data.title — Please fill in this field; stops.0.date — This stop is dated before the previous one: stops follow the route",
      ],
      [
        "Этап «Зарегистрировано в Минюсте»: Укажите номер государственной регистрации в Минюсте",
        "Stage “Registered with the Ministry of Justice”: Enter the Ministry of Justice registration number",
      ],
      [
        "«Honey» → «Kazakhstan»: Не больше 2 знаков после запятой; «Timber» → «Belarus»: показатель без стоимости и объёма не сохранить; удалить его может администратор",
        "“Honey” → “Kazakhstan”: At most 2 decimal places; “Timber” → “Belarus”: a figure with neither value nor volume cannot be saved; an administrator can delete it",
      ],
      [
        "Таблицу за этот период изменил другой пользователь («Honey» → «Kazakhstan»: изменил другой пользователь; ещё 2). Обновите таблицу и повторите.",
        "Another user has changed this period's table (“Honey” → “Kazakhstan”: changed by another user; 2 more). Reload the table and try again.",
      ],
      ["Код «timber» уже занят отраслью «Forestry»", "Code “timber” is already used by the sector “Forestry”"],
      ["Не больше 1 месяца", "At most 1 month"],
      ["Не больше 3650 дней", "At most 3650 days"],
      ["Такая запись уже есть (code)", "Such a record already exists (code)"],
      // Vocabularies (server/src/services/vocabulary/terms.ts): names of values are data, given in English when known.
      ["Вид контакта не найден(а): 4f6c", "Kind of contact not found: 4f6c"],
      [
        "Значение «Соглашение о сотрудничестве» есть, но выведено из употребления; его может вернуть администратор",
        "The value “Cooperation agreement” exists but is retired; an administrator can bring it back",
      ],
      [
        "Значение «ЖКХ» уже есть (выведено из употребления); объедините значения вместо переименования",
        "The value “ЖКХ” already exists (retired); merge the values instead of renaming",
      ],
      [
        "«Меморандум о взаимопонимании» — встроенное значение (вид соглашения): его нельзя вывести из употребления, только переименовать",
        "“Memorandum of understanding” is a built-in value (kind of agreement): it cannot be retired, only renamed",
      ],
      [
        "«Визит» — встроенное значение (вид контакта): его нельзя объединить с другим, только переименовать",
        "“Визит” is a built-in value (kind of contact): it cannot be merged into another, only renamed",
      ],
      [
        "«Дипломатия» объединено с другим значением; его записи теперь у того значения",
        "“Дипломатия” was merged into another value; its records are now with that value",
      ],
      ["«Дипломатия» уже объединено с другим значением", "“Дипломатия” has already been merged into another value"],
      ["«Дипломатия» выведено из употребления; выберите действующее значение", "“Дипломатия” is retired; choose a value in use"],
      ["Отметка о государственной регистрации есть только у видов соглашений", "Only kinds of agreement have the state registration mark"],
    ];
    for (const [ru, en] of cases) expect(localizeMessage(ru, "en")).toBe(en);
  });
});
