import {
  hedgeDeterminers,
  hedges,
  nounPhraseHedges,
  softHedges,
  tangents,
} from "../lexicons/delivery.ts";
import { createPhraseMatcher, type PhraseMatch } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, pushEvidence, tokenEvidence } from "./context.ts";

export interface HedgeAnalysis {
  hedges: PhraseMatch[];
  tangents: PhraseMatch[];
  /** Strong hedges count 1, soft hedges 0.5, per 100 words. */
  density: number;
  evidence: Evidence[];
}

const hedgeMatcher = createPhraseMatcher({ hedge: hedges, soft: softHedges });
const tangentMatcher = createPhraseMatcher({ tangent: tangents });
const nounPhrases = new Set<string>(nounPhraseHedges);
const determiners = new Set<string>(hedgeDeterminers);

/** "the kind of work", "a different sort of outage": a noun phrase, not a hedge. */
function isNounPhrase(ctx: AnswerContext, match: PhraseMatch): boolean {
  if (!nounPhrases.has(match.phrase)) return false;
  const previous = ctx.tokens[match.from - 1];
  if (previous === undefined || previous.sentence !== ctx.tokens[match.from]?.sentence)
    return false;
  return determiners.has(previous.lower) || previous.pos === "ADJ";
}

/** Finds hedges, filler and tangents, and their density per 100 words. */
export function analyseHedges(ctx: AnswerContext): HedgeAnalysis {
  const found = hedgeMatcher.find(ctx.tokens).filter((match) => !isNounPhrase(ctx, match));
  const tangentMatches = tangentMatcher.find(ctx.tokens);
  const evidence: Evidence[] = [];
  let weight = 0;
  for (const match of found) {
    weight += match.category === "hedge" ? 1 : 0.5;
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "delivery",
        "hurts",
        "hedge",
        "A hedge: it makes the claim sound unsure.",
      ),
    );
  }
  for (const match of tangentMatches) {
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "delivery",
        "hurts",
        "tangent",
        "A tangent or filler that costs time without adding substance.",
      ),
    );
  }
  const density = ctx.words === 0 ? 0 : (100 * weight) / ctx.words;
  return { hedges: found, tangents: tangentMatches, density, evidence };
}
