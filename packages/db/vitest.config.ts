import { defineConfig } from "vitest/config";
import { globalSetupPath } from "./src/testing/index.ts";

export default defineConfig({
  test: {
    globalSetup: [globalSetupPath],
    // Embedded starts, SIGKILL recovery and argon2 take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
