import { listInvitationsForLead, previewInvitation, revokeInvitation } from "@debrief/db";
import {
  acceptInvitationInput,
  createInvitationInput,
  invitationRefInput,
  invitationTokenInput,
} from "./invitations.inputs";
import { afterMail } from "~/server/jobs/after-mail";
import { mailDelivery } from "~/server/mail/deliver";
import { acceptInvitationLink } from "~/server/services/accept-invitation";
import { isInvitationProof } from "~/server/services/invitation-proof";
import { inviteMember } from "~/server/services/invite-member";
import { leadCohortProcedure, liveUserId, publicProcedure, router } from "~/server/trpc";

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
  /**
   * What the invitation page shows; unknown tokens are NOT_FOUND. Public: the token is the key.
   * Whether the address has an account only with the emailed link's proof (its owner).
   */
  preview: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) =>
    previewInvitation(ctx.db, {
      token: input.token,
      now: new Date(),
      isAddressProven: isInvitationProof(input.token, input.proof),
    }),
  ),
  /**
   * Signed in as the invited address, or holding the emailed link's proof: joins (a new address
   * gets an account, name + password). Anyone else: the invitation is emailed to the address
   * again, with the same answer whether or not it has an account. Second use CONFLICT, expired
   * or revoked BAD_REQUEST.
   */
  accept: publicProcedure
    .input(acceptInvitationInput)
    .mutation(async ({ ctx, input }) =>
      afterMail(
        acceptInvitationLink(
          ctx.db,
          { ...input, sessionUserId: await liveUserId(ctx) },
          { origin: ctx.origin, now: new Date() },
        ),
      ),
    ),
});
