// Text the database cannot store must be refused at the door, for every procedure at
// once: PostgreSQL's text types reject U+0000 (a driver error, so a 500), and a lone
// UTF-16 surrogate has no UTF-8 form (drivers silently turn it into U+FFFD, so what is
// stored is not what was sent). trpc.ts runs this over each call's raw input, before
// any schema, so a new field cannot forget it; the answer is a 400 whose field errors
// name the exact path, in the same shape as a schema's field errors.
import { problem, type FieldErrors, type FieldProblem } from "./errors.ts";

/**
 * Bounds of the walk itself, so a crafted input cannot make the check expensive. The
 * HTTP layer already refuses JSON nested deeper than 64 levels and bodies over 2 MB;
 * these hold for in-process callers too. The biggest real input (an export table of
 * 5000 cells) has about 50,000 values.
 */
export const inputWalkLimits = { maxDepth: 64, maxNodes: 200_000, maxProblems: 20 } as const;

export type TextProblem = { path: string; problem: FieldProblem };

/** U+0000, or a surrogate half without its partner; null when the text is storable. */
export function badCharacterIn(text: string): string | null {
  if (text.includes("\u0000")) return "U+0000";
  if (text.isWellFormed()) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return `U+${c.toString(16).toUpperCase()}`;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return `U+${c.toString(16).toUpperCase()}`;
    }
  }
  return null;
}

/** A key as it may appear in a field path: the bad characters shown as \uXXXX. */
function printableKey(key: string): string {
  return key.replace(/[\u0000\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const joinPath = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/**
 * Walks a call's input (after the transport's deserialisation: plain objects, arrays,
 * Maps, Sets, Dates…) without recursion and lists every string or key that holds a
 * character the database cannot store (the first `maxProblems` of them). Stops with one
 * problem at "_" when the input is deeper or bigger than the limits.
 */
export function findBadText(input: unknown, limits: { maxDepth: number; maxNodes: number; maxProblems: number } = inputWalkLimits): TextProblem[] {
  const problems: TextProblem[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: "", depth: 0 }];
  let nodes = 0;
  const checkText = (text: string, path: string, what: "text" | "key") => {
    const bad = badCharacterIn(text);
    if (bad)
      problems.push({
        path: path || "_",
        problem: problem(what === "text" ? "request.badCharacterInText" : "request.badCharacterInFieldName", { character: bad }),
      });
  };
  // The first few problems are enough to show; the answer stays small whatever was sent.
  while (stack.length > 0 && problems.length < limits.maxProblems) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) return [{ path: "_", problem: problem("request.tooManyValues", { maximum: limits.maxNodes }) }];
    if (typeof value === "string") {
      checkText(value, path, "text");
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= limits.maxDepth) return [{ path: "_", problem: problem("request.tooDeep", { maximum: limits.maxDepth }) }];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: joinPath(path, String(i)), depth: depth + 1 });
    } else if (value instanceof Map) {
      let i = 0;
      for (const [key, item] of value) {
        const keyPath = joinPath(path, typeof key === "string" ? printableKey(key) : String(i));
        if (typeof key === "string") checkText(key, keyPath, "key");
        else stack.push({ value: key, path: keyPath, depth: depth + 1 });
        stack.push({ value: item, path: keyPath, depth: depth + 1 });
        i++;
      }
    } else if (value instanceof Set) {
      let i = 0;
      for (const item of value) stack.push({ value: item, path: joinPath(path, String(i++)), depth: depth + 1 });
    } else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
      for (const key of Object.keys(value)) {
        const keyPath = joinPath(path, printableKey(key));
        checkText(key, keyPath, "key");
        stack.push({ value: (value as Record<string, unknown>)[key], path: keyPath, depth: depth + 1 });
      }
    }
    // Dates, numbers in boxes, RegExps, URLs, Errors: no text a schema would store as is.
  }
  return problems;
}

/** The problems as field errors ("data.title" → messages), the shape AppError and zod errors share. */
export function textFieldErrors(problems: TextProblem[]): FieldErrors {
  const result: FieldErrors = {};
  for (const { path, problem: found } of problems) {
    const list = (result[path] ??= []);
    if (!list.some((known) => known.key === found.key && known.params?.character === found.params?.character)) list.push(found);
  }
  return result;
}
