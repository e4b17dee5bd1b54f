// First-load JavaScript per candidate page, gzipped as served: Next 16 no longer prints route
// sizes, and DESIGN.md budgets them (< 180 kB). Needs a running production build:
//   pnpm --filter @debrief/e2e exec tsx scripts/route-js-size.ts [baseURL]
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts } from "../support/accounts";
import { LoginPage } from "../support/login-page";

const baseURL = process.argv[2] ?? "http://127.0.0.1:3100";
const budgetKb = 180;

async function trpcQuery<T>(page: Page, path: string, input: unknown): Promise<T> {
  const query = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await page.request.get(`/api/trpc/${path}?input=${query}`);
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
const context = await browser.newContext({ baseURL });
const page = await context.newPage();
const login = new LoginPage(page);
await login.goto();
await login.signIn(demoAccounts.candidate.email, DEMO_PASSWORD);
await page.waitForURL(`**${demoAccounts.candidate.home}`);

const questions = await trpcQuery<{ id: string; attemptCount: number }[]>(
  page,
  "questions.list",
  {},
);
const tried = questions.find((q) => q.attemptCount > 0) ?? questions[0];
const recent = await trpcQuery<{ id: string }[]>(page, "answers.recent", { limit: 1 });
const routes = ["/practice", "/practice/questions"];
if (tried) {
  routes.push(`/practice/questions/${tried.id}`, `/practice/questions/${tried.id}/attempts`);
}
if (recent[0]) routes.push(`/practice/answers/${recent[0].id}`);

// Measured as gzip of the served bytes, so the browser cache cannot hide a file.
const gzippedSize = new Map<string, number>();
async function sizeOf(url: string): Promise<number> {
  const known = gzippedSize.get(url);
  if (known !== undefined) return known;
  const response = await page.request.get(url);
  const size = gzipSync(await response.body()).length;
  gzippedSize.set(url, size);
  return size;
}

let isOver = false;
for (const route of routes) {
  const fresh = await context.newPage();
  const scripts = new Set<string>();
  fresh.on("request", (request) => {
    if (request.resourceType() === "script") scripts.add(request.url());
  });
  await fresh.goto(route, { waitUntil: "networkidle" });
  let bytes = 0;
  for (const url of scripts) bytes += await sizeOf(url);
  const kb = bytes / 1024;
  isOver ||= kb > budgetKb;
  console.log(
    `${kb.toFixed(1).padStart(7)} kB  ${String(scripts.size).padStart(2)} files  ${route}`,
  );
  await fresh.close();
}
await browser.close();
if (isOver) {
  console.error(`Over the ${budgetKb} kB first-load budget.`);
  process.exitCode = 1;
}
