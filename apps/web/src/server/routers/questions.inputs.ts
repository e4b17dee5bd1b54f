import { z } from "zod";
import { optionalText, questionKind, requiredText, uuid } from "~/server/inputs";

export const questionTitleMaxLength = 200;
export const questionPromptMaxLength = 2_000;
export const questionGuidanceMaxLength = 5_000;
export const exampleAnswerMaxLength = 20_000;

export const listQuestionsInput = z.object({ kind: questionKind.optional() }).optional();

export const questionIdInput = z.object({ questionId: uuid("questionId") });

export const questionBankInput = z
  .object({
    search: z.string().trim().max(200, { error: "search is limited to 200 characters" }).optional(),
    kind: questionKind.optional(),
    cohortId: uuid("cohortId").optional(),
    includeArchived: z.boolean().optional(),
  })
  .default({});

const questionFields = {
  kind: questionKind,
  title: requiredText("title", questionTitleMaxLength),
  prompt: requiredText("prompt", questionPromptMaxLength),
  guidance: optionalText("guidance", questionGuidanceMaxLength),
  exampleAnswer: optionalText("exampleAnswer", exampleAnswerMaxLength),
};

export const createQuestionInput = z.object({ cohortId: uuid("cohortId"), ...questionFields });
export const updateQuestionInput = z.object({ questionId: uuid("questionId"), ...questionFields });
export const questionRefInput = z.object({ questionId: uuid("questionId") });
