// What the built index.html makes the browser fetch before the first page renders: its
// module script, the modulepreload links and whatever those import statically (not
// import(), which pages load when they are opened), and its stylesheets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export type Script = { file: string; code: string; gzipped: number };

/** The scripts index.html loads up front, following static imports (not import()). */
export function initialScripts(dist: string): Script[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const entry = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Map<string, Script>();
  const queue = [...entry, ...preloads].map((src) => src.replace(/^\//, ""));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const code = readFileSync(join(dist, file), "utf8");
    seen.set(file, { file, code, gzipped: gzipSync(code, { level: 9 }).length });
    const dir = file.slice(0, file.lastIndexOf("/") + 1);
    // `from"./x.js"` and `import"./x.js"`; a dynamic `import("./x.js")` has a parenthesis and is skipped.
    for (const m of code.matchAll(/\b(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(dir + m[1]!.slice(2));
  }
  return [...seen.values()];
}

/** The stylesheets index.html links (paths relative to the build folder). */
export function initialStylesheets(dist: string): string[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+\.css)"/g)].map((m) => m[1]!.replace(/^\//, ""));
}
