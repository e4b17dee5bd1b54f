import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Vitest loads this config with Node, which cannot import the db package's TypeScript source, so
// the shared globalSetup (one PostgreSQL per run, a template database) is named by path.
const globalSetupPath = fileURLToPath(
  new URL("../../packages/db/src/testing/global-setup.ts", import.meta.url),
);

export default defineConfig({
  resolve: {
    alias: {
      "~": fileURLToPath(new URL("./src", import.meta.url)),
      // `server-only` throws outside React Server Components; tests are server code anyway.
      "server-only": fileURLToPath(new URL("./src/testing/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    // Server and library tests run in Node; component tests (`*.test.tsx`) declare
    // `@vitest-environment jsdom` and render with Testing Library.
    include: ["src/**/*.test.{ts,tsx}"],
    globalSetup: [globalSetupPath],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
