// Lint rules, mostly the architecture's import boundaries (conventions.md 6 and 12).
import tseslint from "typescript-eslint";

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
    // Features do not import each other: shared pieces go to ui/ or lib/.
    files: ["client/src/features/*/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: ["../*/**", "!../../**"], message: "A feature must not import another feature." }, { group: ["@atlas/server*", "@atlas/db*"], allowTypeImports: true }] }] },
  },
  {
    files: ["client/src/features/*/*/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: ["../../*/**", "!../../../**"], message: "A feature must not import another feature." }, { group: ["@atlas/server*", "@atlas/db*"], allowTypeImports: true }] }] },
  },
);
