import type { QuestionKind } from "@debrief/core/rubric";
import type { QueueSort, ReviewStatus } from "~/components/reviews/types";

// Filters of the queue and the bank, shared by the server pages (which load the first page of
// results with them) and the client islands (which keep them in the URL). Plain functions, no "use client": the server
// cannot call functions exported from a client module.

export interface QueueFilters {
  cohortId?: string;
  kind?: QuestionKind;
  candidateId?: string;
  status: ReviewStatus;
  sort: QueueSort;
}

export const queuePageSize = 25;

/** The filters as the URL spells them, so a filtered queue can be bookmarked and shared. */
export function queueSearch(filters: QueueFilters): string {
  const params = new URLSearchParams();
  if (filters.cohortId) params.set("cohort", filters.cohortId);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.candidateId) params.set("candidate", filters.candidateId);
  if (filters.status !== "to_review") params.set("status", filters.status);
  if (filters.sort !== "due") params.set("sort", filters.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function queueInput(filters: QueueFilters) {
  return {
    cohortId: filters.cohortId,
    kind: filters.kind,
    candidateId: filters.candidateId,
    status: filters.status,
    sort: filters.sort,
    limit: queuePageSize,
  };
}

export interface BankFilters {
  search: string;
  kind?: QuestionKind;
  includeArchived: boolean;
}

export function bankInput(filters: BankFilters) {
  return {
    search: filters.search.trim() || undefined,
    kind: filters.kind,
    includeArchived: filters.includeArchived || undefined,
  };
}

export function bankSearch(filters: BankFilters): string {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set("q", filters.search.trim());
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.includeArchived) params.set("archived", "1");
  const text = params.toString();
  return text ? `?${text}` : "";
}
