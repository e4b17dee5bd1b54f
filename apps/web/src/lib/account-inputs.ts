import { z } from "zod";
import { minPasswordLength } from "./lead-limits";

// Input schemas of the account procedures (forgot / reset password). Plain zod, no server imports.

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
    .max(1024, { error: "Passwords are limited to 1,024 characters." }),
});
