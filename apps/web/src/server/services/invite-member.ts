import { createInvitation, type Db, type LeadScope, type MembershipRole } from "@debrief/db";
import type { InvitationMailer } from "./invitation-mailer";

/** Where links point when the request did not say (tests, scripts). */
export const defaultOrigin = "http://localhost:3000";

export interface InviteMemberResult {
  id: string;
  url: string;
  emailed: boolean;
  expiresAt: Date;
}

/**
 * Creates the invitation, then emails the link. The email goes out after the invitation has
 * committed, so a slow SMTP server holds no locks; the lead always gets the URL to copy.
 */
export async function inviteMember(
  db: Db,
  scope: LeadScope,
  input: { email: string; role: MembershipRole },
  deps: { origin: string | undefined; now: Date; mailer: InvitationMailer },
): Promise<InviteMemberResult> {
  const invitation = await createInvitation(db, scope, { ...input, now: deps.now });
  const url = `${deps.origin ?? defaultOrigin}/invite/${invitation.token}`;
  const emailed = await deps.mailer({
    to: invitation.email,
    url,
    role: invitation.role,
    cohortName: invitation.cohortName,
    organisationName: invitation.organisationName,
    invitedByName: invitation.invitedByName,
    expiresAt: invitation.expiresAt,
  });
  return { id: invitation.id, url, emailed, expiresAt: invitation.expiresAt };
}
