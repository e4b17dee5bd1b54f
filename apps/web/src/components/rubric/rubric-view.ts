import "server-only";
import {
  type DimensionKey,
  dimensionInfo,
  dimensionKeys,
  dimensionWeights,
  type FlagKey,
  flagInfo,
  isQuestionKind,
  kindLabels,
  type QuestionKind,
} from "@debrief/core/rubric";
import type { DimensionBarRow, FlagInfo } from "@debrief/ui";

// Rubric words for the score components. Server-only on purpose: importing @debrief/core into a
// client island would ship the NLP model in its first-load JavaScript, so islands get plain props.

export function kindLabel(kind: string): string {
  return isQuestionKind(kind) ? kindLabels[kind] : kind;
}

/** The eight bars, in rubric order, with labels, descriptions and the kind's weights. */
export function dimensionRows(
  kind: QuestionKind,
  scores: Partial<Record<DimensionKey, number>>,
  compare?: Partial<Record<DimensionKey, number>> | null,
): DimensionBarRow[] {
  return dimensionKeys.map((key) => ({
    key,
    label: dimensionInfo[key].label,
    description: dimensionInfo[key].description,
    score: scores[key] ?? 0,
    compareScore: compare?.[key] ?? null,
    weight: dimensionWeights[kind][key],
  }));
}

/** Rubric order with labels, for tables that list every dimension. */
export function dimensionList(): Array<{ key: DimensionKey; label: string }> {
  return dimensionKeys.map((key) => ({ key, label: dimensionInfo[key].label }));
}

export function dimensionLabels(): Record<DimensionKey, string> {
  return Object.fromEntries(dimensionKeys.map((key) => [key, dimensionInfo[key].label])) as Record<
    DimensionKey,
    string
  >;
}

/** Flag keys in plain words; an unknown key still shows, by its key. */
export function flagItems(flags: readonly string[]): FlagInfo[] {
  return flags.map((key) => {
    const info = (flagInfo as Record<string, { label: string; description: string } | undefined>)[
      key
    ];
    return info ? { key, ...info } : { key, label: key.replace(/_/g, " "), description: "" };
  });
}

export type { DimensionKey, FlagKey, QuestionKind };
