import { assignSet, listAssignmentsForCandidate, listAssignmentsForSet } from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { linkOrigin } from "~/server/mail/origin";
import { candidateScope } from "~/server/services/candidate-scope";
import { coachScope } from "~/server/services/coach-scope";
import { candidateProcedure, coachProcedure, router } from "~/server/trpc";
import { createAssignmentsInput, setRefInput } from "./assignments.inputs";

export const assignmentsRouter = router({
  /** The caller's assigned sets with progress, soonest due first. */
  mine: candidateProcedure.query(({ ctx }) =>
    listAssignmentsForCandidate(ctx.db, candidateScope(ctx), { now: new Date() }),
  ),
  /** Coach: assigns a set to candidates of its cohort (or all); re-assigning moves the due date. */
  create: coachProcedure.input(createAssignmentsInput).mutation(({ ctx, input }) =>
    afterMail(
      assignSet(ctx.db, coachScope(ctx), {
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
      listAssignmentsForSet(ctx.db, coachScope(ctx), { setId: input.setId, now: new Date() }),
    ),
});
