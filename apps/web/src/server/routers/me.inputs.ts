import { maxPasswordLength, minPasswordLength } from "@debrief/db/limits";
import { membershipRoles } from "@debrief/db/schema";
import { z } from "zod";

export const changePasswordInput = z.object({
  currentPassword: z
    .string({ error: "currentPassword must be text" })
    .min(1, { error: "currentPassword: enter your current password" })
    .max(maxPasswordLength, { error: "currentPassword is limited to 1,024 characters" }),
  newPassword: z
    .string({ error: "newPassword must be text" })
    .min(minPasswordLength, {
      error: `newPassword: choose a password of at least ${minPasswordLength} characters`,
    })
    .max(maxPasswordLength, { error: "newPassword is limited to 1,024 characters" }),
});

export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const guideInput = z.object({
  role: z.enum(membershipRoles, { error: `role must be one of: ${membershipRoles.join(", ")}` }),
});
