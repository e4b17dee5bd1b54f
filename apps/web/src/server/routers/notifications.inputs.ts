import { z } from "zod";
import { notificationKindList as notificationKinds } from "~/lib/notification-kinds";
import { uuid } from "~/server/inputs";

export const markReadInput = z
  .object({ ids: z.array(uuid("ids")).max(100, { error: "ids: at most 100" }).optional() })
  .default({});

export const notificationSettingsInput = z.object({
  settings: z
    .array(
      z.object({
        kind: z.enum(notificationKinds, {
          error: `kind must be one of: ${notificationKinds.join(", ")}`,
        }),
        inApp: z.boolean({ error: "inApp must be true or false" }),
        email: z.boolean({ error: "email must be true or false" }),
      }),
    )
    .max(notificationKinds.length, { error: "settings: one entry per kind" }),
});
