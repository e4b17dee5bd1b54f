import { maxPasswordLength, minPasswordLength } from "@debrief/db/limits";
import { z } from "zod";
import { uuid } from "~/server/inputs";
import { membershipRole } from "./members.inputs";

const cohortId = uuid("cohortId");

export const createInvitationInput = z.object({
  cohortId,
  email: z
    .email({ error: "email must be a valid email address" })
    .max(320, { error: "email is limited to 320 characters" }),
  role: membershipRole,
});

export const invitationRefInput = z.object({ cohortId, invitationId: uuid("invitationId") });

const token = z
  .string({ error: "token must be text" })
  .min(1, { error: "token is required" })
  .max(200, { error: "token is not a valid invitation token" });

// The emailed link's second secret (see services/invitation-proof.ts); a wrong one just proves
// nothing.
const proof = z.string({ error: "proof must be text" }).max(200).optional();
export const invitationTokenInput = z.object({ token, proof });

export const acceptInvitationInput = z.object({
  token,
  proof,
  name: z
    .string({ error: "name must be text" })
    .trim()
    .min(1, { error: "name is required" })
    .max(200, { error: "name is limited to 200 characters" })
    .optional(),
  password: z
    .string({ error: "password must be text" })
    .min(minPasswordLength, {
      error: `password must be at least ${minPasswordLength} characters`,
    })
    .max(maxPasswordLength, { error: "password is limited to 1,024 characters" })
    .optional(),
});

export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
