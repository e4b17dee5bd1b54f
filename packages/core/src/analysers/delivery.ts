import { framingCues } from "../lexicons/delivery.ts";
import { createPhraseMatcher } from "../nlp/phrase-matcher.ts";
import { idealWordRanges, lengthRanges } from "../rubric.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, clampScore, pushEvidence, sentenceEvidence } from "./context.ts";

export interface DeliveryInputs {
  hedgeDensity: number;
  tangents: number;
  unbackedBuzzwords: number;
  isBuzzwordStuffed: boolean;
  deflections: number;
  isGenericMotivation: boolean;
  isWrongShape: boolean;
  hasNoSpine: boolean;
  /** Scale words with no number behind them. */
  vagueScaleWords: number;
  /** Numbers that count people or effort: detail that pads without informing. */
  effortCounts: number;
  /** Stock self-descriptions ("team player", "fast learner"). */
  cliches: number;
}

export type LengthFit = "under" | "short" | "fit" | "long" | "over";

export interface DeliveryAnalysis {
  lengthFit: LengthFit;
  /** Whether a deep dive frames itself in its first ~75 words. */
  isFramedEarly: boolean;
  penalties: string[];
  score: number;
  evidence: Evidence[];
}

const framingMatcher = createPhraseMatcher({ framing: framingCues });

/** Where a word count sits against the kind's allowed and comfortable ranges. */
export function fitLength(kind: AnswerContext["kind"], words: number): LengthFit {
  const allowed = lengthRanges[kind];
  const ideal = idealWordRanges[kind];
  if (words < allowed.min) return "under";
  if (words > allowed.max) return "over";
  if (words < ideal.min) return "short";
  if (words > ideal.max) return "long";
  return "fit";
}

/** Scores delivery 0–4: length fit for the kind, hedging, tangents, buzzwords and framing. */
export function analyseDelivery(ctx: AnswerContext, inputs: DeliveryInputs): DeliveryAnalysis {
  const evidence: Evidence[] = [];
  const penalties: string[] = [];
  let score = 4;
  const lengthFit = fitLength(ctx.kind, ctx.words);
  if (lengthFit === "under" || lengthFit === "over") {
    score -= 2;
    penalties.push(lengthFit === "under" ? "far_too_short" : "far_too_long");
  } else if (lengthFit !== "fit") {
    score -= 1;
    penalties.push(lengthFit === "short" ? "short" : "long");
  }
  if (inputs.hedgeDensity >= 4) {
    score -= 2;
    penalties.push("hedging");
  } else if (inputs.hedgeDensity >= 1) {
    score -= 1;
    penalties.push("hedging");
  }
  if (inputs.tangents >= 2) {
    score -= 1;
    penalties.push("tangents");
  }
  if (inputs.isBuzzwordStuffed) {
    score -= 2;
    penalties.push("buzzwords");
  } else if (inputs.unbackedBuzzwords >= 3) {
    score -= 1;
    penalties.push("buzzwords");
  }
  if (inputs.vagueScaleWords >= 3 && !inputs.isBuzzwordStuffed) {
    score -= 1;
    penalties.push("vague");
  }
  if (inputs.effortCounts >= 4) {
    score -= 1;
    penalties.push("padding");
  }
  if (inputs.cliches >= 2) {
    score -= 1;
    penalties.push("cliches");
  }
  if (inputs.deflections > 0) {
    score -= 1;
    penalties.push("deflection");
  }
  if (inputs.isGenericMotivation) {
    score -= 2;
    penalties.push("generic_motivation");
  }
  if (inputs.isWrongShape) {
    score -= 1;
    penalties.push("wrong_shape");
  }
  if (inputs.hasNoSpine) {
    score -= 1;
    penalties.push("no_spine");
  }
  let isFramedEarly = true;
  if (ctx.kind === "deep_dive") {
    // The rubric asks a deep dive to frame itself in its first ~75 words.
    const cutoff = tokenIndexAtWord(ctx, 75);
    isFramedEarly = framingMatcher.find(ctx.tokens, 0, cutoff).length > 0;
    if (!isFramedEarly && ctx.words > 0) {
      penalties.push("no_framing");
      pushEvidence(
        evidence,
        sentenceEvidence(
          ctx,
          0,
          "delivery",
          "hurts",
          "no_framing",
          "The opening does not say what the story is about or how it will go.",
        ),
      );
    }
  }
  return {
    lengthFit,
    isFramedEarly,
    penalties,
    score: clampScore(ctx.words === 0 ? 0 : score),
    evidence,
  };
}

function tokenIndexAtWord(ctx: AnswerContext, words: number): number {
  let count = 0;
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const token = ctx.tokens[i];
    if (token !== undefined && (token.type === "word" || token.type === "number")) count += 1;
    if (count >= words) return i + 1;
  }
  return ctx.tokens.length;
}
