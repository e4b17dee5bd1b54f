import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Named by path, not imported from src/testing: Vitest loads this config with Node, which cannot
// import the workspace packages' TypeScript source that the testing modules reach.
const globalSetupPath = fileURLToPath(new URL("./src/testing/global-setup.ts", import.meta.url));

export default defineConfig({
  test: {
    globalSetup: [globalSetupPath],
    // Embedded starts, SIGKILL recovery and argon2 take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
