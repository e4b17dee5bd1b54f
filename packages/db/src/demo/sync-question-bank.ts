import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { questions } from "../schema/questions.ts";
import type { BankQuestion } from "./question-bank.ts";

/**
 * Upserts the bank by slug in one statement: new slugs are inserted, edited rows updated, and
 * nothing is ever duplicated, so it runs on every start. Rows are only written when a field
 * actually changed, so an unchanged bank costs one index scan and no dead tuples.
 * Questions removed from the file are left alone: answers may reference them.
 */
export async function syncQuestionBank(
  db: Db,
  bank: readonly BankQuestion[],
): Promise<{ changed: number }> {
  if (bank.length === 0) return { changed: 0 };
  const rows = await db
    .insert(questions)
    .values(
      bank.map((q) => ({
        slug: q.slug,
        kind: q.kind,
        title: q.title,
        prompt: q.prompt,
        guidance: q.guidance,
        exampleAnswer: q.exampleAnswer,
      })),
    )
    .onConflictDoUpdate({
      target: questions.slug,
      set: {
        kind: sql`excluded.kind`,
        title: sql`excluded.title`,
        prompt: sql`excluded.prompt`,
        guidance: sql`excluded.guidance`,
        exampleAnswer: sql`excluded.example_answer`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(${questions.kind}, ${questions.title}, ${questions.prompt}, ${questions.guidance}, ${questions.exampleAnswer})
        is distinct from (excluded.kind, excluded.title, excluded.prompt, excluded.guidance, excluded.example_answer)`,
    })
    .returning({ id: questions.id });
  return { changed: rows.length };
}
