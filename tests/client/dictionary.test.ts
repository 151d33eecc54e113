// The one dictionary (client/src/locales/ru.ts and en.ts) names every value of every
// closed list, every kind of record and every field the change log holds, in both
// languages. The lists are read from where they are defined — the Prisma schema's enums,
// shared/src/enums.ts, entityNames — and the logged fields from the Prisma models'
// columns plus the names the server's recordChange calls write, so a new value, kind
// or logged field without a label fails here instead of showing as code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as sharedEnums from "@atlas/shared/enums";
import { agreementStages } from "@atlas/shared/enums";
import { signInFailureReasons } from "@atlas/shared/auth";
import { datePrecisions } from "@atlas/shared/calendar-day";
import { exportFactKinds } from "@atlas/shared/export-fact";
import { entityNames, type TEntityName } from "@atlas/shared/history";
import { agreementMentions } from "@atlas/shared/meeting";
import { vocabularyNames } from "@atlas/shared/vocabulary";
import { ru } from "../../client/src/locales/ru.ts";
import { en } from "../../client/src/locales/en.ts";
import { historyValueSources } from "../../client/src/ui/history-fields.ts";

const repo = new URL("../../", import.meta.url).pathname;
const dictionaries = { ru, en } as const;
type Dictionary = (typeof dictionaries)[keyof typeof dictionaries];

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
/** taskStatuses → taskStatus, roles → role: the list's name in the dictionary. */
const singular = (name: string) => (name.endsWith("uses") ? name.slice(0, -2) : name.replace(/s$/, ""));

function enumLabel(dictionary: Dictionary, list: string, value: string): unknown {
  return (dictionary.enums as Record<string, Record<string, string> | undefined>)[list]?.[value];
}

// ---- The Prisma schema: its enums and each model's columns ----
const schema = readFileSync(join(repo, "prisma/schema.prisma"), "utf8");
const prismaEnums = new Map<string, string[]>(
  [...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map(([, name, body]) => [
    name!,
    body!
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => /^[A-Z_]+$/.test(l)),
  ]),
);
const scalarTypes = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes", ...prismaEnums.keys()]);
/** Each model's own columns (relations and lists left out) with their types. */
const modelColumns = new Map<string, Map<string, string>>(
  [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map(([, model, body]) => [
    model!,
    new Map(
      body!
        .split("\n")
        .map((line) => /^\s+(\w+)\s+(\w+)(\?)?(\s|$)/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null && scalarTypes.has(m[2]!))
        .map((m) => [m[1]!, m[2]!]),
    ),
  ]),
);
/** The model behind each kind of record the log knows; a meeting is stored as an Interaction. */
const modelOf = (entity: TEntityName) => (entity === "meeting" ? "Interaction" : entity.charAt(0).toUpperCase() + entity.slice(1));
/** Bookkeeping and derived columns: a change never shows them (the search index, a hash of the text, the secret). */
const unloggedColumns = new Set(["id", "createdAt", "updatedAt", "deletedAt", "version", "searchText", "textHash", "urlKey", "passwordHash"]);

// ---- The server's recordChange calls: the names it logs beside the columns ----
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/**
 * The property names of `changes` in every recordChange({ entity, changes }) call, by
 * entity: the keys of its object literal and of the object literals handed to
 * snapshot()/diffFields() inside it. A call whose entity is not a literal (the
 * vocabularies' shared service) counts for every vocabulary.
 */
function loggedNamesByEntity(): Map<TEntityName, Set<string>> {
  const found = new Map<TEntityName, Set<string>>();
  const add = (entity: TEntityName, name: string) => found.set(entity, (found.get(entity) ?? new Set()).add(name));
  const keysOf = (node: ts.Expression, into: Set<string>) => {
    if (!ts.isObjectLiteralExpression(node)) return;
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) {
        const spread = property.expression;
        if (ts.isCallExpression(spread)) for (const argument of spread.arguments) keysOf(argument, into);
        else keysOf(spread, into);
      } else if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
        into.add(property.name.text);
      }
    }
  };
  for (const file of sourceFiles(join(repo, "server/src"))) {
    const text = readFileSync(file, "utf8");
    if (!text.includes("recordChange(")) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "recordChange") {
        const entry = node.arguments[1];
        if (entry && ts.isObjectLiteralExpression(entry)) {
          const property = (name: string) =>
            entry.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)
              ?.initializer;
          const entity = property("entity");
          const changes = property("changes");
          const names = new Set<string>();
          if (changes) keysOf(changes, names);
          const entities: TEntityName[] = entity && ts.isStringLiteral(entity) ? [entity.text as TEntityName] : [...vocabularyNames];
          for (const e of entities) for (const name of names) add(e, name);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const loggedByEntity = loggedNamesByEntity();

/** Every field the change log can hold for this kind of record. */
function loggedFields(entity: TEntityName): string[] {
  const columns = [...(modelColumns.get(modelOf(entity))?.keys() ?? [])].filter((c) => !unloggedColumns.has(c));
  return [...new Set([...columns, ...(loggedByEntity.get(entity) ?? [])])];
}

function fieldLabel(dictionary: Dictionary, entity: TEntityName, field: string): unknown {
  const fields = dictionary.fields as Record<string, Record<string, string> | undefined>;
  return fields[entity]?.[field] ?? fields.common?.[field];
}

describe("the dictionary", () => {
  it("reads the sources it checks against (a parser gone blind would pass everything)", () => {
    expect(prismaEnums.get("AgreementStage")).toEqual([...agreementStages]);
    expect(modelColumns.get("Interaction")?.get("direction")).toBe("Direction");
    expect(modelColumns.get("Interaction")?.has("partners")).toBe(false);
    // Related lists are logged under names of their own, beside the columns.
    expect([...(loggedByEntity.get("meeting") ?? [])]).toEqual(expect.arrayContaining(["partnerIds", "participants", "agreements"]));
    expect([...(loggedByEntity.get("project") ?? [])]).toEqual(expect.arrayContaining(["chosenSite", "sites"]));
    expect([...(loggedByEntity.get("sector") ?? [])]).toEqual(expect.arrayContaining(["mergedInto", "retired"]));
  });

  it.each(Object.keys(dictionaries) as Array<keyof typeof dictionaries>)("names every value of every closed list in %s", (language) => {
    const dictionary = dictionaries[language];
    const lists: Array<[string, readonly string[]]> = [
      // The database's enums, named as the dictionary's lists: AgreementStage → agreementStage.
      ...[...prismaEnums].map(([name, values]): [string, readonly string[]] => [lowerFirst(name), values]),
      // The lists of shared/src/enums.ts and those kept beside their schemas.
      ...Object.entries(sharedEnums as Record<string, unknown>)
        .filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]) && entry[1].every((v) => typeof v === "string"))
        .map(([name, values]): [string, readonly string[]] => [singular(name), values]),
      ["datePrecision", datePrecisions],
      ["agreementMention", agreementMentions],
      ["exportFactKind", exportFactKinds],
      ["signInFailureReason", signInFailureReasons],
    ];
    expect(lists.length).toBeGreaterThan(15);
    const missing = lists.flatMap(([list, values]) => values.filter((value) => !enumLabel(dictionary, list, value)).map((value) => `enums.${list}.${value}`));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(dictionaries) as Array<keyof typeof dictionaries>)("names every kind of record in %s, one and many", (language) => {
    const entities = dictionaries[language].entities as Record<string, { singular?: string; plural?: string } | undefined>;
    const missing = entityNames.flatMap((entity) =>
      (["singular", "plural"] as const).filter((form) => !entities[entity]?.[form]).map((form) => `entities.${entity}.${form}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(dictionaries) as Array<keyof typeof dictionaries>)("names every field the change log holds in %s", (language) => {
    const dictionary = dictionaries[language];
    const missing = entityNames.flatMap((entity) =>
      loggedFields(entity)
        .filter((field) => !fieldLabel(dictionary, entity, field))
        .map((field) => `${entity}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it("names the logged values of every enum column by that enum's list (CANCELLED is «Отменён» for a project, «Отменено» for an event)", () => {
    const unmapped = entityNames.flatMap((entity) =>
      [...(modelColumns.get(modelOf(entity)) ?? [])]
        .filter(([column, type]) => prismaEnums.has(type) && !unloggedColumns.has(column))
        .filter(([column, type]) => {
          const source = historyValueSources[entity]?.[column];
          return !(source && "list" in source && source.list === lowerFirst(type));
        })
        .map(([column, type]) => `${entity}.${column} (${type})`),
    );
    expect(unmapped).toEqual([]);
  });
});
