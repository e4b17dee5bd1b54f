import type { DimensionKey } from "@debrief/core/rubric";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { commentBankEntries } from "../schema/comment-bank.ts";
import { organisations } from "../schema/organisations.ts";
import { users } from "../schema/users.ts";
import { DEMO_COACH_EMAIL, DEMO_ORGANISATION_NAME } from "../users/demo-accounts.ts";
import { demoOverallComments } from "./reviews.ts";

/** Comments a coach writes again and again, each with what it is usually given for. */
const rangeComments: { text: string; dimension: DimensionKey; score: number }[] = [
  {
    text: "Which number changed, and from what? A before and after makes this land.",
    dimension: "impact",
    score: 1,
  },
  {
    text: "Say what you did here, in first person: the decision was yours.",
    dimension: "ownership",
    score: 1,
  },
  {
    text: "Name the option you turned down and what choosing this one cost.",
    dimension: "tradeoffs",
    score: 2,
  },
  {
    text: "Explain the mechanism: what in the system made this work?",
    dimension: "depth",
    score: 2,
  },
  {
    text: "Good: a concrete number with its unit. Keep doing this.",
    dimension: "specificity",
    score: 3,
  },
];

/**
 * The demo organisation's comment bank: the overall comments its demo reviews already use
 * (linked, so the bank shows real usage counts) and a few range comments with a dimension and
 * score. Runs after the demo reviews, in the same transaction.
 */
export async function seedDemoCommentBank(db: Db): Promise<number> {
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, DEMO_ORGANISATION_NAME));
  if (!organisation) return 0;
  const [coach] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, DEMO_COACH_EMAIL));
  const rows = [
    ...demoOverallComments.map((text) => ({ text, dimension: null, score: null })),
    ...rangeComments,
  ].map((entry) => ({ ...entry, organisationId: organisation.id, authorId: coach?.id ?? null }));
  const entries = await db
    .insert(commentBankEntries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: commentBankEntries.id, text: commentBankEntries.text });
  // Link each overall-comment entry to the organisation's submitted reviews that carry its text.
  for (const entry of entries) {
    await db.execute(sql`
      insert into comment_bank_uses (entry_id, review_id, created_at)
      select ${entry.id}::uuid, r.id, r.submitted_at
      from reviews r
      inner join answers a on a.id = r.answer_id
      inner join cohorts c on c.id = a.cohort_id
      where c.organisation_id = ${organisation.id}
        and r.overall_comment = ${entry.text}
        and r.submitted_at is not null
      on conflict do nothing
    `);
  }
  return entries.length;
}
