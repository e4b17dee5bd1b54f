import { buzzwords } from "../lexicons/buzzwords.ts";
import { createPhraseMatcher, type PhraseMatch } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, pushEvidence, tokenEvidence } from "./context.ts";
import type { Quantity } from "./numbers.ts";

export interface BuzzwordAnalysis {
  matches: PhraseMatch[];
  /**
   * Buzzwords with nothing behind them in their sentence: no number, no named technology, no
   * mechanism and no specific part of the system.
   */
  unbacked: PhraseMatch[];
  /** Sentences whose technical content is mostly buzzwords. */
  buzzwordSentences: Set<number>;
  /** Buzzwords per 100 words. */
  density: number;
  isStuffed: boolean;
  evidence: Evidence[];
}

const matcher = createPhraseMatcher({ buzzword: buzzwords });

/** What can stand behind a buzzword in its sentence. */
export interface BuzzwordBacking {
  /** Numbers in the answer (counts of people or effort back nothing). */
  quantities: readonly Quantity[];
  /** Component, technology and mechanism mentions. */
  mentions: readonly PhraseMatch[];
}

/**
 * Finds reliability and business vocabulary. A buzzword is backed when its sentence also gives a
 * number, a named technology, a mechanism or a specific part ("connection pool", not "service"):
 * then the term is the substance of the sentence. Each such detail backs at most two buzzwords, so
 * a string of terms hung on one name is still vocabulary. Stuffing is several unbacked terms at a
 * density no story needs.
 */
export function analyseBuzzwords(ctx: AnswerContext, backing: BuzzwordBacking): BuzzwordAnalysis {
  const matches = matcher.find(ctx.tokens);
  const evidence: Evidence[] = [];
  const sentenceOf = (from: number) => ctx.tokens[from]?.sentence ?? -1;
  const details = new Map<number, number>();
  const addDetail = (sentence: number) => details.set(sentence, (details.get(sentence) ?? 0) + 1);
  for (const quantity of backing.quantities) {
    if (quantity.kind !== "effort") addDetail(quantity.sentence);
  }
  for (const mention of backing.mentions) {
    const isSpecific = mention.category !== "component" || mention.phrase.includes(" ");
    // A part named inside the buzzword itself ("queues" in "dead-letter queues") backs nothing.
    const isInsideBuzzword = matches.some((m) => m.from < mention.to && mention.from < m.to);
    if (isSpecific && !isInsideBuzzword) addDetail(sentenceOf(mention.from));
  }
  const terms = new Map<number, number>();
  for (const m of matches) terms.set(sentenceOf(m.from), (terms.get(sentenceOf(m.from)) ?? 0) + 1);
  const isBacked = (sentence: number) =>
    2 * (details.get(sentence) ?? 0) >= (terms.get(sentence) ?? 0);
  const unbacked = matches.filter((m) => !isBacked(sentenceOf(m.from)));
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
