import { chromium, type Page } from "@playwright/test";
import { storageStatePath } from "./support/accounts";

const base = "http://127.0.0.1:3103";
const out = "/tmp/regrade-shots";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
async function q<T>(page: Page, proc: string, input: unknown): Promise<T> {
  const r = await page.request.get(`${base}/api/trpc/${proc}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  return ((await r.json()) as { result: { data: { json: T } } }).result.data.json;
}
async function ctx(role: "candidate" | "coach" | "lead", width: number) {
  const c = await browser.newContext({ storageState: storageStatePath(role), viewport: { width, height: 900 } });
  return c.newPage();
}
for (const width of [1280, 390]) {
  const tag = width === 390 ? "m" : "d";
  const cand = await ctx("candidate", width);
  const recent = await q<{ id: string; status: string; question: { title: string } }[]>(cand, "answers.recent", { limit: 50 });
  const accepted = [];
  let open: string | null = null;
  for (const a of recent) {
    if (a.status !== "reviewed") continue;
    const r = await q<{ availability: { isOpen: boolean }; request: { status: string } | null }>(cand, "regrades.forAnswer", { answerId: a.id });
    if (r.request?.status === "accepted") accepted.push(a.id);
    if (!r.request && r.availability.isOpen && !open) open = a.id;
  }
  if (accepted[0]) {
    await cand.goto(`${base}/practice/answers/${accepted[0]}`);
    await cand.locator("#regrade").scrollIntoViewIfNeeded();
    await cand.locator("#regrade").screenshot({ path: `${out}/${tag}-candidate-accepted.png` });
  }
  if (open) {
    await cand.goto(`${base}/practice/answers/${open}`);
    await cand.waitForTimeout(1500);
    await cand.locator("#regrade").getByRole("button", { name: "Ask for a regrade" }).click();
    await cand.waitForTimeout(300);
    await cand.locator("#regrade").screenshot({ path: `${out}/${tag}-candidate-form.png` });
  }
  const coach = await ctx("coach", width);
  await coach.goto(`${base}/coach/queue?view=regrades`);
  await coach.screenshot({ path: `${out}/${tag}-coach-queue.png`, fullPage: true });
  const pending = await q<{ answerId: string }[]>(coach, "regrades.queue", { status: "pending" });
  if (pending[0]) {
    await coach.goto(`${base}/coach/review/${pending[0].answerId}`);
    await coach.locator("#regrade").screenshot({ path: `${out}/${tag}-coach-pending.png` });
  }
  const lead = await ctx("lead", width);
  const me = await q<{ memberships: { cohortId: string; role: string }[] }>(lead, "me.get", undefined);
  const cohort = me.memberships.find((m) => m.role === "lead");
  await lead.goto(`${base}/lead/cohorts/${cohort?.cohortId}`);
  await lead.locator("#regrades").screenshot({ path: `${out}/${tag}-lead.png` });
  const sets = await q<{ id: string }[]>(coach, "questionSets.list", {});
  if (sets[0]) {
    await coach.goto(`${base}/coach/sets/${sets[0].id}`);
    await coach.getByRole("form", { name: "Regrade requests" }).screenshot({ path: `${out}/${tag}-set-window.png` });
  }
}
await browser.close();
