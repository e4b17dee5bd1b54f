import { expect as baseExpect, type Locator, type Page } from "@playwright/test";

// Generous: these pages render on a shared, busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

// Page objects and API helpers for the coach's journeys.

/** Runs a mutation through the real tRPC endpoint with the page's session. */
export async function trpcMutation<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${procedure}`, {
    data: { json: input },
  });
  expect(response.ok(), `${procedure} answered ${response.status()}`).toBe(true);
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

/** A short unique suffix, so parallel specs (and re-runs on one database) never collide. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export class SetsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/coach/sets");
    await expect(this.page.getByRole("heading", { level: 1, name: "Question sets" })).toBeVisible();
  }

  async create(title: string, description: string) {
    const form = this.page.getByRole("form", { name: "New question set" });
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Description").fill(description);
    await form.getByRole("button", { name: "Create set" }).click();
    await this.page.waitForURL(/\/coach\/sets\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    return new SetPage(this.page);
  }
}

export class SetPage {
  readonly order: Locator;

  constructor(private readonly page: Page) {
    this.order = page.getByRole("list", { name: "Set order" });
  }

  async addQuestion(title: string) {
    await this.page.getByLabel("Filter questions").fill(title);
    await this.page.getByRole("button", { name: `Add: ${title}` }).click();
    await expect(this.order.getByText(title)).toBeVisible();
    await this.saved();
  }

  /** Waits until every change on screen is stored. */
  async saved() {
    await expect(this.page.getByTestId("set-save-status")).toHaveText("All changes saved");
  }

  async titlesInOrder() {
    return this.order.getByRole("listitem").locator("span.font-medium").allTextContents();
  }

  moveUp(title: string) {
    return this.page.getByRole("button", { name: `Move up: ${title}` });
  }

  async assignTo(candidateName: string) {
    const form = this.page.getByRole("form", { name: "Assign" });
    await form.getByRole("checkbox", { name: new RegExp(candidateName) }).check();
    await form.getByRole("button", { name: "Assign set" }).click();
    await expect(form.getByRole("status")).toContainText("assigned to 1 candidate");
  }

  assignmentRow(candidateName: string) {
    return this.page
      .getByRole("region", { name: "Assignments" })
      .getByRole("row")
      .filter({ hasText: candidateName });
  }
}

export class QueuePage {
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByRole("list", { name: "Review queue" });
  }

  async goto(search = "") {
    await this.page.goto(`/coach/queue${search}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  }

  rows() {
    return this.list.getByRole("link");
  }

  selectedRow() {
    return this.list.locator("a[aria-current='true']");
  }

  /** Moves the selection with j/k until the row holding `text` is selected. */
  async selectWithKeyboard(text: string) {
    await expect(this.rows().first()).toBeVisible();
    const titles = await this.rows().allTextContents();
    const index = titles.findIndex((t) => t.includes(text));
    expect(index, `a queue row with “${text}”`).toBeGreaterThanOrEqual(0);
    // Start from the top with k, so the walk does not depend on where focus was.
    for (let i = 0; i < titles.length; i += 1) await this.page.keyboard.press("k");
    for (let i = 0; i < index; i += 1) await this.page.keyboard.press("j");
    await expect(this.selectedRow()).toContainText(text);
    await expect(this.selectedRow()).toBeFocused();
  }
}

export class GradingPage {
  readonly answer: Locator;

  constructor(private readonly page: Page) {
    this.answer = page.getByRole("region", { name: "Answer being graded" });
  }

  /**
   * Selects the first occurrence of `phrase` in the answer as a user's drag would. The phrase may
   * span several highlights, so the range runs across text nodes; the highlighter's glyphs and
   * screen-reader words (aria-hidden, .sr-only) are not part of the answer and are skipped.
   */
  async selectInAnswer(phrase: string) {
    await this.answer.evaluate((root, text) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const decoration = node.parentElement?.closest("[aria-hidden='true'], .sr-only");
        if (node instanceof Text && !(decoration && root.contains(decoration))) nodes.push(node);
      }
      const full = nodes.map((n) => n.data).join("");
      const at = full.indexOf(text);
      if (at < 0) throw new Error(`“${text}” is not in the answer`);
      const locate = (offset: number, isEnd: boolean): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          const next = seen + node.data.length;
          if (isEnd ? offset <= next : offset < next) return [node, offset - seen];
          seen = next;
        }
        throw new Error("offset past the answer");
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + text.length, true));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }, phrase);
  }

  async addComment(body: string) {
    await this.page.getByLabel("Comment", { exact: true }).fill(body);
    await this.page.getByRole("button", { name: "Add comment" }).click();
  }

  score(dimension: string, value: number) {
    return this.page
      .getByRole("radiogroup", { name: dimension })
      .getByRole("radio", { name: new RegExp(`^${value} of 4`) });
  }

  async engineScore(dimension: string): Promise<number> {
    const checked = this.page.getByRole("radiogroup", { name: dimension }).getByRole("radio", {
      name: /the engine's score/,
    });
    return Number(await checked.getAttribute("value"));
  }

  reason(dimension: string) {
    return this.page.getByLabel(new RegExp(`^Why ${dimension} \\d, not \\d\\?`));
  }
}
