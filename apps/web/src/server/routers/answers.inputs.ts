import { z } from "zod";
import { uuid } from "~/server/inputs";

export { questionIdInput } from "./questions.inputs";
export { replyInput } from "./reviews.inputs";

/** An answer (or draft) longer than this is refused; the saved draft is left as it was. */
export const answerMaxLength = 20_000;

export const answerBody = z
  .string({ error: "body must be text" })
  .max(answerMaxLength, { error: "Answers are limited to 20,000 characters" });

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
