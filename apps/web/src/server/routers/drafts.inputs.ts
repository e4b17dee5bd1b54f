import { z } from "zod";
import { uuid } from "~/server/inputs";
import { answerBody } from "./answers.inputs";

export { questionIdInput } from "./questions.inputs";

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
