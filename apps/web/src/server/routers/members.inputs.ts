import { membershipRoles } from "@debrief/db/schema";
import { z } from "zod";
import { uuid } from "~/server/inputs";

export const membershipRole = z.enum(membershipRoles, {
  error: `role must be one of: ${membershipRoles.join(", ")}`,
});

export const memberRefInput = z.object({ cohortId: uuid("cohortId"), userId: uuid("userId") });
export const changeRoleInput = memberRefInput.extend({ role: membershipRole });
