import { dimensionKeys } from "@debrief/core/rubric";
import { maxReplyLength } from "@debrief/db/limits";
import { z } from "zod";
import { optionalText, questionKind, requiredText, uuid } from "~/server/inputs";

export const overallCommentMaxLength = 5_000;
export const rangeCommentMaxLength = 2_000;
export const rangeCommentsMax = 100;
export const overrideReasonMaxLength = 200;
export const queuePageMax = 100;

export const reviewQueueInput = z
  .object({
    cohortId: uuid("cohortId").optional(),
    kind: questionKind.optional(),
    candidateId: uuid("candidateId").optional(),
    status: z
      .enum(["to_review", "in_review", "reviewed"], {
        error: "status must be one of: to_review, in_review, reviewed",
      })
      .default("to_review"),
    sort: z.enum(["due", "attention"], { error: "sort must be due or attention" }).default("due"),
    cursor: z.string().max(500, { error: "cursor is not valid" }).nullish(),
    limit: z
      .int({ error: "limit must be a whole number" })
      .min(1, { error: `limit must be between 1 and ${queuePageMax}` })
      .max(queuePageMax, { error: `limit must be between 1 and ${queuePageMax}` })
      .default(50),
  })
  .default({ status: "to_review", sort: "due", limit: 50 });

export const answerRefInput = z.object({ answerId: uuid("answerId") });

/** One question of a set, graded candidate by candidate. */
export const questionGradingInput = z.object({
  setId: uuid("setId"),
  questionId: uuid("questionId"),
});

export const setGradingInput = z.object({ setId: uuid("setId") });

const dimensionScore = (key: string) =>
  z
    .int({ error: `dimensions.${key} must be a whole number` })
    .min(0, { error: `dimensions.${key} must be between 0 and 4` })
    .max(4, { error: `dimensions.${key} must be between 0 and 4` });

export const dimensionScores = z.object(
  Object.fromEntries(dimensionKeys.map((key) => [key, dimensionScore(key)])) as Record<
    (typeof dimensionKeys)[number],
    ReturnType<typeof dimensionScore>
  >,
);

// The comment-bank entries inserted in a comment; the server keeps those whose text it holds.
const bankEntryIds = z
  .array(uuid("bankEntryIds"))
  .max(rangeCommentsMax, { error: `at most ${rangeCommentsMax} bank comments per comment` })
  .optional();

export const saveReviewInput = z.object({
  answerId: uuid("answerId"),
  expectedVersion: z.int({ error: "expectedVersion must be a whole number" }).min(1),
  dimensions: dimensionScores,
  overrideReasons: z.partialRecord(
    z.enum(dimensionKeys, { error: "overrideReasons: unknown dimension" }),
    z.string().max(overrideReasonMaxLength, {
      error: `override reasons are limited to ${overrideReasonMaxLength} characters`,
    }),
  ),
  overallComment: optionalText("overallComment", overallCommentMaxLength),
  overallBankEntryIds: bankEntryIds,
  comments: z
    .array(
      z.object({
        start: z.int({ error: "comment start must be a whole number" }).min(0),
        end: z.int({ error: "comment end must be a whole number" }).min(1),
        body: requiredText("comment body", rangeCommentMaxLength),
        bankEntryIds,
      }),
    )
    .max(rangeCommentsMax, { error: `at most ${rangeCommentsMax} comments per review` }),
  submit: z.boolean(),
});

export type SaveReviewInputSchema = z.infer<typeof saveReviewInput>;

export const agreementInput = z.object({ cohortId: uuid("cohortId").optional() }).default({});

/** A reply in a review's thread, by the coach or the candidate (`answers.reply`). */
export const replyInput = z.object({
  answerId: uuid("answerId"),
  commentId: uuid("commentId").nullish(),
  body: z
    .string({ error: "Write a reply before sending it." })
    .max(maxReplyLength, { error: `Keep a reply under ${maxReplyLength} characters.` }),
});
