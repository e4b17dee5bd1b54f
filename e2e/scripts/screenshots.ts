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
// Practice pages with ids: "{question}" is a question the demo candidate has attempts at,
// "{answer}" its latest attempt; both are looked up through the API at run time.
pages.push(
  { role: "candidate", path: "/practice/questions", name: "practice-questions" },
  {
    role: "candidate",
    path: "/practice/questions?kind=debugging",
    name: "practice-questions-kind",
  },
  { role: "candidate", path: "/practice/questions/{question}", name: "practice-editor" },
  { role: "candidate", path: "/practice/answers/{answer}", name: "practice-score-card" },
  { role: "candidate", path: "/practice/questions/{question}/attempts", name: "practice-attempts" },
);
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
const ids = await findPracticeIds();
async function findPracticeIds(): Promise<Record<string, string>> {
  const context = await browser.newContext({
    baseURL,
    storageState: storageStatePath("candidate"),
  });
  const get = async <T>(procedure: string, input: unknown): Promise<T> => {
    const query = encodeURIComponent(JSON.stringify({ json: input }));
    const response = await context.request.get(`/api/trpc/${procedure}?input=${query}`);
    return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
  };
  const questions = await get<{ id: string; attemptCount: number }[]>("questions.list", {});
  const question = [...questions].sort((a, b) => b.attemptCount - a.attemptCount)[0];
  const attempts = question
    ? await get<{ id: string }[]>("answers.attempts", { questionId: question.id })
    : [];
  await context.close();
  return { question: question?.id ?? "none", answer: attempts.at(-1)?.id ?? "none" };
}
const withIds = (pagePath: string) =>
  pagePath.replace(/\{(\w+)\}/g, (_, key: string) => ids[key] ?? key);

for (const scheme of ["light", "dark"] as const) {
  for (const spec of pages) {
    const context = await browser.newContext({
      baseURL,
      colorScheme: scheme,
      viewport: { width: 1280, height: 900 },
      storageState: spec.role ? storageStatePath(spec.role) : undefined,
    });
    const page = await context.newPage();
    await page.goto(withIds(spec.path), { waitUntil: "networkidle" });
    const file = path.join(outDir, `${spec.name}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
