import type { memberRoles } from "~/lib/lead-limits";

export type MemberRole = (typeof memberRoles)[number];

export const memberRoleLabels: Record<MemberRole, string> = {
  candidate: "Candidate",
  coach: "Coach",
  lead: "Team lead",
};
