import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import type { Db } from "../client.ts";
import { defaultOrigin } from "../notifications/notify.ts";
import { countHeldReviews, publishHeldReviews } from "../reviews/publish.ts";
import { type ReleaseMode, questionSets } from "../schema/question-sets.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import { findSetInScope } from "./question-sets.ts";

export interface SetGrading {
  setId: string;
  releaseMode: ReleaseMode;
  blind: boolean;
  /** Submitted reviews waiting for "Publish reviews". */
  heldReviews: number;
}

/** The set's grading settings and how many reviews it holds; another cohort's is NOT_FOUND. */
export async function getSetGrading(
  db: Db,
  scope: CoachScope,
  input: { setId: string },
): Promise<SetGrading> {
  const set = await findSetInScope(db, scope, input.setId);
  return {
    setId: set.id,
    releaseMode: set.releaseMode,
    blind: set.blind,
    heldReviews: await countHeldReviews(db, set.id),
  };
}

export interface SetGradingSettingsInput {
  setId: string;
  releaseMode: ReleaseMode;
  blind: boolean;
  /** Public origin for the emails of reviews released by switching back to on_submit. */
  origin?: string;
}

export interface SetGradingSettingsResult {
  id: string;
  releaseMode: ReleaseMode;
  blind: boolean;
  /** Held reviews released because the set switched back to releasing on submit. */
  published: number;
}

/**
 * Saves a set's release mode and blind flag. Switching to "hold" leaves what candidates already
 * read published (holding is about reviews submitted from now on). Switching back to "release
 * on submit" publishes the reviews still held, in the same transaction: a set that releases at
 * once has nothing held, so nothing is stranded without a Publish button. Turning blind off
 * reveals names at once; turning it on hides the candidates of every answer not yet published.
 */
export async function updateSetGradingSettings(
  db: Db,
  scope: CoachScope,
  input: SetGradingSettingsInput,
): Promise<SetGradingSettingsResult> {
  return db.transaction(async (tx) => {
    const set = await findSetInScope(tx, scope, input.setId, { lock: true });
    if (set.releaseMode === input.releaseMode && set.blind === input.blind) {
      return { id: set.id, releaseMode: set.releaseMode, blind: set.blind, published: 0 };
    }
    await tx
      .update(questionSets)
      .set({ releaseMode: input.releaseMode, blind: input.blind })
      .where(eq(questionSets.id, set.id));
    const published =
      input.releaseMode === "on_submit"
        ? await publishHeldReviews(tx, { setId: set.id, origin: input.origin ?? defaultOrigin })
        : 0;
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "question_set.grading_settings_changed",
      cohortId: set.cohortId,
      subjectType: "question_set",
      subjectId: set.id,
      data: {
        releaseMode: { from: set.releaseMode, to: input.releaseMode },
        blind: { from: set.blind, to: input.blind },
        published,
      },
    });
    return { id: set.id, releaseMode: input.releaseMode, blind: input.blind, published };
  });
}

export interface PublishSetReviewsResult {
  setId: string;
  published: number;
}

/**
 * "Publish reviews" on a set: releases its held reviews in one transaction. The set's row lock
 * makes a double click or a retry wait for the first publish and then find nothing: it reports 0
 * and sends nothing twice.
 */
export async function publishSetReviews(
  db: Db,
  scope: CoachScope,
  input: { setId: string; origin?: string },
): Promise<PublishSetReviewsResult> {
  return db.transaction(async (tx) => {
    const set = await findSetInScope(tx, scope, input.setId, { lock: true });
    const published = await publishHeldReviews(tx, {
      setId: set.id,
      origin: input.origin ?? defaultOrigin,
    });
    if (published > 0) {
      await recordAuditEvent(tx, {
        actorId: scope.coachId,
        action: "question_set.reviews_published",
        cohortId: set.cohortId,
        subjectType: "question_set",
        subjectId: set.id,
        data: { published },
      });
    }
    return { setId: set.id, published };
  });
}
