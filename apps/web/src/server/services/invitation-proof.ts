import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "~/server/auth/auth-secret";

/**
 * The second secret of an invitation, which only the invited address receives: the link a lead
 * copies is `/invite/<token>`, the emailed one adds `?proof=<proof>`. Holding the token shows the
 * invitation; holding the proof shows the holder reads that address's mail, which is what a new
 * account needs (so nobody can make one for an address they do not own) and what may learn
 * whether the address already has one. Derived, not stored: the invitation's single use and
 * expiry are the proof's too.
 */
export function invitationProof(token: string, secret: string = getAuthSecret()): string {
  return createHmac("sha256", secret).update(`invitation-proof\0${token}`).digest("base64url");
}

/** Whether `proof` is the proof of `token` (constant-time). */
export function isInvitationProof(token: string, proof: string | undefined): boolean {
  if (!proof) return false;
  const expected = Buffer.from(invitationProof(token));
  const given = Buffer.from(proof);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The link an invitation email carries: the invitation page, with the address's proof. */
export function provenInvitationUrl(origin: string, token: string): string {
  return `${origin}/invite/${token}?proof=${invitationProof(token)}`;
}
