import {
  caseSensitiveTechnologies,
  mechanisms,
  systemNouns,
  technologies,
} from "../lexicons/components.ts";
import { createPhraseMatcher, type PhraseMatch } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, clampScore, pushEvidence, tokenEvidence } from "./context.ts";

export interface ComponentAnalysis {
  /** Every component, technology and mechanism mention, in order. */
  mentions: readonly PhraseMatch[];
  distinctComponents: number;
  distinctMechanisms: number;
  /** Sentences that name at least one concrete component or mechanism. */
  technicalSentences: Set<number>;
  score: number;
  evidence: Evidence[];
}

const matcher = createPhraseMatcher({
  mechanism: mechanisms,
  technology: technologies,
  component: systemNouns,
});
const casedMatcher = createPhraseMatcher(
  { technology: caseSensitiveTechnologies },
  { isCaseSensitive: true },
);

// "Queues" and "queue" are one part. Lexicon phrases are few and fixed: derive each key once.
const mentionKeys = new Map<string, string>();
function mentionKey(phrase: string): string {
  let key = mentionKeys.get(phrase);
  if (key === undefined) {
    key = phrase.toLowerCase().replace(/s$/, "");
    mentionKeys.set(phrase, key);
  }
  return key;
}

// Mechanisms and named technologies show more depth than generic nouns like "service".
const mechanismWeight = 1.5;
const technologyWeight = 1;
const componentWeight = 0.6;

/**
 * Named components, technologies and mechanisms in order, leaving out sentences that are bare
 * keyword lists.
 */
export function findComponentMentions(ctx: AnswerContext): PhraseMatch[] {
  const found = [...matcher.find(ctx.tokens), ...casedMatcher.find(ctx.tokens)];
  // A bare keyword list is not a description of a system: skip sentences that are mostly names.
  const mentionTokens = new Map<number, number>();
  for (const m of found) {
    const sentence = ctx.tokens[m.from]?.sentence ?? -1;
    mentionTokens.set(sentence, (mentionTokens.get(sentence) ?? 0) + (m.to - m.from));
  }
  const listSentences = new Set<number>();
  for (const [sentence, count] of mentionTokens) {
    const range = ctx.sentences[sentence];
    if (range === undefined) continue;
    let words = 0;
    for (let i = range.firstToken; i < range.endToken; i += 1) {
      if (ctx.tokens[i]?.type === "word") words += 1;
    }
    if (words >= 6 && count > 0.6 * words) listSentences.add(sentence);
  }
  const isList = (sentence: number) => listSentences.has(sentence);
  return found
    .filter((m) => !isList(ctx.tokens[m.from]?.sentence ?? -1))
    .sort((a, b) => a.from - b.from);
}

/** Scores technical depth 0–4 from the distinct components, technologies and mechanisms named. */
export function analyseComponents(
  ctx: AnswerContext,
  buzzwordSentences: ReadonlySet<number>,
  mentions: readonly PhraseMatch[] = findComponentMentions(ctx),
): ComponentAnalysis {
  const evidence: Evidence[] = [];
  const seen = new Map<string, string>();
  const technicalSentences = new Set<number>();
  for (const mention of mentions) {
    const key = mentionKey(mention.phrase);
    const sentence = ctx.tokens[mention.from]?.sentence ?? -1;
    technicalSentences.add(sentence);
    if (seen.has(key)) continue;
    seen.set(key, mention.category);
    const note =
      mention.category === "mechanism"
        ? "A mechanism at implementation depth."
        : mention.category === "technology"
          ? "A named technology places the system."
          : "A named part of the system.";
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        mention.from,
        mention.to,
        "depth",
        "supports",
        mention.category === "mechanism" ? "mechanism" : "named_component",
        note,
      ),
    );
  }
  let weight = 0;
  let distinctMechanisms = 0;
  let distinctComponents = 0;
  for (const category of seen.values()) {
    if (category === "mechanism") {
      distinctMechanisms += 1;
      weight += mechanismWeight;
    } else {
      distinctComponents += 1;
      weight += category === "technology" ? technologyWeight : componentWeight;
    }
  }
  // Components named only inside buzzword sentences add little: vocabulary, not a system.
  const buzzOnly = [...technicalSentences].filter((s) => buzzwordSentences.has(s)).length;
  const share = technicalSentences.size === 0 ? 0 : buzzOnly / technicalSentences.size;
  weight *= 1 - 0.5 * share;
  return {
    mentions,
    distinctComponents,
    distinctMechanisms,
    technicalSentences,
    score: scoreDepth(weight),
    evidence,
  };
}

/** Maps weighted component and mechanism variety to the 0–4 depth scale. */
export function scoreDepth(weight: number): number {
  return clampScore(weight >= 11 ? 4 : weight >= 6.5 ? 3 : weight >= 3.5 ? 2 : weight >= 1 ? 1 : 0);
}
