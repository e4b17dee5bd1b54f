import type { AnswerStats, DimensionKey, Evidence, ScoredResult } from "@debrief/core/rubric";

// The score shapes come from the rubric (`@debrief/core/rubric`, types only); the rest are this
// package's own view types.

export type { DimensionKey, Evidence };

/** What a score card shows: the engine's result, or a coach's grade in the same shape. */
export type ScoreResult = Pick<ScoredResult, "overall" | "dimensions" | "version"> & {
  flags: readonly string[];
  evidence: readonly Evidence[];
  suggestions: readonly string[];
  stats: AnswerStats;
};

/** Display words for a dimension; they come from the app (core's rubric), not from ui. */
export interface DimensionInfo {
  key: DimensionKey;
  label: string;
  description?: string;
}

/** A pitfall flag in plain words. */
export interface FlagInfo {
  key: string;
  label: string;
  description: string;
}

/** A coach comment anchored to [start, end) of the answer. */
export interface CommentRange {
  id: string;
  start: number;
  end: number;
  body: string;
  author?: string;
}
