// The "jsdom-ssr" test environment (// @vitest-environment jsdom-ssr): Vitest finds a custom
// environment named in a docblock at <root>/<name>, so it lives here.
// jsdom, with modules transformed for the server side. The client tests that run the
// real server (support/real-server.ts) load the database code, which finds its files
// with new URL("…", import.meta.url); the client-side transform would turn that into
// an http: asset URL. The page code runs the same either way.
import { builtinEnvironments, type Environment } from "vitest/runtime";

// Vitest loads a custom environment from its default export.
export default { ...builtinEnvironments.jsdom, name: "jsdom-ssr", viteEnvironment: "ssr" } satisfies Environment;
