import type { QuestionKind } from "./keys.ts";

export interface WordRange {
  min: number;
  max: number;
}

/** Allowed word counts per kind: outside them the length flags are set (docs/rubric.md). */
export const lengthRanges: Record<QuestionKind, WordRange> = {
  deep_dive: { min: 150, max: 600 },
  debugging: { min: 150, max: 600 },
  cross_functional: { min: 120, max: 550 },
  conflict: { min: 120, max: 550 },
  intro: { min: 60, max: 260 },
  motivation: { min: 60, max: 260 },
  logistics: { min: 60, max: 260 },
};

/**
 * The comfortable band inside the allowed range, in words. Delivery loses a point outside it:
 * an intro of 250 words is allowed but long for 60–90 seconds of speech.
 */
export const idealWordRanges: Record<QuestionKind, WordRange> = {
  deep_dive: { min: 250, max: 480 },
  debugging: { min: 200, max: 450 },
  cross_functional: { min: 170, max: 420 },
  conflict: { min: 170, max: 420 },
  intro: { min: 130, max: 230 },
  motivation: { min: 100, max: 230 },
  logistics: { min: 60, max: 180 },
};

/** Target spoken length in seconds, at about 150 words a minute. */
export const targetSpokenSeconds: Record<QuestionKind, { min: number; max: number }> = {
  deep_dive: { min: 120, max: 180 },
  debugging: { min: 90, max: 180 },
  cross_functional: { min: 75, max: 165 },
  conflict: { min: 75, max: 165 },
  intro: { min: 60, max: 90 },
  motivation: { min: 45, max: 90 },
  logistics: { min: 25, max: 70 },
};

/** Words per minute used for spoken-time estimates. */
export const wordsPerMinute = 150;
