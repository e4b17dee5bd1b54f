import { computeOverall, dimensionKeys, lengthRanges } from "@debrief/core";
import type { ReviewRules } from "@debrief/db";

/** The rubric pieces grading and the queue need from core; db takes them as arguments. */
export const reviewRules: ReviewRules = { dimensionKeys, computeOverall, lengthRanges };
