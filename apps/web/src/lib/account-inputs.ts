import { maxPasswordLength, minPasswordLength } from "@debrief/db/limits";
import { z } from "zod";

// Input schemas of the account procedures (change, forgot and reset password). Plain zod with no
// server imports.

export { minPasswordLength };

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

export const requestPasswordResetInput = z.object({
  email: z.email({ error: "Enter the email address of your account." }).max(320),
});

const token = z
  .string({ error: "token must be text" })
  .min(20, { error: "This reset link is not complete. Copy the whole link from the email." })
  .max(200, { error: "This reset link is not complete. Copy the whole link from the email." });

export const resetTokenInput = z.object({ token });

export const resetPasswordInput = z.object({
  token,
  password: z
    .string({ error: "password must be text" })
    .min(minPasswordLength, {
      error: `Choose a password of at least ${minPasswordLength} characters.`,
    })
    .max(maxPasswordLength, { error: "Passwords are limited to 1,024 characters." }),
});
