import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "../support/accounts";
import {
  AnswerEditorPage,
  attemptCount,
  questionOfKind,
  questionWithHistory,
  ScoreCardPage,
  trpcQuery,
} from "../support/practice";

test.use({ storageState: storageStatePath("candidate") });

// Draft texts carry a timestamp so a retried test never finds its own earlier draft already saved.

const draftSaves = /\/api\/trpc\/[^?]*drafts\.save/;

// A deliberately vague first attempt, and the concrete sentence a revision adds.
const firstDraft =
  "I'm a backend engineer. I have worked on a lot of different things over the years, mostly " +
  "services and some data work. We built many systems together as a team and they were really " +
  "fast and reliable. I like solving hard problems and working with people, and I'm interested " +
  "in this role because it seems like a great fit for me. I think I would learn a lot here and " +
  "I could help the team with my experience in backend systems across the stack.";
const revision =
  " Most recently I designed and shipped a payments ledger service in Go on PostgreSQL that " +
  "handles 4,000 writes per second; I cut p99 latency from 900 ms to 120 ms by moving " +
  "reconciliation to a Kafka queue, which reduced failed payouts by 35% in three months.";

test("answer, read the evidence, revise, and see the delta and the diff", async ({ page }) => {
  const question = await questionOfKind(page, "intro", 0);
  const editor = new AnswerEditorPage(page);
  await editor.goto(question.id);
  await editor.write(firstDraft);
  // The engine also runs in the browser: a labelled preview appears while typing.
  // The engine loads on first keystroke (about 1 MB): allow it time on a busy CI machine.
  await expect(editor.previewScore()).toBeVisible({ timeout: 30_000 });

  const first = await editor.submitAndOpenScoreCard();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(question.title);
  await expect(first.overall).toHaveAttribute("aria-valuetext", /out of 100/);
  await expect(first.dimensionBar("Specificity")).toBeVisible();
  // Each highlight says what it does in text, not only in colour (on the last piece of a
  // highlight that wraps around other ones) ...
  const mark = first
    .evidenceMarks()
    .filter({ hasText: /\((supports|hurts) [A-Z][a-z]+/ })
    .first();
  await expect(mark).toBeVisible();
  // ... and focusing it shows why.
  await mark.focus();
  await expect(page.getByRole("tooltip")).toContainText(/Supports|Hurts/);
  const firstOverall = Number(await first.overall.getAttribute("aria-valuenow"));

  const reviseEditor = await first.revise();
  await expect(reviseEditor.answer).toHaveValue(firstDraft);
  await reviseEditor.write(firstDraft + revision);
  const second = await reviseEditor.submitAndOpenScoreCard();
  await expect(page.getByText(/^Attempt 2 of 2/)).toBeVisible();
  const secondOverall = Number(await second.overall.getAttribute("aria-valuenow"));
  expect(secondOverall).toBeGreaterThan(firstOverall);

  const attempts = await second.openAttempts();
  await expect(attempts.trendChart()).toHaveAttribute(
    "aria-label",
    new RegExp(`attempt 1: ${firstOverall}, attempt 2: ${secondOverall}`),
  );
  const delta = attempts.deltaCard(1, 2);
  await expect(delta).toContainText(`Overall ${firstOverall} → ${secondOverall}`);
  // Specificity goes from no numbers to several: named, with both scores and a direction word.
  await expect(delta.getByTestId("dimension-deltas")).toContainText(/Specificity \d → \d\s*up \d/);
  const diff = attempts.diff(1, 2);
  await expect(diff.locator("ins")).toContainText("payments ledger service");
  await expect(diff.locator("del")).toHaveCount(0);
});

test("a reload mid-draft keeps the text, from this device and from the server", async ({
  page,
}) => {
  const question = await questionOfKind(page, "motivation", 0);
  const editor = new AnswerEditorPage(page);
  await editor.goto(question.id);
  const text = `I want to work on your payments infrastructure because I have run ledgers at scale. (${Date.now()})`;
  await editor.write(text);
  // Reloaded before the debounced server save: the local copy brings it back.
  await page.reload();
  await expect(editor.answer).toHaveValue(text);

  await editor.waitForServerSave();
  const draft = await trpcQuery<{ body: string } | null>(page, "drafts.get", {
    questionId: question.id,
  });
  expect(draft?.body).toBe(text);
  // Without the local copy (another browser, cleared storage) the server copy comes back.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(editor.answer).toHaveValue(text);
});

test("typing offline survives a reload and reaches the server once back online", async ({
  page,
  context,
}) => {
  const question = await questionOfKind(page, "logistics", 0);
  const editor = new AnswerEditorPage(page);
  await editor.goto(question.id);

  // Chromium's offline emulation can let a request reach the server while failing it for the
  // page; refusing draft saves outright makes "offline" mean offline for the server too.
  await context.route(draftSaves, (route) => route.abort("internetdisconnected"));
  await context.setOffline(true);
  const text = `I am authorised to work in the UK and can start after a four-week notice period. (${Date.now()})`;
  await editor.write(text);
  await expect(editor.saveStatus).toHaveText("Offline — saved on this device");

  // At this point the words exist only in this browser: the server does not have them, the local copy
  // has them. (page.request is not subject to the context's offline switch.)
  // (An earlier run of this test may have left its own draft there; this text is new.)
  const serverCopy = await trpcQuery<{ body: string } | null>(page, "drafts.get", {
    questionId: question.id,
  });
  expect(serverCopy?.body).not.toBe(text);
  const local = await page.evaluate(() =>
    Object.entries(window.localStorage).find(([key]) => key.includes(":draft:")),
  );
  expect(local?.[1]).toContain(text);

  // Reloading needs the network for the page itself. Whatever reaches the server first (the
  // keepalive flush on pagehide, or the restored copy's resync), the text is back and saved.
  await context.unroute(draftSaves);
  await context.setOffline(false);
  await page.reload();
  await expect(editor.answer).toHaveValue(text);
  // The save the `online` event started can land just after the reload's server render: then
  // the restored copy is already marked synced and the status line stays neutral, so the server
  // is asked directly rather than through "Saved ·".
  await expect
    .poll(
      async () =>
        (await trpcQuery<{ body: string } | null>(page, "drafts.get", { questionId: question.id }))
          ?.body,
      { timeout: 15_000 },
    )
    .toBe(text);
});

test("a draft typed offline comes back after closing the tab, from this device alone", async ({
  page,
  context,
}) => {
  const question = await questionOfKind(page, "logistics", 1);
  const first = new AnswerEditorPage(page);
  await first.goto(question.id);
  // As above: saves are refused from here on, so nothing can slip through to the server.
  await context.route(draftSaves, (route) => route.abort("internetdisconnected"));
  await context.setOffline(true);
  const text = `Compensation: I am looking for a base in the range we discussed, and I am flexible. (${Date.now()})`;
  await first.write(text);
  await expect(first.saveStatus).toHaveText("Offline — saved on this device");
  // Closing while offline: the pagehide flush cannot reach the server either.
  await page.close();

  // Back online, but every draft save is still refused: if the text shows up now, it can only
  // have come from localStorage.
  await context.setOffline(false);
  const again = await context.newPage();
  const editor = new AnswerEditorPage(again);
  await editor.goto(question.id);
  await expect(editor.answer).toHaveValue(text);
  const serverCopy = await trpcQuery<{ body: string } | null>(again, "drafts.get", {
    questionId: question.id,
  });
  expect(serverCopy?.body).not.toBe(text);

  // Once saves get through, the restored copy is sent to the server.
  await context.unroute(draftSaves);
  await again.reload();
  await expect(editor.answer).toHaveValue(text);
  await editor.waitForServerSave();
  const draft = await trpcQuery<{ body: string } | null>(again, "drafts.get", {
    questionId: question.id,
  });
  expect(draft?.body).toBe(text);
});

test("a double-click on Submit creates one attempt", async ({ page }) => {
  const question = await questionOfKind(page, "debugging", 1);
  const before = await attemptCount(page, question.id);
  const editor = new AnswerEditorPage(page);
  await editor.goto(question.id);
  await editor.write(firstDraft);
  await editor.submit.dblclick();
  await page.waitForURL(/\/practice\/answers\//);
  await expect(new ScoreCardPage(page).overall).toBeVisible();
  expect(await attemptCount(page, question.id)).toBe(before + 1);
});

test("a retry after a lost response reuses the key and creates one attempt", async ({ page }) => {
  const question = await questionOfKind(page, "debugging", 2);
  const before = await attemptCount(page, question.id);
  const editor = new AnswerEditorPage(page);
  await editor.goto(question.id);
  await editor.write(firstDraft);

  // The first submit reaches the server and is stored, but its response never arrives.
  let isFirst = true;
  await page.route(/\/api\/trpc\/[^?]*answers\.submit/, async (route) => {
    if (!isFirst) return route.continue();
    isFirst = false;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await editor.submit.click();
  await expect(page.getByRole("alert").filter({ hasText: /Couldn't reach Debrief/ })).toBeVisible();
  await expect(editor.answer).toHaveValue(firstDraft);

  await editor.submit.click();
  await page.waitForURL(/\/practice\/answers\//);
  expect(await attemptCount(page, question.id)).toBe(before + 1);
});

test("an answer over 20,000 characters is refused inline, keeping the text", async ({ page }) => {
  const question = await questionOfKind(page, "conflict", 1);
  const editor = new AnswerEditorPage(page);
  await editor.goto(question.id);
  const long = "word ".repeat(4_001);
  await editor.write(long);
  await editor.submit.click();
  await expect(page.getByRole("alert").filter({ hasText: /limited to 20,000/ })).toBeVisible();
  await expect(editor.answer).toHaveValue(long);
  await expect(page).toHaveURL(new RegExp(`/practice/questions/${question.id}$`));
});

test.describe("accessibility", () => {
  const pages: { name: string; path: (ids: { question: string; answer: string }) => string }[] = [
    { name: "practice home", path: () => "/practice" },
    { name: "question list", path: () => "/practice/questions?kind=cross_functional" },
    { name: "answer editor", path: (ids) => `/practice/questions/${ids.question}` },
    { name: "score card", path: (ids) => `/practice/answers/${ids.answer}` },
    { name: "attempts", path: (ids) => `/practice/questions/${ids.question}/attempts` },
  ];
  for (const target of pages) {
    test(`the ${target.name} has no serious or critical axe violations`, async ({ page }) => {
      const { question, attempts } = await questionWithHistory(page);
      const answer = attempts.at(-1)?.id ?? "";
      await page.goto(target.path({ question: question.id, answer }));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(serious).toEqual([]);
    });
  }
});
