import { dimensionKeys, questionKinds } from "@debrief/core/rubric";
import { maxSetItems } from "@debrief/db/limits";
import { z } from "zod";
import { boundedDate } from "./input-limits";
import { notificationKindList as notificationKinds } from "./notification-kinds";

// Input schemas of the coach procedures. Plain zod with no server imports, so the coach pages
// can apply the same limits before they send anything.

export const questionTitleMaxLength = 200;
export const questionPromptMaxLength = 2_000;
export const questionGuidanceMaxLength = 5_000;
export const exampleAnswerMaxLength = 20_000;
export const setTitleMaxLength = 200;
export const setDescriptionMaxLength = 2_000;
export const overallCommentMaxLength = 5_000;
export const rangeCommentMaxLength = 2_000;
export const rangeCommentsMax = 100;
export const overrideReasonMaxLength = 200;
export const queuePageMax = 100;

const uuid = (field: string) => z.uuid({ error: `${field} must be a UUID` });
const kind = z.enum(questionKinds, { error: `kind must be one of: ${questionKinds.join(", ")}` });

/** Required one-liner: trimmed, non-empty, at most `max` characters. */
const requiredText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} is required` })
    .max(max, { error: `${field} is limited to ${max.toLocaleString("en")} characters` });
const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .max(max, { error: `${field} is limited to ${max.toLocaleString("en")} characters` });

export const questionBankInput = z
  .object({
    search: z.string().trim().max(200, { error: "search is limited to 200 characters" }).optional(),
    kind: kind.optional(),
    cohortId: uuid("cohortId").optional(),
    includeArchived: z.boolean().optional(),
  })
  .default({});

const questionFields = {
  kind,
  title: requiredText("title", questionTitleMaxLength),
  prompt: requiredText("prompt", questionPromptMaxLength),
  guidance: optionalText("guidance", questionGuidanceMaxLength),
  exampleAnswer: optionalText("exampleAnswer", exampleAnswerMaxLength),
};

export const createQuestionInput = z.object({ cohortId: uuid("cohortId"), ...questionFields });
export const updateQuestionInput = z.object({ questionId: uuid("questionId"), ...questionFields });
export const questionRefInput = z.object({ questionId: uuid("questionId") });

export const listSetsInput = z.object({ cohortId: uuid("cohortId").optional() }).default({});
export const setRefInput = z.object({ setId: uuid("setId") });
const setFields = {
  title: requiredText("title", setTitleMaxLength),
  description: optionalText("description", setDescriptionMaxLength),
};
export const createSetInput = z.object({ cohortId: uuid("cohortId"), ...setFields });
export const updateSetInput = z.object({ setId: uuid("setId"), ...setFields });
export const setItemsInput = z.object({
  setId: uuid("setId"),
  questionIds: z.array(uuid("questionIds")).max(maxSetItems, {
    error: `questionIds: a set holds at most ${maxSetItems} questions`,
  }),
});

export const createAssignmentsInput = z.object({
  setId: uuid("setId"),
  dueAt: boundedDate("dueAt"),
  candidateIds: z
    .array(uuid("candidateIds"))
    .max(500, { error: "candidateIds: at most 500 at a time" })
    .optional(),
  wholeCohort: z.boolean().optional(),
});

export const reviewQueueInput = z
  .object({
    cohortId: uuid("cohortId").optional(),
    kind: kind.optional(),
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

const dimensionScore = (key: string) =>
  z
    .int({ error: `dimensions.${key} must be a whole number` })
    .min(0, { error: `dimensions.${key} must be between 0 and 4` })
    .max(4, { error: `dimensions.${key} must be between 0 and 4` });

const dimensionScores = z.object(
  Object.fromEntries(dimensionKeys.map((key) => [key, dimensionScore(key)])) as Record<
    (typeof dimensionKeys)[number],
    ReturnType<typeof dimensionScore>
  >,
);

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
  comments: z
    .array(
      z.object({
        start: z.int({ error: "comment start must be a whole number" }).min(0),
        end: z.int({ error: "comment end must be a whole number" }).min(1),
        body: requiredText("comment body", rangeCommentMaxLength),
      }),
    )
    .max(rangeCommentsMax, { error: `at most ${rangeCommentsMax} comments per review` }),
  submit: z.boolean(),
});
export type SaveReviewInputSchema = z.infer<typeof saveReviewInput>;

export const agreementInput = z.object({ cohortId: uuid("cohortId").optional() }).default({});

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

export const guideInput = z.object({
  role: z.enum(["candidate", "coach", "lead"], {
    error: "role must be one of: candidate, coach, lead",
  }),
});
