import { acceptInvitation, type Db, emailInvitationAgain, type MembershipRole } from "@debrief/db";
import { homeFor } from "~/components/frame/navigation";
import { linkOrigin } from "~/server/mail/origin";
import { isInvitationProof, provenInvitationUrl } from "~/server/services/invitation-proof";

export type AcceptInvitationResult =
  | { email: string; role: MembershipRole; home: string }
  | { email: string; isEmailSent: true; message: string };

/**
 * Accepting an invitation. Joining needs one of two things: being signed in as the invited
 * address, or the proof that only the emailed link carries (then a new account is created,
 * already proven). Anyone else, e.g. whoever holds a link a lead copied, gets the invitation
 * emailed to the address again, and exactly the same answer whether or not that address has an
 * account: the link holder learns nothing about who uses Debrief, and cannot make an account
 * for an address they do not own.
 */
export async function acceptInvitationLink(
  db: Db,
  input: {
    token: string;
    proof?: string | undefined;
    name?: string | undefined;
    password?: string | undefined;
    sessionUserId: string | null;
  },
  deps: { origin: string | undefined; now: Date },
): Promise<AcceptInvitationResult> {
  const isAddressProven = isInvitationProof(input.token, input.proof);
  if (!input.sessionUserId && !isAddressProven) {
    const origin = linkOrigin(deps.origin);
    const { email } = await emailInvitationAgain(db, {
      token: input.token,
      secretUrl: provenInvitationUrl(origin, input.token),
      origin,
      now: deps.now,
    });
    return {
      email,
      isEmailSent: true,
      message: `We've emailed the invitation to ${email}. Open the link in that email to finish joining.`,
    };
  }
  const accepted = await acceptInvitation(db, {
    token: input.token,
    sessionUserId: input.sessionUserId,
    isAddressProven,
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.password === undefined ? {} : { password: input.password }),
    now: deps.now,
  });
  return { email: accepted.email, role: accepted.role, home: homeFor(accepted.role) };
}
