import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.DEBRIEF_E2E_PORT ?? 3100);
// E2E_BASE_URL: run against servers started elsewhere (the two-process run in .ci/run, behind
// nginx) instead of starting one.
const externalBaseURL = process.env.E2E_BASE_URL;
const baseURL = externalBaseURL ?? `http://127.0.0.1:${port}`;
const repoRoot = path.resolve(import.meta.dirname, "..");
// Each run starts from an empty data folder, so the app seeds fresh demo data.
const dataDir = path.join(repoRoot, ".data", "e2e");
// No SMTP server in tests: mail lands here, one .eml per message, and specs read it back.
const mailDir = path.join(repoRoot, ".data", "e2e-mail");

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "test-results/results.json" }]]
    : "list",
  globalSetup: "./support/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: externalBaseURL
    ? undefined
    : {
        command: `rm -rf "${dataDir}" "${mailDir}" && pnpm --filter @debrief/web exec next start -H 127.0.0.1 -p ${port}`,
        url: `${baseURL}/login`,
        cwd: repoRoot,
        timeout: 120_000,
        reuseExistingServer: !process.env.CI,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          DEBRIEF_DATA_DIR: dataDir,
          MAIL_DIR: mailDir,
          SMTP_URL: "",
          APP_URL: "",
          // A coach's new-answer emails are batched for this long (10 minutes by default).
          MAIL_DIGEST_SECONDS: "3",
          NEXT_TELEMETRY_DISABLED: "1",
          // As `pnpm start` does: Debrief stops its embedded database itself on SIGTERM, then exits.
          NEXT_MANUAL_SIG_HANDLE: "true",
          // The suite runs against a throwaway embedded database unless told otherwise.
          DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        },
      },
});
