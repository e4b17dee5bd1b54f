import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/routers/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type BankQuestion = Outputs["questions"]["bank"][number];
export type SetSummary = Outputs["questionSets"]["list"][number];
export type SetDetail = Outputs["questionSets"]["get"];
export type SetAssignment = Outputs["assignments"]["forSet"][number];
export type CohortMember = Outputs["cohorts"]["members"][number];
export type QueuePage = Outputs["reviews"]["queue"];
export type QueueItem = QueuePage["items"][number];
type ReviewGet = Outputs["reviews"]["get"];
/** An attempt under review with its engine score (an unscorable one gets no grading panel). */
export type ReviewDetail = ReviewGet & { auto: NonNullable<ReviewGet["auto"]> };
export type Agreement = Outputs["reviews"]["agreement"];
export type NotificationItem = Outputs["notifications"]["list"][number];

export type ReviewStatus = "to_review" | "in_review" | "reviewed";
export type QueueSort = "due" | "attention";

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  to_review: "To review",
  in_review: "In review",
  reviewed: "Reviewed",
};

/** An answer's stored status ("submitted" is the queue's "to review") in the queue's words. */
export function statusLabel(status: string): string {
  if (status === "submitted") return reviewStatusLabels.to_review;
  if (status === "superseded") return "Replaced by a newer attempt";
  if (status === "unscorable") return "Not scored";
  return reviewStatusLabels[status as ReviewStatus] ?? status;
}

/** Plain rubric words for client islands (which must not import @debrief/core: it ships the NLP model). */
export interface RubricLabels {
  kinds: { key: string; label: string }[];
  dimensions: { key: string; label: string; description: string }[];
  flags: Record<string, string>;
}
