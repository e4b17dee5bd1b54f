import { expect, type Locator, type Page } from "@playwright/test";

// Page objects and API look-ups for the candidate's practice journeys.

type QuestionKind =
  | "deep_dive"
  | "debugging"
  | "cross_functional"
  | "conflict"
  | "intro"
  | "motivation"
  | "logistics";

interface QuestionRow {
  id: string;
  kind: QuestionKind;
  title: string;
  attemptCount: number;
}

/** Reads a candidate query through the real tRPC endpoint, with the page's session. */
export async function trpcQuery<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const query = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await page.request.get(`/api/trpc/${procedure}?input=${query}`);
  expect(response.ok(), `${procedure} answered ${response.status()}`).toBe(true);
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

/**
 * A question of `kind`, by position among those of that kind. Specs run in parallel as the same
 * demo candidate, so each spec writes to its own question and never sees another's drafts.
 */
export async function questionOfKind(page: Page, kind: QuestionKind, index = 0) {
  const questions = await trpcQuery<QuestionRow[]>(page, "questions.list", { kind });
  const question = questions[index];
  if (!question) throw new Error(`No ${kind} question at position ${index}`);
  return question;
}

/** The demo question with the most history: attempts, deltas and a diff to look at. */
export async function questionWithHistory(page: Page) {
  const questions = await trpcQuery<QuestionRow[]>(page, "questions.list", {});
  const question = [...questions].sort((a, b) => b.attemptCount - a.attemptCount)[0];
  if (!question || question.attemptCount < 2)
    throw new Error("The demo seed has no revised answer");
  const attempts = await trpcQuery<{ id: string }[]>(page, "answers.attempts", {
    questionId: question.id,
  });
  return { question, attempts };
}

export function attemptCount(page: Page, questionId: string) {
  return trpcQuery<unknown[]>(page, "answers.attempts", { questionId }).then((a) => a.length);
}

export class AnswerEditorPage {
  readonly answer: Locator;
  readonly submit: Locator;
  readonly saveStatus: Locator;

  constructor(private readonly page: Page) {
    this.answer = page.getByRole("textbox", { name: "Your answer" });
    this.submit = page.getByRole("button", { name: /submit answer|submitting/i });
    this.saveStatus = page.getByTestId("save-status");
  }

  async goto(questionId: string) {
    await this.page.goto(`/practice/questions/${questionId}`);
    await this.waitUntilLive();
  }

  /** Submit is enabled once the editor has hydrated and restored any saved draft. */
  async waitUntilLive() {
    await expect(this.answer).toBeVisible();
    await expect(this.submit).toBeEnabled();
  }

  async write(text: string) {
    await this.answer.fill(text);
  }

  async waitForServerSave() {
    await expect(this.saveStatus).toHaveText(/Saved · /);
  }

  previewScore() {
    return this.page.getByRole("meter", { name: "Preview" });
  }

  async submitAndOpenScoreCard() {
    await this.submit.click();
    await this.page.waitForURL(/\/practice\/answers\/[0-9a-f-]{36}$/);
    return new ScoreCardPage(this.page);
  }
}

export class ScoreCardPage {
  readonly overall: Locator;
  readonly annotatedAnswer: Locator;

  constructor(private readonly page: Page) {
    this.overall = page.getByRole("meter", { name: "Overall" });
    this.annotatedAnswer = page.getByRole("region", { name: "Answer with highlighted evidence" });
  }

  async goto(answerId: string) {
    await this.page.goto(`/practice/answers/${answerId}`);
    await expect(this.overall).toBeVisible();
  }

  evidenceMarks() {
    return this.annotatedAnswer.locator("mark");
  }

  dimensionBar(label: string) {
    return this.page.getByRole("meter", { name: label, exact: true });
  }

  async revise() {
    await this.page.getByRole("link", { name: "Revise this answer" }).click();
    await this.page.waitForURL(/\/practice\/questions\/[0-9a-f-]{36}$/);
    const editor = new AnswerEditorPage(this.page);
    await editor.waitUntilLive();
    return editor;
  }

  async openAttempts() {
    await this.page.getByRole("link", { name: "All attempts" }).click();
    await this.page.waitForURL(/\/attempts$/);
    return new AttemptsPage(this.page);
  }
}

export class AttemptsPage {
  constructor(private readonly page: Page) {}

  async goto(questionId: string) {
    await this.page.goto(`/practice/questions/${questionId}/attempts`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  trendChart() {
    return this.page.getByRole("img", { name: /Overall score by attempt/ });
  }

  deltaCard(from: number, to: number) {
    return this.page.getByRole("listitem").filter({
      has: this.page.getByRole("heading", { name: `Attempt ${from} → ${to}` }),
    });
  }

  diff(from: number, to: number) {
    return this.page.getByRole("region", { name: `Changes from attempt ${from} to attempt ${to}` });
  }
}
