import { assignSet, listAssignmentsForCandidate, listAssignmentsForSet } from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { linkOrigin } from "~/server/mail/origin";
import { candidateProcedure, coachProcedure, router } from "~/server/trpc";
import { createAssignmentsInput, setRefInput } from "./assignments.inputs";

export const assignmentsRouter = router({
  /** The caller's assigned sets with progress, soonest due first. */
  mine: candidateProcedure.query(({ ctx }) =>
    listAssignmentsForCandidate(ctx.db, ctx.scope, { now: new Date() }),
  ),
  /** Coach: assigns a set to candidates of its cohort (or all); re-assigning moves the due date. */
  create: coachProcedure.input(createAssignmentsInput).mutation(({ ctx, input }) =>
    afterMail(
      assignSet(ctx.db, ctx.scope, {
        ...input,
        now: new Date(),
        origin: linkOrigin(ctx.origin),
      }),
    ),
  ),
  /** Coach: who has the set, with due date, overdue mark and progress. */
  forSet: coachProcedure
    .input(setRefInput)
    .query(({ ctx, input }) =>
      listAssignmentsForSet(ctx.db, ctx.scope, { setId: input.setId, now: new Date() }),
    ),
});
