import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Initialising and starting a PostgreSQL cluster takes seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
