import {
  createInvitation,
  type Db,
  enqueueMail,
  type LeadScope,
  type MembershipRole,
} from "@debrief/db";
import { linkOrigin } from "~/server/mail/origin";
import { provenInvitationUrl } from "~/server/services/invitation-proof";

export interface InviteMemberResult {
  id: string;
  /** The link for the lead to copy. It shows the invitation; only the emailed one proves the address. */
  url: string;
  /** How the email travels: an SMTP server, or the local mail folder (no server configured). */
  delivery: "smtp" | "folder";
  expiresAt: Date;
}

/**
 * Creates the invitation and, in the same transaction, its email in the outbox: the email
 * exists if and only if the invitation does, and a slow or failing mail server never holds the
 * lead up (workers send it, retrying with backoff). The lead always gets the URL to copy.
 */
export async function inviteMember(
  db: Db,
  scope: LeadScope,
  input: { email: string; role: MembershipRole },
  deps: { origin: string | undefined; now: Date; delivery: "smtp" | "folder" },
): Promise<InviteMemberResult> {
  const origin = linkOrigin(deps.origin);
  return db.transaction(async (tx) => {
    const invitation = await createInvitation(tx, scope, { ...input, now: deps.now });
    const url = `${origin}/invite/${invitation.token}`;
    await enqueueMail(tx, {
      toAddress: invitation.email,
      kind: "invitation",
      origin,
      data: {
        invitationId: invitation.id,
        secretUrl: provenInvitationUrl(origin, invitation.token),
        role: invitation.role,
        cohortName: invitation.cohortName,
        organisationName: invitation.organisationName,
        invitedByName: invitation.invitedByName,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    return { id: invitation.id, url, delivery: deps.delivery, expiresAt: invitation.expiresAt };
  });
}
