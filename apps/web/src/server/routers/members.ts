import { changeMemberRole, listMembersForLead, removeMember } from "@debrief/db";
import { leadCohortProcedure, router } from "~/server/trpc";
import { changeRoleInput, memberRefInput } from "./members.inputs";

export const membersRouter = router({
  /** Everyone in the cohort with their role and whether they can sign in yet. */
  list: leadCohortProcedure.query(({ ctx }) => listMembersForLead(ctx.db, ctx.scope)),
  /** Sets a member's role; the last lead cannot be demoted (BAD_REQUEST). */
  changeRole: leadCohortProcedure
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => changeMemberRole(ctx.db, ctx.scope, input)),
  /** Removes a member; it applies from their next request. The last lead cannot be removed. */
  remove: leadCohortProcedure
    .input(memberRefInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.scope, input)),
});
