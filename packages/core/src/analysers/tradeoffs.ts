import {
  alternativeCues,
  costCues,
  decisionCues,
  mitigationCues,
  overNotAlternative,
  preferenceCues,
} from "../lexicons/tradeoffs.ts";
import { durationUnits } from "../lexicons/units.ts";
import { createPhraseMatcher } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, clampScore, pushEvidence, sentenceEvidence } from "./context.ts";

export interface TradeoffAnalysis {
  alternatives: number;
  decisions: number;
  costs: number;
  mitigations: number;
  /** Sentences that name an alternative. */
  alternativeSentences: number[];
  score: number;
  evidence: Evidence[];
}

const matcher = createPhraseMatcher({
  alternative: alternativeCues,
  decision: decisionCues,
  cost: costCues,
  mitigation: mitigationCues,
});

const preferenceMatcher = createPhraseMatcher({ preference: preferenceCues });
const notAlternativeMatcher = createPhraseMatcher({
  time: overNotAlternative,
  duration: durationUnits,
});

/**
 * Sentences where "over" names the option not taken: before a gerund ("over adopting Feast"), or
 * after a verb of preference ("chose Postgres over Kafka"), unless a time or an amount follows
 * ("over the weekend", "over 40%").
 */
function findOverAlternatives(ctx: AnswerContext): number[] {
  const { tokens } = ctx;
  const preferred = new Set(
    preferenceMatcher.find(tokens).map((m) => tokens[m.from]?.sentence ?? -1),
  );
  const sentences: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (token?.lower !== "over" || next === undefined || next.sentence !== token.sentence) continue;
    const isGerund = next.pos === "VERB" && next.lower.endsWith("ing");
    const isAmountOrTime =
      next.type === "number" ||
      next.type === "currency" ||
      notAlternativeMatcher.find(tokens, i + 1, Math.min(tokens.length, i + 4)).length > 0;
    if (isGerund || (preferred.has(token.sentence) && !isAmountOrTime)) {
      sentences.push(token.sentence);
    }
  }
  return sentences;
}

/**
 * Scores tradeoffs 0–4 from four parts: an alternative, a reasoned choice, the cost accepted and
 * its mitigation. A cost or mitigation only counts once an alternative or choice is on the table.
 */
export function analyseTradeoffs(ctx: AnswerContext): TradeoffAnalysis {
  const bySentence = new Map<number, Set<string>>();
  for (const match of matcher.find(ctx.tokens)) {
    const sentence = ctx.tokens[match.from]?.sentence ?? -1;
    const set = bySentence.get(sentence) ?? new Set<string>();
    set.add(match.category);
    bySentence.set(sentence, set);
  }
  for (const sentence of findOverAlternatives(ctx)) {
    const set = bySentence.get(sentence) ?? new Set<string>();
    set.add("alternative");
    bySentence.set(sentence, set);
  }
  const evidence: Evidence[] = [];
  let alternatives = 0;
  let decisions = 0;
  let costs = 0;
  let mitigations = 0;
  const alternativeSentences: number[] = [];
  let hasChoice = false;
  const sentences = [...bySentence.keys()].sort((a, b) => a - b);
  for (const sentence of sentences) {
    const parts = bySentence.get(sentence) ?? new Set<string>();
    const hasAlternative = parts.has("alternative");
    // "because" alone is a reason, not a decision; it counts beside an alternative or a choice.
    const hasDecision = parts.has("decision") && (hasAlternative || hasChoice || parts.size > 1);
    if (hasAlternative) {
      alternatives += 1;
      alternativeSentences.push(sentence);
    }
    if (hasDecision) decisions += 1;
    if (hasAlternative || hasDecision) hasChoice = true;
    if (hasChoice && parts.has("cost")) costs += 1;
    if (hasChoice && parts.has("mitigation")) mitigations += 1;
    if (
      hasAlternative ||
      hasDecision ||
      (hasChoice && (parts.has("cost") || parts.has("mitigation")))
    ) {
      const tag = parts.has("mitigation")
        ? "mitigation"
        : parts.has("cost")
          ? "cost_accepted"
          : "tradeoff";
      const note =
        tag === "mitigation"
          ? "How the cost of the choice was softened."
          : tag === "cost_accepted"
            ? "Names the cost the choice accepted."
            : "Names an alternative or the reason for a choice.";
      pushEvidence(evidence, sentenceEvidence(ctx, sentence, "tradeoffs", "supports", tag, note));
    }
  }
  return {
    alternatives,
    decisions,
    costs,
    mitigations,
    alternativeSentences,
    score: scoreTradeoffs(alternatives, decisions, costs, mitigations),
    evidence,
  };
}

/** Maps the four tradeoff parts to the 0–4 scale. */
export function scoreTradeoffs(
  alternatives: number,
  decisions: number,
  costs: number,
  mitigations: number,
): number {
  const parts =
    (alternatives > 0 ? 1 : 0) +
    (decisions > 0 ? 1 : 0) +
    (costs > 0 ? 1 : 0) +
    (mitigations > 0 ? 1 : 0);
  let score = parts;
  if (alternatives === 0 && decisions <= 1) score = Math.min(score, 1);
  return clampScore(score);
}
