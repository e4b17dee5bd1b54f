import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/routers/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type CohortDashboard = Outputs["dashboard"]["cohort"];
export type HeatmapCandidate = CohortDashboard["heatmap"]["candidates"][number];
export type TrendWeek = CohortDashboard["trends"]["weeks"][number];
export type CandidateTrend = CohortDashboard["trends"]["perCandidate"][number];
export type CohortMember = Outputs["members"]["list"][number];
export type CohortInvitation = Outputs["invitations"]["list"][number];
export type InvitationPreview = Outputs["invitations"]["preview"];
