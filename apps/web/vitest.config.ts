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
    include: ["src/**/*.test.ts"],
    globalSetup: [globalSetupPath],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
