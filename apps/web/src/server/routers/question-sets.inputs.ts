import { maxRegradeWindowDays, maxSetItems } from "@debrief/db/limits";
import { z } from "zod";
import { optionalText, requiredText, uuid } from "~/server/inputs";

export const setTitleMaxLength = 200;
export const setDescriptionMaxLength = 2_000;

export const listSetsInput = z.object({ cohortId: uuid("cohortId").optional() }).default({});
export const setRefInput = z.object({ setId: uuid("setId") });

const setFields = {
  title: requiredText("title", setTitleMaxLength),
  description: optionalText("description", setDescriptionMaxLength),
};

export const createSetInput = z.object({ cohortId: uuid("cohortId"), ...setFields });
export const updateSetInput = z.object({ setId: uuid("setId"), ...setFields });

export const setGradingInput = z.object({
  setId: uuid("setId"),
  releaseMode: z.enum(["on_submit", "on_publish"], {
    error: "releaseMode: choose on_submit or on_publish",
  }),
  blind: z.boolean({ error: "blind: true or false" }),
});

export const setItemsInput = z.object({
  setId: uuid("setId"),
  questionIds: z.array(uuid("questionIds")).max(maxSetItems, {
    error: `questionIds: a set holds at most ${maxSetItems} questions`,
  }),
});

export const regradeWindowInput = z.object({
  setId: uuid("setId"),
  days: z
    .int({ error: "days must be a whole number" })
    .min(0, { error: `days must be between 0 and ${maxRegradeWindowDays}` })
    .max(maxRegradeWindowDays, { error: `days must be between 0 and ${maxRegradeWindowDays}` }),
});
