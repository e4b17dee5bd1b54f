import { z } from "zod";
import { boundedDate, uuid } from "~/server/inputs";

export const defaultReadinessThreshold = 70;

export const dashboardInput = z
  .object({
    cohortId: uuid("cohortId"),
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
