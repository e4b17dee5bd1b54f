import { maxModerationReasonLength } from "@debrief/db/limits";
import { z } from "zod";
import { requiredText, uuid } from "~/server/inputs";
import { dimensionScores } from "./reviews.inputs";

export const moderationListInput = z.object({
  status: z.enum(["open", "settled"], { error: "status must be open or settled" }).default("open"),
});

export const moderationRefInput = z.object({ answerId: uuid("answerId") });

export const settleInput = z.object({
  answerId: uuid("answerId"),
  expectedVersion: z.int({ error: "expectedVersion must be a whole number" }).min(1),
  dimensions: dimensionScores,
  reason: requiredText("reason", maxModerationReasonLength),
});
