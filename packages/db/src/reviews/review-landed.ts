import type { Db } from "../client.ts";
import { notifyUser } from "../notifications/notify.ts";

/** The attempt whose review the candidate can now read. */
export interface LandedReview {
  candidateId: string;
  answerId: string;
  questionId?: string;
  questionTitle: string;
  attempt: number;
  overall: number | null;
  reviewerName?: string | null;
}

/**
 * Tells the candidate (bell and email) that a review of their attempt is there to read: released
 * on submit, published with its set, or changed by a lead settling a double-scored grade
 * (`settledFrom`: the overall they had read before).
 */
export async function notifyReviewLanded(
  tx: Db,
  review: LandedReview,
  origin: string,
  settledFrom?: number,
): Promise<void> {
  const { candidateId, answerId, ...facts } = review;
  await notifyUser(tx, {
    userId: candidateId,
    kind: "review_landed",
    subjectId: answerId,
    origin,
    data:
      settledFrom === undefined
        ? { answerId, ...facts }
        : { event: "settled", answerId, ...facts, previousOverall: settledFrom },
  });
}
