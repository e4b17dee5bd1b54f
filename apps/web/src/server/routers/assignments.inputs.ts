import { z } from "zod";
import { boundedDate, uuid } from "~/server/inputs";

export { setRefInput } from "./question-sets.inputs";

export const createAssignmentsInput = z.object({
  setId: uuid("setId"),
  dueAt: boundedDate("dueAt"),
  candidateIds: z
    .array(uuid("candidateIds"))
    .max(500, { error: "candidateIds: at most 500 at a time" })
    .optional(),
  wholeCohort: z.boolean().optional(),
});
