import {
  acceptRegrade,
  countPendingRegrades,
  declineRegrade,
  getRegradeForCandidate,
  getRegradeForCoach,
  listRegradeCountsByCoach,
  listRegradeQueue,
  requestRegrade,
} from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { linkOrigin } from "~/server/mail/origin";
import { candidateProcedure, coachProcedure, leadCohortProcedure, router } from "~/server/trpc";
import {
  acceptRegradeInput,
  declineRegradeInput,
  regradeAnswerInput,
  regradeQueueInput,
  requestRegradeInput,
} from "./regrades.inputs";

export const regradesRouter = router({
  /** The caller's own answer: whether a regrade can be asked (and until when), and the request. */
  forAnswer: candidateProcedure
    .input(regradeAnswerInput)
    .query(({ ctx, input }) => getRegradeForCandidate(ctx.db, ctx.scope, input)),
  /** Asks once per released review, inside the set's window; tells the reviewing coach. */
  request: candidateProcedure
    .input(requestRegradeInput)
    .mutation(({ ctx, input }) =>
      afterMail(requestRegrade(ctx.db, ctx.scope, { ...input, origin: linkOrigin(ctx.origin) })),
    ),
  /** Requests in the coach's cohorts: pending (oldest first) or decided (newest first). */
  queue: coachProcedure
    .input(regradeQueueInput)
    .query(({ ctx, input }) => listRegradeQueue(ctx.db, ctx.scope, input)),
  /** Pending requests across the coach's cohorts, for the queue's filter. */
  pendingCount: coachProcedure.query(({ ctx }) => countPendingRegrades(ctx.db, ctx.scope)),
  /** The request on an answer in the coach's cohorts, or null. */
  forReview: coachProcedure
    .input(regradeAnswerInput)
    .query(({ ctx, input }) => getRegradeForCoach(ctx.db, ctx.scope, input)),
  /** New scores for the named dimensions under the answer's version check; tells the candidate. */
  accept: coachProcedure
    .input(acceptRegradeInput)
    .mutation(({ ctx, input }) =>
      afterMail(acceptRegrade(ctx.db, ctx.scope, { ...input, origin: linkOrigin(ctx.origin) })),
    ),
  /** Declines with the coach's answer; tells the candidate. */
  decline: coachProcedure
    .input(declineRegradeInput)
    .mutation(({ ctx, input }) =>
      afterMail(declineRegrade(ctx.db, ctx.scope, { ...input, origin: linkOrigin(ctx.origin) })),
    ),
  /** The lead's cohort: per coach, requests against their reviews and how they were decided. */
  byCoach: leadCohortProcedure.query(({ ctx }) => listRegradeCountsByCoach(ctx.db, ctx.scope)),
});
