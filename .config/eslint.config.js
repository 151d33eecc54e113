// Lint rules, mostly the architecture's import boundaries.
import { readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";

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
  {
    // The rules of hooks, and the React Compiler checks of the plugin's recommended set.
    files: ["client/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A missing dependency is a stale value on screen (a memoised table kept the labels of its first render).
      "react-hooks/exhaustive-deps": "error",
      "react-hooks/incompatible-library": "error",
      "react-hooks/unsupported-syntax": "error",
      // Off: it flags every effect that resets a piece of state when its input changes (the active
      // option of a list, a field's text when its value changes outside); that costs one extra
      // render, not a wrong screen.
      "react-hooks/set-state-in-effect": "off",
      // Off: the "latest value" ref (a ref written during render so that a timer or a native
      // listener calls the newest callback) is deliberate here, and the rule also flags refs
      // written in mutation callbacks as if they ran during render.
      "react-hooks/refs": "off",
      // Off: its findings are a cache owned by a memoised closure and a counter in a loop that
      // runs during render; the compiler cannot tell either from a mutation after render.
      "react-hooks/immutability": "off",
    },
  },
  {
    files: ["client/src/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // Off: autoFocus here moves focus into what the person has just opened (a dialog, an inline
      // editor, an add-a-value form) or onto the sign-in page's first field, as the ARIA dialog
      // pattern asks; the rule is about focus jumping on an ordinary page load.
      "jsx-a11y/no-autofocus": "off",
      // Pointer handlers only: a key listener on a wrapper (a form's shortcuts, Enter inside an
      // inline form) hears keys from the focusable controls inside it, so it hides no action
      // from the keyboard; a click handler on a wrapper still needs a keyboard twin.
      "jsx-a11y/no-noninteractive-element-interactions": [
        "error",
        {
          handlers: ["onClick", "onError", "onLoad", "onMouseDown", "onMouseUp"],
          body: ["onError", "onLoad"],
          iframe: ["onError", "onLoad"],
          img: ["onError", "onLoad"],
        },
      ],
      "jsx-a11y/no-static-element-interactions": ["error", { allowExpressionValues: true, handlers: ["onClick", "onMouseDown", "onMouseUp"] }],
    },
  },
  {
    // A cycle makes one module see another half-initialised (an import that is still undefined at load time).
    files: ["client/src/**/*.{ts,tsx}", "server/src/**/*.ts", "shared/src/**/*.ts", "prisma/{src,seed,scripts}/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      // Every import names its file with its extension and workspace packages map `./*` to `./src/*.ts`,
      // so Node's own resolution finds each file; the extensions and parser let the rule read TypeScript.
      "import-x/resolver-next": [createNodeResolver()],
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
);
