// Captures every page per role, light and dark, for a human to look at:
//   pnpm --filter @debrief/e2e exec tsx scripts/screenshots.ts [baseURL] [outDir]
// Needs a running app (e.g. `pnpm start`) and the storage states from a Playwright run.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { type DemoRole, storageStatePath } from "../support/accounts";

const baseURL = process.argv[2] ?? "http://127.0.0.1:3100";
const outDir = path.resolve(process.argv[3] ?? "/tmp/debrief-screens");
const pages: { role: DemoRole | null; path: string; name: string }[] = [
  { role: null, path: "/login", name: "login" },
  { role: "candidate", path: "/practice", name: "practice" },
  { role: "coach", path: "/coach", name: "coach" },
  { role: "lead", path: "/lead", name: "lead" },
];
const extra = (process.env.SCREENSHOT_PAGES ?? "").split(",").filter(Boolean);
for (const spec of extra) {
  const [role, pagePath, name] = spec.split(":");
  if (role && pagePath && name) pages.push({ role: role as DemoRole, path: pagePath, name });
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
for (const scheme of ["light", "dark"] as const) {
  for (const spec of pages) {
    const context = await browser.newContext({
      baseURL,
      colorScheme: scheme,
      viewport: { width: 1280, height: 900 },
      storageState: spec.role ? storageStatePath(spec.role) : undefined,
    });
    const page = await context.newPage();
    await page.goto(spec.path, { waitUntil: "networkidle" });
    const file = path.join(outDir, `${spec.name}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
