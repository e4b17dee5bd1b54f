import { dimensionKeys } from "@debrief/core/rubric";
import { maxCommentBankTextLength } from "@debrief/db/limits";
import { z } from "zod";
import { requiredText, uuid } from "~/server/inputs";

export const commentBankSearchMax = 50;

const dimension = z
  .enum(dimensionKeys, { error: `dimension must be one of: ${dimensionKeys.join(", ")}` })
  .nullish();
const score = z
  .int({ error: "score must be a whole number" })
  .min(0, { error: "score must be between 0 and 4" })
  .max(4, { error: "score must be between 0 and 4" })
  .nullish();
const text = requiredText("text", maxCommentBankTextLength);

export const listCommentBankInput = z
  .object({
    query: z
      .string({ error: "query must be text" })
      .max(200, { error: "query is too long" })
      .optional(),
    limit: z
      .int({ error: "limit must be a whole number" })
      .min(1, { error: `limit must be between 1 and ${commentBankSearchMax}` })
      .max(commentBankSearchMax, { error: `limit must be between 1 and ${commentBankSearchMax}` })
      .optional(),
  })
  .default({});

export const createCommentBankEntryInput = z.object({
  text,
  dimension,
  score,
  /** Which organisation's bank: the cohort's (the answer being graded). */
  cohortId: uuid("cohortId").nullish(),
});

export const updateCommentBankEntryInput = z.object({
  entryId: uuid("entryId"),
  text,
  dimension,
  score,
});

export const commentBankEntryRefInput = z.object({ entryId: uuid("entryId") });

export type CreateCommentBankEntryInputSchema = z.infer<typeof createCommentBankEntryInput>;
