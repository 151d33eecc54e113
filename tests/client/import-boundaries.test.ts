// The client's layer rule (.config/eslint.config.js): a file may import only the layers
// below its own, and a feature no other feature, whether by a static `import` or a
// lazy `import()`. Each case lints a few lines as if they stood in a real client file.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The part of ESLint's Node API used here (this ESLint version ships no type declarations).
type LintMessage = { ruleId: string | null; message: string };
type ESLintApi = new (options: { cwd: string; overrideConfigFile: string }) => {
  lintText(code: string, options: { filePath: string }): Promise<Array<{ messages: LintMessage[] }>>;
};
const { ESLint } = createRequire(import.meta.url)("eslint") as { ESLint: ESLintApi };

const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: ".config/eslint.config.js" });

/** The boundary messages for `code` placed at `file` (relative to client/src). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}client/src/${file}` });
  return result!.messages.filter((m) => m.ruleId === "import-x/no-restricted-paths").map((m) => m.message);
}

describe("client import boundaries", () => {
  it("stops a feature from importing another feature, statically or lazily", async () => {
    const errors = await boundaryErrors(
      "features/overview/probe.ts",
      [
        'import { KindBadge } from "../meetings/components/kind-badge.tsx";',
        'export const lazyBadge = () => import("../meetings/components/kind-badge.tsx");',
        "export { KindBadge };",
      ].join("\n"),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/A feature must not import another feature/);
  });

  it("lets a feature use its own files and every layer below it", async () => {
    const errors = await boundaryErrors(
      "features/exports/probe.ts",
      [
        'import { useExportFigureList } from "./hooks/export-queries.ts";',
        'import { ListResults } from "../../entities/list-page/list-results.tsx";',
        'import { Badge } from "../../ui/badge.tsx";',
        'import { useDebounced } from "../../lib/use-debounced.ts";',
        'export const chart = () => import("../../entities/charts/components/export-chart.tsx");',
        "export { useExportFigureList, ListResults, Badge, useDebounced };",
      ].join("\n"),
    );
    expect(errors).toEqual([]);
  });

  it.each([
    ["entities/list-page/probe.ts", "../../features/meetings/components/kind-badge.tsx"],
    ["entities/list-page/probe.ts", "../../app/router.tsx"],
    ["ui/probe.ts", "../entities/options/reference-options.ts"],
    ["lib/probe.ts", "../ui/badge.tsx"],
    ["locales/probe.ts", "../lib/use-debounced.ts"],
    ["features/tasks/probe.ts", "../../app/router.tsx"],
  ])("stops %s from reaching up to %s", async (file, target) => {
    const errors = await boundaryErrors(file, `export const probe = () => import("${target}");`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/must not import them/);
  });
});
