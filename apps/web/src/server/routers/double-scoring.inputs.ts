import { maxSecondGradeCommentLength } from "@debrief/db/limits";
import { z } from "zod";
import { optionalText, uuid } from "~/server/inputs";
import { dimensionScores } from "./reviews.inputs";

export const setRateInput = z.object({
  rate: z
    .int({ error: "rate must be a whole percentage" })
    .min(0, { error: "rate must be between 0 and 100" })
    .max(100, { error: "rate must be between 0 and 100" }),
});

export const secondGradeQueueInput = z
  .object({ cohortId: uuid("cohortId").optional() })
  .default({});

export const secondGradeRefInput = z.object({ answerId: uuid("answerId") });

export const saveSecondGradeInput = z.object({
  answerId: uuid("answerId"),
  dimensions: dimensionScores,
  comment: optionalText("comment", maxSecondGradeCommentLength),
});

export const coachCoachAgreementInput = z
  .object({ cohortId: uuid("cohortId").optional() })
  .default({});
