import {
  acceptInvitation,
  listInvitationsForLead,
  previewInvitation,
  revokeInvitation,
} from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { mailDelivery } from "~/server/mail/deliver";
import { inviteMember } from "~/server/services/invite-member";
import { leadCohortProcedure, liveUserId, publicProcedure, router } from "~/server/trpc";
import {
  acceptInvitationInput,
  createInvitationInput,
  invitationRefInput,
  invitationTokenInput,
} from "./invitations.inputs";

export const invitationsRouter = router({
  /** The cohort's invitations, newest first: pending, accepted, expired or revoked. */
  list: leadCohortProcedure.query(({ ctx }) =>
    listInvitationsForLead(ctx.db, ctx.scope, { now: new Date() }),
  ),
  /** A single-use link (7 days) for the lead to copy, also emailed through the outbox. */
  create: leadCohortProcedure
    .input(createInvitationInput)
    .mutation(({ ctx, input }) =>
      afterMail(
        inviteMember(
          ctx.db,
          ctx.scope,
          { email: input.email, role: input.role },
          { origin: ctx.origin, now: new Date(), delivery: mailDelivery },
        ),
      ),
    ),
  /** Withdraws a pending invitation (idempotent); an accepted one is CONFLICT. */
  revoke: leadCohortProcedure.input(invitationRefInput).mutation(({ ctx, input }) =>
    revokeInvitation(ctx.db, ctx.scope, {
      invitationId: input.invitationId,
      now: new Date(),
    }),
  ),
  /** What the invitation page shows; unknown tokens are NOT_FOUND. Public: the token is the key. */
  preview: publicProcedure
    .input(invitationTokenInput)
    .query(({ ctx, input }) => previewInvitation(ctx.db, { token: input.token, now: new Date() })),
  /**
   * Accepts: a new address gets an account (name + password); an address with an account must
   * be signed in as it. Second use CONFLICT, expired or revoked BAD_REQUEST.
   */
  accept: publicProcedure.input(acceptInvitationInput).mutation(async ({ ctx, input }) => {
    const accepted = await acceptInvitation(ctx.db, {
      ...input,
      sessionUserId: await liveUserId(ctx),
      now: new Date(),
    });
    return { email: accepted.email, role: accepted.role, home: accepted.home };
  }),
});
