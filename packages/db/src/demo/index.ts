import type { Db } from "../client.ts";
import { seedDemoDoubleScoring } from "./double-scoring.ts";
import { seedDemoCommentBank } from "./comment-bank.ts";
import { seedDemoHistory } from "./history.ts";
import { seedDemoIfEmpty } from "./organisation.ts";
import { questionBank } from "./question-bank.ts";
import { seedDemoRegrades } from "./regrades.ts";
import { seedDemoReviews } from "./reviews.ts";
import { syncQuestionBank } from "./sync-question-bank.ts";

export {
  demoDoubleScoringRate,
  type SeededDoubleScoring,
  seedDemoDoubleScoring,
} from "./double-scoring.ts";
export {
  type SeedDemoHistoryOptions,
  type SeededAnswer,
  seedDemoHistory,
} from "./history.ts";
export {
  LARGE_DEMO_COHORT_NAME,
  LARGE_DEMO_LEAD_EMAIL,
  LARGE_DEMO_ORGANISATION_NAME,
  LARGE_DEMO_PASSWORD,
  type LargeDemoSummary,
  type SeedLargeDemoOptions,
  seedLargeDemo,
} from "./large-demo.ts";
export { DEMO_ACCOUNTS, seedDemoIfEmpty } from "./organisation.ts";
export { type BankQuestion, questionBank } from "./question-bank.ts";
export { type SeedDemoReviewsOptions, type SeededReviews, seedDemoReviews } from "./reviews.ts";
export { syncQuestionBank } from "./sync-question-bank.ts";

export interface SeedDemoOptions {
  /**
   * How far the demo organisation goes: its people only, plus practice history scored by the
   * engine, or (the default) plus question sets, assignments and coach reviews of that history.
   */
  upTo?: "organisation" | "history" | "reviews";
  /** The history ends at this instant; defaults to now. */
  now?: Date;
  logger?: (msg: string) => void;
}

/**
 * The app's start-up content, passed to createDb's `seed`: syncs the question bank (every start:
 * cheap when nothing changed, and edits to the bank file reach the rows), then creates the demo
 * organisation when the database has no users yet.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<void> {
  const log = options.logger;
  const upTo = options.upTo ?? "reviews";
  const { changed } = await syncQuestionBank(db, questionBank);
  if (changed > 0) log?.(`question bank: ${changed} questions added or updated`);
  // One transaction: a failure part-way leaves no demo organisation without its history.
  await db.transaction(async (tx) => {
    if (!(await seedDemoIfEmpty(tx))) return;
    log?.("seeded the demo organisation");
    if (upTo === "organisation") return;
    const now = options.now ?? new Date();
    const history = await seedDemoHistory(tx, { now });
    log?.(`seeded ${history.length} demo answers`);
    if (upTo === "history") return;
    const coaching = await seedDemoReviews(tx, { now, history });
    log?.(
      `seeded ${coaching.sets} question sets, ${coaching.assignedAnswers} assigned answers, ${coaching.reviewed} reviews (${coaching.toReview} waiting, ${coaching.held} held for publishing)`,
    );
    const doubled = await seedDemoDoubleScoring(tx, { now });
    log?.(`seeded ${doubled.secondGrades} second grades (${doubled.disagreements} to moderate)`);
    const bankEntries = await seedDemoCommentBank(tx);
    log?.(`seeded ${bankEntries} comment bank entries`);
    const regrades = await seedDemoRegrades(tx, { now });
    log?.(`seeded ${regrades} pending regrade request`);
  });
}
