import { getModerationCase, listModeration, settleModeration } from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { linkOrigin } from "~/server/mail/origin";
import { leadCohortProcedure, router } from "~/server/trpc";
import { moderationListInput, moderationRefInput, settleInput } from "./moderation.inputs";

// Who moderates: the cohort's leads. There is no "senior coach" role yet (one role per person
// per cohort); a lead who wants a coach to moderate makes them a lead of the cohort.
export const moderationRouter = router({
  /** Double-scored answers whose coaches differ by 2+ on a dimension: open, or settled. */
  list: leadCohortProcedure
    .input(moderationListInput)
    .query(({ ctx, input }) => listModeration(ctx.db, ctx.scope, input)),
  /** One case: the answer, the engine's score and both coaches' grades side by side. */
  get: leadCohortProcedure
    .input(moderationRefInput)
    .query(({ ctx, input }) => getModerationCase(ctx.db, ctx.scope, input)),
  /** Writes the final grade (the coach score everyone sees) under a version check. Audited. */
  settle: leadCohortProcedure
    .input(settleInput)
    .mutation(({ ctx, input }) =>
      afterMail(settleModeration(ctx.db, ctx.scope, { ...input, origin: linkOrigin(ctx.origin) })),
    ),
});
