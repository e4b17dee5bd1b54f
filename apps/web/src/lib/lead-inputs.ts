import { z } from "zod";
import { boundedDate } from "./input-limits";
import { defaultReadinessThreshold, memberRoles, minPasswordLength } from "./lead-limits";

// Input schemas of the lead procedures. Plain zod with no server imports; the values client
// code needs live in lead-limits, which does not pull zod into the browser.

export { defaultReadinessThreshold, memberRoles, minPasswordLength };

const uuid = (field: string) => z.uuid({ error: `${field} must be a UUID` });
const role = z.enum(memberRoles, { error: `role must be one of: ${memberRoles.join(", ")}` });
const cohortId = uuid("cohortId");

export const dashboardInput = z
  .object({
    cohortId,
    from: boundedDate("from").optional(),
    to: boundedDate("to").optional(),
    readinessThreshold: z
      .number({ error: "readinessThreshold must be a number" })
      .min(0, { error: "readinessThreshold must be between 0 and 100" })
      .max(100, { error: "readinessThreshold must be between 0 and 100" })
      .default(defaultReadinessThreshold),
  })
  .refine((input) => !input.from || !input.to || input.from < input.to, {
    error: "from must be before to",
    path: ["from"],
  });
export type DashboardInput = z.infer<typeof dashboardInput>;

export const memberRefInput = z.object({ cohortId, userId: uuid("userId") });
export const changeRoleInput = memberRefInput.extend({ role });

export const createInvitationInput = z.object({
  cohortId,
  email: z
    .email({ error: "email must be a valid email address" })
    .max(320, { error: "email is limited to 320 characters" }),
  role,
});
export const invitationRefInput = z.object({ cohortId, invitationId: uuid("invitationId") });

const token = z
  .string({ error: "token must be text" })
  .min(1, { error: "token is required" })
  .max(200, { error: "token is not a valid invitation token" });
// The emailed link's second secret (see invitation-proof.ts); a wrong one just proves nothing.
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
    .max(1024, { error: "password is limited to 1,024 characters" })
    .optional(),
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

export const candidateReportInput = z.object({ cohortId, candidateId: uuid("candidateId") });
