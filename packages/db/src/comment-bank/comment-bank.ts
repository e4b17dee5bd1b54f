import type { DimensionKey } from "@debrief/core/rubric";
import { and, asc, count, desc, eq, ilike, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { badRequest, conflict, notFound } from "../errors.ts";
import { maxCommentBankEntries } from "../limits.ts";
import { answers } from "../schema/answers.ts";
import { cohorts } from "../schema/cohorts.ts";
import { commentBankEntries, commentBankUses } from "../schema/comment-bank.ts";
import { organisations } from "../schema/organisations.ts";
import { reviewComments, reviews } from "../schema/reviews.ts";
import { users } from "../schema/users.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import { cohortsInScope } from "../scopes/coach-scope.ts";
import { isUuid } from "../users/users.ts";

export interface CommentBankEntryView {
  id: string;
  text: string;
  dimension: DimensionKey | null;
  score: number | null;
  organisation: { id: string; name: string };
  authorName: string | null;
  /** How many comments (overall or range) the entry is inserted in. */
  usageCount: number;
  updatedAt: Date;
}

/** The organisations whose bank a coach shares: those of the cohorts they coach. */
export async function bankOrganisationIds(db: Db, scope: CoachScope): Promise<string[]> {
  if (scope.cohortIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: cohorts.organisationId })
    .from(cohorts)
    .where(inArray(cohorts.id, [...scope.cohortIds]));
  return rows.map((row) => row.id);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The bank of every organisation the coach coaches in, most used first. `query` narrows it to
 * entries containing the text (what the grading panel offers as the coach types).
 */
export async function listCommentBank(
  db: Db,
  scope: CoachScope,
  input: { query?: string; organisationId?: string; entryId?: string; limit?: number } = {},
): Promise<CommentBankEntryView[]> {
  let orgIds = await bankOrganisationIds(db, scope);
  if (input.organisationId !== undefined) {
    if (!isUuid(input.organisationId) || !orgIds.includes(input.organisationId)) {
      throw notFound("Organisation not found.");
    }
    orgIds = [input.organisationId];
  }
  if (orgIds.length === 0) return [];
  const query = input.query?.trim() ?? "";
  const usage = db
    .select({ entryId: commentBankUses.entryId, uses: count().as("uses") })
    .from(commentBankUses)
    .groupBy(commentBankUses.entryId)
    .as("usage");
  const rows = await db
    .select({
      id: commentBankEntries.id,
      text: commentBankEntries.text,
      dimension: commentBankEntries.dimension,
      score: commentBankEntries.score,
      organisation: { id: organisations.id, name: organisations.name },
      authorName: users.name,
      usageCount: sql<number>`coalesce(${usage.uses}, 0)::int`,
      updatedAt: commentBankEntries.updatedAt,
    })
    .from(commentBankEntries)
    .innerJoin(organisations, eq(organisations.id, commentBankEntries.organisationId))
    .leftJoin(users, eq(users.id, commentBankEntries.authorId))
    .leftJoin(usage, eq(usage.entryId, commentBankEntries.id))
    .where(
      and(
        inArray(commentBankEntries.organisationId, orgIds),
        query.length > 0 ? ilike(commentBankEntries.text, `%${escapeLike(query)}%`) : undefined,
        input.entryId === undefined ? undefined : eq(commentBankEntries.id, input.entryId),
      ),
    )
    .orderBy(desc(sql`coalesce(${usage.uses}, 0)`), asc(commentBankEntries.text))
    .limit(input.limit ?? maxCommentBankEntries);
  return rows;
}

export interface CreateCommentBankEntryInput {
  text: string;
  dimension?: DimensionKey | null;
  score?: number | null;
  /** The bank of this cohort's organisation; optional when the coach coaches in one only. */
  cohortId?: string | null;
}

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badRequest("text: write the comment before saving it.");
  return trimmed;
}

async function targetOrganisation(
  db: Db,
  scope: CoachScope,
  cohortId: string | null | undefined,
): Promise<string> {
  if (cohortId !== undefined && cohortId !== null) {
    const [cohort] = cohortsInScope(scope, cohortId);
    const [row] = await db
      .select({ organisationId: cohorts.organisationId })
      .from(cohorts)
      .where(eq(cohorts.id, cohort ?? ""));
    if (!row) throw notFound("Cohort not found.");
    return row.organisationId;
  }
  const orgIds = await bankOrganisationIds(db, scope);
  const [only, ...others] = orgIds;
  if (!only) throw notFound("Cohort not found.");
  if (others.length > 0) {
    throw badRequest("cohortId: you coach in several organisations; say which cohort's bank.");
  }
  return only;
}

/** Adds a comment to the organisation's bank; the same text twice is CONFLICT. */
export async function createCommentBankEntry(
  db: Db,
  scope: CoachScope,
  input: CreateCommentBankEntryInput,
): Promise<CommentBankEntryView> {
  const text = cleanText(input.text);
  const organisationId = await targetOrganisation(db, scope, input.cohortId);
  const [{ entries } = { entries: 0 }] = await db
    .select({ entries: count() })
    .from(commentBankEntries)
    .where(eq(commentBankEntries.organisationId, organisationId));
  if (entries >= maxCommentBankEntries) {
    throw badRequest(
      `The bank holds ${maxCommentBankEntries} comments at most; delete one you no longer use first.`,
    );
  }
  const [row] = await db
    .insert(commentBankEntries)
    .values({
      organisationId,
      authorId: scope.coachId,
      text,
      dimension: input.dimension ?? null,
      score: input.score ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: commentBankEntries.id });
  if (!row) throw conflict("That comment is already in the bank.");
  return getEntry(db, scope, row.id);
}

async function getEntry(db: Db, scope: CoachScope, entryId: string): Promise<CommentBankEntryView> {
  const [found] = await listCommentBank(db, scope, { entryId, limit: 1 });
  if (!found) throw notFound("Comment not found in the bank.");
  return found;
}

/** The entry, locked for the rest of the transaction, when it belongs to the coach's bank. */
async function lockEntry(db: Db, scope: CoachScope, entryId: string) {
  if (!isUuid(entryId)) throw notFound("Comment not found in the bank.");
  const orgIds = await bankOrganisationIds(db, scope);
  if (orgIds.length === 0) throw notFound("Comment not found in the bank.");
  const [entry] = await db
    .select()
    .from(commentBankEntries)
    .where(
      and(eq(commentBankEntries.id, entryId), inArray(commentBankEntries.organisationId, orgIds)),
    )
    .for("update");
  if (!entry) throw notFound("Comment not found in the bank.");
  return entry;
}

export interface UpdateCommentBankEntryInput {
  entryId: string;
  text: string;
  dimension?: DimensionKey | null;
  score?: number | null;
}

/**
 * Edits an entry and, in the same transaction, rewrites its text in every comment it was
 * inserted in, so the candidate reads the new wording on their next visit. Any coach of the
 * organisation may edit: the bank is shared.
 */
export async function updateCommentBankEntry(
  db: Db,
  scope: CoachScope,
  input: UpdateCommentBankEntryInput,
): Promise<CommentBankEntryView> {
  const text = cleanText(input.text);
  await db.transaction(async (tx) => {
    const entry = await lockEntry(tx, scope, input.entryId);
    const [clash] = await tx
      .select({ id: commentBankEntries.id })
      .from(commentBankEntries)
      .where(
        and(
          eq(commentBankEntries.organisationId, entry.organisationId),
          eq(commentBankEntries.text, text),
          sql`${commentBankEntries.id} <> ${entry.id}`,
        ),
      );
    if (clash) throw conflict("Another comment in the bank already says that.");
    await tx
      .update(commentBankEntries)
      .set({
        text,
        dimension: input.dimension === undefined ? entry.dimension : input.dimension,
        score: input.score === undefined ? entry.score : input.score,
      })
      .where(eq(commentBankEntries.id, entry.id));
    if (text === entry.text) return;
    const overallUses = tx
      .select({ reviewId: commentBankUses.reviewId })
      .from(commentBankUses)
      .where(and(eq(commentBankUses.entryId, entry.id), isNull(commentBankUses.commentId)));
    await tx
      .update(reviews)
      .set({ overallComment: sql`replace(${reviews.overallComment}, ${entry.text}, ${text})` })
      .where(inArray(reviews.id, overallUses));
    const rangeUses = tx
      .select({ commentId: sql<string>`${commentBankUses.commentId}` })
      .from(commentBankUses)
      .where(
        and(eq(commentBankUses.entryId, entry.id), sql`${commentBankUses.commentId} is not null`),
      );
    await tx
      .update(reviewComments)
      .set({ body: sql`replace(${reviewComments.body}, ${entry.text}, ${text})` })
      .where(inArray(reviewComments.id, rangeUses));
    // The reviews changed under any grading panel open on them: bumping their answers' version
    // makes such a panel's next save a CONFLICT that shows the new text, instead of a save that
    // quietly puts the old text back.
    const linkedAnswers = tx
      .select({ answerId: reviews.answerId })
      .from(reviews)
      .innerJoin(commentBankUses, eq(commentBankUses.reviewId, reviews.id))
      .where(eq(commentBankUses.entryId, entry.id));
    await tx
      .update(answers)
      .set({ version: sql`${answers.version} + 1` })
      .where(inArray(answers.id, linkedAnswers));
  });
  return getEntry(db, scope, input.entryId);
}

/** Removes an entry from the bank; comments it was inserted in keep their text. */
export async function deleteCommentBankEntry(
  db: Db,
  scope: CoachScope,
  input: { entryId: string },
): Promise<{ id: string; usageCount: number }> {
  return db.transaction(async (tx) => {
    const entry = await lockEntry(tx, scope, input.entryId);
    const [{ uses } = { uses: 0 }] = await tx
      .select({ uses: count() })
      .from(commentBankUses)
      .where(eq(commentBankUses.entryId, entry.id));
    await tx.delete(commentBankEntries).where(eq(commentBankEntries.id, entry.id));
    return { id: entry.id, usageCount: uses };
  });
}

/**
 * Records which bank entries a saved review's comments hold (`commentId` null: the overall
 * comment). A link is kept only while the comment still contains the entry's text: a coach who
 * rewrote an inserted comment made it their own. Entries outside the review's organisation are
 * NOT_FOUND.
 */
export async function linkReviewToBank(
  db: Db,
  input: {
    reviewId: string;
    organisationId: string;
    links: ReadonlyArray<{ commentId: string | null; text: string; entryIds: readonly string[] }>;
  },
): Promise<void> {
  await db.delete(commentBankUses).where(eq(commentBankUses.reviewId, input.reviewId));
  const wanted = [...new Set(input.links.flatMap((link) => link.entryIds))];
  if (wanted.length === 0) return;
  if (!wanted.every(isUuid)) throw notFound("Comment not found in the bank.");
  const entries = await db
    .select({ id: commentBankEntries.id, text: commentBankEntries.text })
    .from(commentBankEntries)
    .where(
      and(
        inArray(commentBankEntries.id, wanted),
        eq(commentBankEntries.organisationId, input.organisationId),
      ),
    );
  if (entries.length !== wanted.length) throw notFound("Comment not found in the bank.");
  const textOf = new Map(entries.map((entry) => [entry.id, entry.text]));
  const rows = input.links.flatMap((link) =>
    [...new Set(link.entryIds)]
      .filter((entryId) => link.text.includes(textOf.get(entryId) ?? "\u0000"))
      .map((entryId) => ({ entryId, reviewId: input.reviewId, commentId: link.commentId })),
  );
  if (rows.length > 0) await db.insert(commentBankUses).values(rows).onConflictDoNothing();
}

/** The bank entries each comment of a review holds, for the grading panel to keep on save. */
export async function listReviewBankLinks(
  db: Db,
  reviewId: string,
): Promise<Array<{ commentId: string | null; entryId: string }>> {
  return db
    .select({ commentId: commentBankUses.commentId, entryId: commentBankUses.entryId })
    .from(commentBankUses)
    .where(eq(commentBankUses.reviewId, reviewId));
}
