// Malformed inputs for every procedure, seeded, for the fuzz test (tests/http/fuzz.test.ts)
// and the long run (tests/fuzz/long-run.ts). Inputs are guided by each procedure's own
// input schema (its JSON Schema, from zod): mostly well-formed, so they get past the
// schema to the services and the database, with some values replaced by hostile ones
// (NUL, lone surrogates, 10,000 characters, numbers beyond int4, dates PostgreSQL cannot
// store, wrong types, deep objects). Some inputs are any JSON at all, and some are
// broken JSON and superjson-shaped envelopes (what an old client would send), which reach the transport rather than a procedure.
import fc from "fast-check";
import { appRouter } from "@atlas/server/routers/_app";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

export type FuzzTarget = { path: string; type: "query" | "mutation"; schema: JsonSchema | null };

/** A value the client would send (serialised as JSON), or a raw request body / ?input= text. */
export type FuzzInput = { kind: "value"; value: unknown } | { kind: "raw"; text: string };

type AnyProcedure = { _def: { type: string; inputs: Array<{ toJSONSchema?: (o: object) => unknown }> } };

/**
 * Every procedure of the router, in the order the fuzzer drives them: creates first (their
 * answers fill the pool of real ids the later inputs use), then reads and updates, then
 * deletes and restores, so most calls find something to work on.
 */
export function fuzzTargets(): FuzzTarget[] {
  const procedures = (appRouter._def as unknown as { procedures: Record<string, AnyProcedure> }).procedures;
  const rank = (path: string) => (/\.create$/.test(path) ? 0 : /\.(delete|restore|removePlanItem)$/.test(path) ? 2 : 1);
  return Object.entries(procedures)
    .map(([path, procedure]): FuzzTarget => {
      const input = procedure._def.inputs[0];
      const schema = input?.toJSONSchema ? (input.toJSONSchema({ io: "input", unrepresentable: "any" }) as JsonSchema) : null;
      return { path, type: procedure._def.type === "query" ? "query" : "mutation", schema };
    })
    .sort((a, b) => rank(a.path) - rank(b.path));
}

function deepObject(depth: number): unknown {
  let value: unknown = { leaf: "x" };
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Strings a database, a parser or a date library may choke on. */
export const hostileStrings = [
  "a\u0000b",
  "\u0000",
  "t\uD800",
  "\uDC00x",
  "\uD83D",
  "x".repeat(10_000),
  "ё".repeat(10_000),
  "",
  "   ",
  "<img src=x onerror=alert(1)>",
  '\'; DROP TABLE "Partner"; --',
  "%_\\",
  "\\u0000",
  "😀".repeat(300),
  "+275760-09-13",
  "-271821-04-20",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "1899-12-31",
  "2101-01-01",
  "12.11.2024",
  "2024-02-30",
  "2024-13-01",
  "2024-1-1",
  "2024-11-12T25:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "Infinity",
  "NaN",
  "1e309",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "__proto__",
];

export const hostileNumbers = [
  2_147_483_648,
  -2_147_483_649,
  4_294_967_296,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  0,
  -0,
  1.5,
  1e308,
  -1e308,
  5e-324,
  NaN,
  Infinity,
  -Infinity,
];

/** Wrong types, and values JSON turns into something else on the way (Date, BigInt, Map, Set, undefined). */
export const hostileOthers: unknown[] = [
  null,
  undefined,
  true,
  {},
  [],
  [[[[[]]]]],
  deepObject(30),
  { "a\u0000b": 1 },
  { "\uD800": "x" },
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date("0000-01-01T00:00:00Z"),
  BigInt("99999999999999999999999"),
  new Map<unknown, unknown>([
    ["a\u0000", 1],
    [{}, []],
  ]),
  new Set([1, "x\u0000"]),
  /(a+)+$/,
];

const hostileValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 3, arbitrary: fc.constantFrom(...hostileOthers) },
);

/** Broken bodies, and superjson envelopes from a client of the old API: the answer is a 4xx, never 500. */
export const rawEnvelopes = [
  "not json",
  '{"json":',
  "[]",
  "null",
  '"just a string"',
  '{"json":1,"meta":{"values":["Date"]}}',
  '{"json":"+275760-09-13","meta":{"values":["Date"]}}',
  '{"json":"x","meta":{"values":["bigint"]}}',
  '{"json":{"a":"1"},"meta":{"values":{"a":[["class","Nope"]]}}}',
  '{"json":{"a":"1"},"meta":{"values":{"a":[["custom","Nope"]]}}}',
  '{"json":{"a":1},"meta":{"values":{"a":["nope"]}}}',
  '{"json":{"a":"(a+)+$"},"meta":{"values":{"a":["regexp"]}}}',
  '{"json":{"__proto__":{"x":"1"}},"meta":{"values":{"__proto__.x":["Date"]}}}',
  '{"json":{"a":[1]},"meta":{"referentialEqualities":{"a":["constructor.prototype"]}}}',
  '{"json":[[1],[2]],"meta":{"referentialEqualities":{"0":["1"]}}}',
  '{"json":{"a":{}},"meta":{"values":{"a":["map"]}}}',
  '{"json":{"a":[[1,2,3]]},"meta":{"values":{"a":["map"]}}}',
  '{"json":{"a":"x"},"meta":{"values":{"a":["set"]}}}',
  '{"json":{"a\\u0000":"x"}}',
  '{"meta":{"values":{"":["undefined"]}}}',
  '{"json":{},"meta":"nonsense"}',
];

/**
 * Real ids (records the fuzzer created), so updates and reads reach existing rows: by the
 * router namespace that returned them ("partner", "meeting"…), and all of them together.
 */
export type IdPool = { ids: string[]; byKind: Record<string, string[]> };

/** Which kind of record an id field names, from its property name (partnerIds, personId, parentId…). */
const idKinds: Array<[RegExp, string]> = [
  [/partner|parent/i, "partner"],
  [/sector/i, "sector"],
  [/person|participant/i, "person"],
  [/source/i, "source"],
  [/categor/i, "exportCategory"],
  [/figure/i, "exportFigure"],
  [/owner|user/i, "admin"],
  [/agreement/i, "agreement"],
  [/meeting|interaction/i, "meeting"],
  [/event/i, "event"],
  [/project/i, "project"],
  [/followUp/i, "followUp"],
];

const uuidLike = /uuid/;

/** The property a value is for: day and time fields look like any string in the JSON Schema, so their names tell. */
type Options = { pool: IdPool; root: JsonSchema; hostileWeight: number; depth: number; key?: string; namespace: string };

const dayKey = /(At|Date|Day|^date|^day|^from|^to)$/;
const timeKey = /Time$/;

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace(/^#\/\$defs\//, "");
  return root.$defs?.[name] ?? {};
}

/** A value for `schema`, each leaf replaced by a hostile value with probability hostileWeight. */
function valueFor(schemaIn: JsonSchema, options: Options): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn, options.root);
  const wellFormed = wellFormedFor(schema, { ...options, depth: options.depth + 1 });
  if (options.hostileWeight <= 0) return wellFormed;
  const hostile = Math.round(options.hostileWeight * 100);
  return fc.oneof({ weight: 100 - hostile, arbitrary: wellFormed }, { weight: hostile, arbitrary: hostileValue });
}

function wellFormedFor(schema: JsonSchema, options: Options): fc.Arbitrary<unknown> {
  if (options.depth > 8) return fc.constant(null);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => valueFor(s, options)));
  if (schema.allOf?.length) return valueFor(schema.allOf[0]!, options);
  if ("const" in schema) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => wellFormedFor({ ...schema, type }, options)));
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
    case "number": {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
      const edges = fc.constantFrom(min, max, Math.min(max, Math.max(min, 1)), Math.min(max, Math.max(min, 2)));
      const inRange = schema.type === "integer" ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
      return fc.oneof(edges, inRange);
    }
    case "string":
      return stringFor(schema, options);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      if (schema.prefixItems?.length) return fc.tuple(...schema.prefixItems.map((s) => valueFor(s, options)));
      return fc.array(schema.items ? valueFor(schema.items, options) : fc.jsonValue({ maxDepth: 2 }), { minLength, maxLength });
    }
    case "object": {
      const properties = schema.properties ?? {};
      const keys = Object.keys(properties);
      if (keys.length === 0) {
        // A record (z.record) or a free object.
        const values = typeof schema.additionalProperties === "object" ? valueFor(schema.additionalProperties, options) : fc.jsonValue({ maxDepth: 2 });
        return fc.dictionary(fc.string({ maxLength: 8 }), values, { maxKeys: 3 });
      }
      const model = Object.fromEntries(keys.map((key) => [key, valueFor(properties[key]!, { ...options, key })]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => keys.includes(k)) });
    }
    default:
      // `{}`: anything (z.any, z.unknown, an unrepresentable schema).
      return fc.jsonValue({ maxDepth: 3 });
  }
}

const plainStrings = ["Тест", "Vologda", "Вологодская область", "2024-05-01", "2024-05", "2024", "10:30", "a@b.c", "RU", "KZ-ALA"];

function stringFor(schema: JsonSchema, options: Options): fc.Arbitrary<string> {
  const maxLength = schema.maxLength ?? 50;
  const minLength = schema.minLength ?? 0;
  if (schema.format && uuidLike.test(schema.format)) {
    const pool = options.pool;
    const kind = options.key === "id" || options.key === undefined ? options.namespace : idKinds.find(([pattern]) => pattern.test(options.key!))?.[1];
    const pick = (list: string[] | undefined) => fc.nat().map((n) => (list?.length ? list[n % list.length]! : "00000000-0000-4000-8000-000000000000"));
    // The pool is read when the value is drawn, so ids created earlier in the run are used.
    return fc.oneof(
      { weight: 6, arbitrary: pick(kind ? pool.byKind[kind] : pool.ids) },
      { weight: 1, arbitrary: pick(pool.ids) },
      { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
    );
  }
  if (schema.format === "email") return fc.constantFrom("fuzz@test.local", "admin@test.local", "x@y.z", `${"a".repeat(64)}@test.local`);
  if (schema.format === "uri" || schema.format === "url")
    return fc.constantFrom("https://example.org/a", "http://x.test/?q=1#f", "https://example.org/" + "x".repeat(2000));
  if (schema.format === "date") return fc.constantFrom("2024-05-01", "1900-01-01", "2100-12-31");
  if (schema.format === "date-time") return fc.constantFrom("2024-05-01T10:00:00.000Z", "1900-01-01T00:00:00Z");
  if (schema.pattern) {
    try {
      // Lengths cut, not filtered: a filter that never passes would loop for ever.
      const regex = new RegExp(schema.pattern);
      return fc.stringMatching(regex).map((s) => (schema.maxLength !== undefined && s.length > schema.maxLength ? s.slice(0, schema.maxLength) : s));
    } catch {
      // A pattern fast-check cannot generate from: fall through to plain strings.
    }
  }
  if (options.key && dayKey.test(options.key)) {
    return fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
          .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
      },
      { weight: 1, arbitrary: fc.constantFrom("1900-01-01", "2100-12-31", "2024-02-29", "2024-05", "2024") },
    );
  }
  if (options.key && timeKey.test(options.key)) return fc.constantFrom("10:30", "00:00", "23:59", "24:00", "9:5");
  const fitting = plainStrings.filter((s) => s.length >= minLength && s.length <= maxLength);
  return fc.oneof(
    ...(fitting.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...fitting) }] : []),
    { weight: 2, arbitrary: fc.string({ minLength: Math.max(minLength, 1), maxLength: Math.max(Math.min(maxLength, 30), minLength, 1), unit: "grapheme" }) },
    { weight: 1, arbitrary: fc.constant("я".repeat(Math.max(minLength, Math.min(maxLength, 20_000)))) },
  );
}

/**
 * `count` inputs for one procedure, the same for the same seed (and pool): well-formed
 * and slightly or very hostile ones from its schema, any JSON value, and one broken
 * envelope in every eight.
 */
export function inputsFor(target: FuzzTarget, { seed, count, pool }: { seed: number; count: number; pool: IdPool }): FuzzInput[] {
  const root = target.schema ?? {};
  const namespace = target.path.split(".")[0]!;
  const fromSchema = (hostileWeight: number) => valueFor(root, { pool, root, hostileWeight, depth: 0, namespace });
  const value: fc.Arbitrary<FuzzInput> = fc
    .oneof(
      { weight: 2, arbitrary: fromSchema(0) },
      { weight: 3, arbitrary: fromSchema(0.08) },
      { weight: 2, arbitrary: fromSchema(0.35) },
      { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostileValue) },
    )
    .map((v): FuzzInput => ({ kind: "value", value: v }));
  const input = fc.oneof(
    { weight: 7, arbitrary: value },
    { weight: 1, arbitrary: fc.constantFrom(...rawEnvelopes).map((text): FuzzInput => ({ kind: "raw", text })) },
  );
  return fc.sample(input, { seed: seed ^ hash(target.path), numRuns: count });
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h | 0;
}
