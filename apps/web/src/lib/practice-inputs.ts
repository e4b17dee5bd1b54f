import { questionKinds } from "@debrief/core/rubric";
import { maxReplyLength } from "@debrief/db/limits";
import { z } from "zod";

// Input schemas of the practice procedures. Plain zod with no server imports, so the editor can
// apply the same limits before it sends anything.

/** An answer (or draft) longer than this is refused; the saved draft is left as it was. */
export const answerMaxLength = 20_000;

const uuid = (field: string) => z.uuid({ error: `${field} must be a UUID` });

const answerBody = z
  .string({ error: "body must be text" })
  .max(answerMaxLength, { error: "Answers are limited to 20,000 characters" });

export const listQuestionsInput = z
  .object({
    kind: z
      .enum(questionKinds, { error: `kind must be one of: ${questionKinds.join(", ")}` })
      .optional(),
  })
  .optional();

export const questionIdInput = z.object({ questionId: uuid("questionId") });

export const saveDraftInput = z.object({
  questionId: uuid("questionId"),
  body: answerBody,
  // The latest attempt the editor knew of; a save based on an older one is refused (CONFLICT).
  basedOnAttempt: z
    .int({ error: "basedOnAttempt must be a whole number" })
    .min(0, { error: "basedOnAttempt must be 0 or more" }),
  assignmentId: uuid("assignmentId").optional(),
  cohortId: uuid("cohortId").optional(),
});

export const submitAnswerInput = z.object({
  questionId: uuid("questionId"),
  body: answerBody.refine((body) => body.trim().length > 0, {
    error: "Write your answer before submitting: it is empty",
  }),
  idempotencyKey: uuid("idempotencyKey"),
  assignmentId: uuid("assignmentId").optional(),
  /** Free practice on a shared question by a candidate in several cohorts: which one. */
  cohortId: uuid("cohortId").optional(),
});
export type SubmitAnswerInput = z.infer<typeof submitAnswerInput>;

export const answerIdInput = z.object({ answerId: uuid("answerId") });

export const recentAnswersInput = z
  .object({
    limit: z
      .int({ error: "limit must be a whole number" })
      .min(1, { error: "limit must be between 1 and 50" })
      .max(50, { error: "limit must be between 1 and 50" })
      .default(10),
  })
  .default({ limit: 10 });

export { maxReplyLength as replyMaxLength } from "@debrief/db/limits";

export const replyInput = z.object({
  answerId: uuid("answerId"),
  commentId: uuid("commentId").nullish(),
  body: z
    .string({ error: "Write a reply before sending it." })
    .max(maxReplyLength, { error: `Keep a reply under ${maxReplyLength} characters.` }),
});
