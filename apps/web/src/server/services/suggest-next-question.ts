import {
  type DimensionKey,
  dimensionInfo,
  dimensionWeights,
  type QuestionKind,
} from "@debrief/core";
import {
  type CandidateScope,
  type Db,
  type NextBestQuestion,
  pickNextBestQuestion,
} from "@debrief/db";

export interface NextQuestionSuggestion extends NextBestQuestion {
  /** One sentence for the practice home explaining the pick. */
  reason: string;
}

// How many of the latest answers "lately" covers: enough to smooth one bad day, recent enough
// that improvement shows.
const recentAnswers = 10;

const kindPhrases: Record<QuestionKind, string> = {
  deep_dive: "project deep-dive",
  debugging: "debugging",
  cross_functional: "cross-functional",
  conflict: "disagreement",
  intro: "introduction",
  motivation: "motivation",
  logistics: "logistics",
};

/** The practice home's "next best question", from the weakest dimension of recent attempts. */
export async function suggestNextQuestion(
  db: Db,
  actor: CandidateScope,
): Promise<NextQuestionSuggestion | null> {
  const pick = await pickNextBestQuestion(db, actor, {
    recentLimit: recentAnswers,
    firstKind: "intro",
  });
  if (!pick) return null;
  const average = pick.average === null ? null : Math.round(pick.average * 10) / 10;
  return { ...pick, average, reason: describePick(pick.question.kind, pick.dimension, average) };
}

function describePick(kind: QuestionKind, dimension: DimensionKey | null, average: number | null) {
  if (dimension === null || average === null) {
    return kind === "intro"
      ? "You haven't submitted an answer yet; a short introduction is a good place to start."
      : "You haven't submitted an answer yet; this question is a good place to start.";
  }
  const label = dimensionInfo[dimension].label;
  const weight = dimensionWeights[kind][dimension];
  return `Your weakest area lately is ${label} (${average.toFixed(1)}/4); this ${kindPhrases[kind]} question weighs it ${weight >= 15 ? "heavily" : "more than most"}.`;
}
