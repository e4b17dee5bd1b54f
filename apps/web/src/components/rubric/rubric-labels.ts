import "server-only";
import {
  dimensionInfo,
  dimensionKeys,
  flagInfo,
  kindLabels,
  questionKinds,
} from "@debrief/core/rubric";
import type { RubricLabels } from "~/components/reviews/types";

/** Rubric words for client islands, computed on the server so the islands stay small. */
export function rubricLabels(): RubricLabels {
  return {
    kinds: questionKinds.map((key) => ({ key, label: kindLabels[key] })),
    dimensions: dimensionKeys.map((key) => ({
      key,
      label: dimensionInfo[key].label,
      description: dimensionInfo[key].description,
    })),
    flags: Object.fromEntries(Object.entries(flagInfo).map(([key, info]) => [key, info.label])),
  };
}
