import { baselineCues, emptyOutcomes, outcomeCues } from "../lexicons/outcomes.ts";
import { createPhraseMatcher, type PhraseMatch } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, clampScore, pushEvidence, sentenceEvidence, tokenEvidence } from "./context.ts";
import type { NumberAnalysis } from "./numbers.ts";

export interface OutcomeAnalysis {
  /** Outcome sentences with a measured number. */
  measuredOutcomes: number;
  /** Measured outcomes that also state the baseline they moved from. */
  baselineOutcomes: number;
  /** Outcome sentences with no number ("it got a lot smoother"). */
  vagueOutcomes: number;
  emptyOutcomes: PhraseMatch[];
  hasResult: boolean;
  score: number;
  evidence: Evidence[];
}

const outcomeMatcher = createPhraseMatcher({ outcome: outcomeCues });
const baselineMatcher = createPhraseMatcher({ baseline: baselineCues });
const emptyMatcher = createPhraseMatcher({ empty: emptyOutcomes });

/** Finds stated results, whether they are measured and against what; scores impact 0–4. */
export function analyseOutcomes(ctx: AnswerContext, numbers: NumberAnalysis): OutcomeAnalysis {
  const evidence: Evidence[] = [];
  const outcomeSentences = new Set(outcomeMatcher.find(ctx.tokens).map((m) => ctx.tokens[m.from]?.sentence ?? -1));
  const baselineSentences = new Set(baselineMatcher.find(ctx.tokens).map((m) => ctx.tokens[m.from]?.sentence ?? -1));
  const numberCount = new Map<number, number>();
  for (const q of numbers.quantities) {
    if (q.weight > 0) numberCount.set(q.sentence, (numberCount.get(q.sentence) ?? 0) + 1);
  }
  let measuredOutcomes = 0;
  let baselineOutcomes = 0;
  let vagueOutcomes = 0;
  for (const sentence of [...outcomeSentences].sort((a, b) => a - b)) {
    const count = numberCount.get(sentence) ?? 0;
    const isMeasured = numbers.measuredSentences.has(sentence) || count >= 2;
    if (isMeasured) {
      measuredOutcomes += 1;
      // A baseline is a comparison word with two numbers to compare.
      const hasBaseline = baselineSentences.has(sentence) && count >= 2;
      if (hasBaseline) baselineOutcomes += 1;
      pushEvidence(evidence, sentenceEvidence(ctx, sentence, "impact", "supports", "stated_result", hasBaseline ? "A measured result against its baseline." : "A measured result."));
    } else {
      vagueOutcomes += 1;
    }
  }
  const empty = emptyMatcher.find(ctx.tokens);
  for (const match of empty) {
    pushEvidence(evidence, tokenEvidence(ctx, match.from, match.to, "impact", "hurts", "status_outcome", "Reports status, not what changed because of the work."));
  }
  const hasResult = measuredOutcomes > 0 || vagueOutcomes > empty.length;
  return {
    measuredOutcomes,
    baselineOutcomes,
    vagueOutcomes,
    emptyOutcomes: empty,
    hasResult,
    score: scoreImpact(measuredOutcomes, baselineOutcomes, vagueOutcomes),
    evidence,
  };
}

/** Maps measured and baselined outcomes to the 0–4 impact scale. */
export function scoreImpact(measured: number, baselined: number, vague: number): number {
  if (baselined >= 3 || (baselined >= 2 && measured >= 4)) return 4;
  if (baselined >= 1 || measured >= 2) return 3;
  if (measured >= 1) return 2;
  return clampScore(vague > 0 ? 1 : 0);
}
