import { buzzwords } from "../lexicons/buzzwords.ts";
import { createPhraseMatcher, type PhraseMatch } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, pushEvidence, tokenEvidence } from "./context.ts";

export interface BuzzwordAnalysis {
  matches: PhraseMatch[];
  /** Buzzwords in a sentence with no measured number: vocabulary with nothing behind it. */
  unbacked: PhraseMatch[];
  /** Sentences whose technical content is mostly buzzwords. */
  buzzwordSentences: Set<number>;
  /** Buzzwords per 100 words. */
  density: number;
  isStuffed: boolean;
  evidence: Evidence[];
}

const matcher = createPhraseMatcher({ buzzword: buzzwords });

/**
 * Finds reliability and business vocabulary. A buzzword is backed when its sentence also carries
 * a measured number; stuffing is several unbacked terms at a density no story needs.
 */
export function analyseBuzzwords(
  ctx: AnswerContext,
  measuredSentences: ReadonlySet<number>,
): BuzzwordAnalysis {
  const matches = matcher.find(ctx.tokens);
  const evidence: Evidence[] = [];
  const unbacked = matches.filter(
    (m) => !measuredSentences.has(ctx.tokens[m.from]?.sentence ?? -1),
  );
  const buzzwordSentences = new Set(unbacked.map((m) => ctx.tokens[m.from]?.sentence ?? -1));
  for (const match of unbacked) {
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "delivery",
        "hurts",
        "buzzword",
        "A buzzword with no system or number behind it.",
      ),
    );
  }
  const density = ctx.words === 0 ? 0 : (100 * unbacked.length) / ctx.words;
  const isStuffed = unbacked.length >= 5 && density >= 2.5;
  return { matches, unbacked, buzzwordSentences, density, isStuffed, evidence };
}
