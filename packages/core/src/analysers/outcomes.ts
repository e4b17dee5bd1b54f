import { baselineCues, emptyOutcomes, outcomeCues } from "../lexicons/outcomes.ts";
import { createPhraseMatcher, type PhraseMatch } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import {
  type AnswerContext,
  clampScore,
  pushEvidence,
  sentenceEvidence,
  tokenEvidence,
} from "./context.ts";
import type { NumberAnalysis } from "./numbers.ts";

export interface OutcomeAnalysis {
  /** Outcome sentences with a measured number. */
  measuredOutcomes: number;
  /** Measured outcomes that also state the baseline they moved from. */
  baselineOutcomes: number;
  /** Outcome sentences with no number ("it got a lot smoother"). */
  vagueOutcomes: number;
  emptyOutcomes: PhraseMatch[];
  /** Sentences that compare with a before ("went from", "down from", "used to"). */
  baselineSentences: Set<number>;
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
  const outcomeMatches = outcomeMatcher.find(ctx.tokens);
  const outcomeSentences = new Set(outcomeMatches.map((m) => ctx.tokens[m.from]?.sentence ?? -1));
  const baselineCount = new Map<number, number>();
  for (const match of baselineMatcher.find(ctx.tokens)) {
    const sentence = ctx.tokens[match.from]?.sentence ?? -1;
    baselineCount.set(sentence, (baselineCount.get(sentence) ?? 0) + 1);
  }
  const empty = emptyMatcher.find(ctx.tokens);
  const emptyTokens = new Set<number>();
  for (const m of empty) for (let i = m.from; i < m.to; i += 1) emptyTokens.add(i);
  const numberCount = new Map<number, number>();
  for (const q of numbers.quantities) {
    if (q.weight > 0) numberCount.set(q.sentence, (numberCount.get(q.sentence) ?? 0) + 1);
  }
  const realOutcomeSentences = new Set(
    outcomeMatches
      .filter((m) => !emptyTokens.has(m.from))
      .map((m) => ctx.tokens[m.from]?.sentence ?? -1),
  );
  let measuredOutcomes = 0;
  let baselineOutcomes = 0;
  let vagueOutcomes = 0;
  let points = 0;
  for (const sentence of [...outcomeSentences].sort((a, b) => a - b)) {
    const count = numberCount.get(sentence) ?? 0;
    const isMeasured = numbers.measuredSentences.has(sentence) || count >= 2;
    if (isMeasured) {
      measuredOutcomes += 1;
      // A baseline is a comparison word with two numbers to compare; one sentence can carry
      // several ("errors from 8% to 0.5%, visits from 60 to 5").
      const baselines = Math.min(baselineCount.get(sentence) ?? 0, Math.floor(count / 2));
      const hasBaseline = baselines > 0;
      baselineOutcomes += baselines;
      points += hasBaseline ? 2 * Math.min(3, baselines) : 1;
      pushEvidence(
        evidence,
        sentenceEvidence(
          ctx,
          sentence,
          "impact",
          "supports",
          "stated_result",
          hasBaseline ? "A measured result against its baseline." : "A measured result.",
        ),
      );
    } else if (realOutcomeSentences.has(sentence)) {
      // A status phrase ("delivered on time") is not a result, even though it sounds like one.
      vagueOutcomes += 1;
    }
  }
  for (const match of empty) {
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "impact",
        "hurts",
        "status_outcome",
        "Reports status, not what changed because of the work.",
      ),
    );
  }
  const hasResult = measuredOutcomes > 0 || vagueOutcomes > 0;
  // Scale of one's own work ("places 50,000 jobs a day") is weak evidence of impact.
  const selfScale = points === 0 && numbers.measuredWeight >= 3 ? 1 : 0;
  return {
    measuredOutcomes,
    baselineOutcomes,
    vagueOutcomes,
    emptyOutcomes: empty,
    baselineSentences: new Set(baselineCount.keys()),
    hasResult,
    score: Math.max(selfScale, scoreImpact(points, vagueOutcomes)),
    evidence,
  };
}

/**
 * Maps outcome points (1 per measured result, 2 per result with its baseline) to the 0–4
 * impact scale; results with no number earn at most 1.
 */
export function scoreImpact(points: number, vagueOutcomes: number): number {
  if (points >= 4.5) return 4;
  if (points >= 2) return 3;
  if (points >= 1) return 2;
  return clampScore(vagueOutcomes > 0 ? 1 : 0);
}
