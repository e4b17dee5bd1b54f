import { dimensionKeys } from "@debrief/core/rubric";
import { maxRegradeReasonLength } from "@debrief/db/limits";
import { z } from "zod";
import { uuid } from "~/server/inputs";

const dimensionKey = z.enum(dimensionKeys, { error: "dimensions: unknown dimension" });
const text = (field: string) =>
  z.string({ error: `${field} is required` }).max(maxRegradeReasonLength, {
    error: `${field}: keep it under ${maxRegradeReasonLength} characters`,
  });

export const regradeAnswerInput = z.object({ answerId: uuid("answerId") });

export const requestRegradeInput = z.object({
  answerId: uuid("answerId"),
  dimensions: z
    .array(dimensionKey)
    .min(1, { error: "dimensions: choose at least one dimension" })
    .max(dimensionKeys.length, { error: "dimensions: each dimension at most once" }),
  reason: text("reason"),
});

export const regradeQueueInput = z
  .object({
    cohortId: uuid("cohortId").optional(),
    status: z
      .enum(["pending", "decided"], { error: "status must be pending or decided" })
      .default("pending"),
  })
  .default({ status: "pending" });

const score = z
  .int({ error: "scores must be whole numbers" })
  .min(0, { error: "scores must be between 0 and 4" })
  .max(4, { error: "scores must be between 0 and 4" });

export const acceptRegradeInput = z.object({
  requestId: uuid("requestId"),
  expectedVersion: z.int({ error: "expectedVersion must be a whole number" }).min(1),
  dimensions: z.partialRecord(dimensionKey, score),
  reason: text("reason"),
});

export const declineRegradeInput = z.object({
  requestId: uuid("requestId"),
  answer: text("answer"),
});
