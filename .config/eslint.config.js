// Lint rules, mostly the architecture's import boundaries.
import { readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const client = "./client/src";
// Every feature folder, read from the disk so that a new feature is fenced in without an edit here.
const features = readdirSync(resolve(root, client, "features"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The client's layers, each importing only those after it:
 * app → features → entities → ui → lib → locales (and `@atlas/shared` from anywhere).
 * import-x resolves every static `import`, `export … from` and dynamic `import()` to a
 * file and checks it against these zones, so a lazy chunk cannot cross a boundary either.
 */
const layers = ["app", "features", "entities", "ui", "lib", "locales"];
const layerZones = layers.slice(1).map((layer, i) => ({
  target: `${client}/${layer}`,
  from: layers.slice(0, i + 1).map((upper) => `${client}/${upper}`),
  message: `${layer}/ sits below ${layers.slice(0, i + 1).join(", ")}: it must not import them.`,
}));
const featureZones = features.map((feature) => ({
  target: `${client}/features/${feature}`,
  from: `${client}/features`,
  except: [`./${feature}`],
  message: "A feature must not import another feature: what several features use goes to entities/ (or ui/, lib/).",
}));

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "prisma/src/generated/**", "tests/artifacts/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // The contract depends on zod alone: it never sees the server, the client or the database.
    files: ["shared/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: ["@atlas/server*", "@atlas/db*", "@atlas/client*", "react*"] }] },
  },
  {
    // The client knows the server only as `type AppRouter`.
    files: ["client/src/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@atlas/server*", "@atlas/db*"], allowTypeImports: true, message: "The client imports only types from the server." }] },
      ],
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    rules: { "import-x/no-restricted-paths": ["error", { basePath: root, zones: [...layerZones, ...featureZones] }] },
  },
);
