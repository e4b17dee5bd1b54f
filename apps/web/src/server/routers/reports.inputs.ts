import { z } from "zod";
import { uuid } from "~/server/inputs";

export const candidateReportInput = z.object({
  cohortId: uuid("cohortId"),
  candidateId: uuid("candidateId"),
});
