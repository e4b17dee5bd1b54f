import {
  abstractNouns,
  approximators,
  causalLinks,
  changeWords,
  evasions,
  fillers,
  reasoningVerbs,
  verbalQuantities,
} from "../lexicons/plain-language.ts";
import { createPhraseMatcher, createWordClasses } from "../nlp/phrase-matcher.ts";
import type { AnswerContext } from "./context.ts";

/**
 * Signals of substance that need no jargon, and of text that only looks like an answer: the
 * shapes a strong plain-spoken answer has (explained causes, verbal quantities, the speaker's own
 * verbs) and the shapes a hollow one has (beats named as labels, lines with no verb).
 */
export interface PlainLanguageAnalysis {
  /** Sentences that explain a cause or a consequence ("so that", "which meant", "because"). */
  causalSentences: Set<number>;
  /** Sentences that say something changed, compare or contrast ("dropped", "than", "before"). */
  changeSentences: Set<number>;
  /** Sentences that state a quantity in words and tie it to a change ("cut it to about half"). */
  verbalQuantitySentences: Set<number>;
  /** Sentences where "I" is the subject of a verb. */
  iVerbSentences: Set<number>;
  /** Sentences where "we" is the subject of a verb. */
  weVerbSentences: Set<number>;
  /** Sentences where "I" decides, notices, asks, argues or writes. */
  reasoningSentences: Set<number>;
  /** Distinct verbs with "I" as the subject. */
  distinctIVerbs: number;
  /** Lines that open with a label and a colon ("Situation:", "Trade-off:"). */
  labelLines: number;
  /** Words inside labelled lines. */
  labelledWords: number;
  /** Sentences of three or more words with no verb at all (keyword lists). */
  verblessSentences: number;
  fillers: number;
  /** Content words (nouns, verbs, adjectives, proper nouns). */
  contentWords: number;
  distinctContentWords: number;
  nouns: number;
  verbs: number;
  properNouns: number;
  /** Sentences that name someone or something (a proper noun past the first word). */
  namedSentences: Set<number>;
  /** Abstract nouns of management talk ("alignment", "velocity"). */
  abstractNouns: number;
  /** Deferring non-answers ("it depends", "we can discuss"). */
  evasions: number;
}

const causalMatcher = createPhraseMatcher({ causal: causalLinks });
const quantityMatcher = createPhraseMatcher({ quantity: verbalQuantities, approx: approximators });
const changeMatcher = createPhraseMatcher({ change: changeWords });
const fillerMatcher = createPhraseMatcher({ filler: fillers });
const abstractMatcher = createPhraseMatcher({ abstract: abstractNouns });
const evasionMatcher = createPhraseMatcher({ evasion: evasions });
const wordClasses = createWordClasses([["i"], ["we"], reasoningVerbs]);
const isI = 1;
const isWe = 2;
const isReasoning = 4;
const contentTags = new Set(["NOUN", "VERB", "ADJ", "PROPN"]);
const skippable = new Set(["ADV", "AUX", "PART"]);

function isQuantityToken(pos: string, type: string): boolean {
  return pos === "NUM" || type === "number";
}

/** Reads the plain-language signals of one answer. */
export function analysePlainLanguage(ctx: AnswerContext): PlainLanguageAnalysis {
  const { tokens, sentences } = ctx;
  const causalSentences = new Set<number>();
  for (const match of causalMatcher.find(tokens)) {
    causalSentences.add(tokens[match.from]?.sentence ?? 0);
  }
  const changeSentences = new Set<number>();
  for (const match of changeMatcher.find(tokens)) {
    changeSentences.add(tokens[match.from]?.sentence ?? 0);
  }
  const verbalQuantitySentences = new Set<number>();
  for (const match of quantityMatcher.find(tokens)) {
    const sentence = tokens[match.from]?.sentence ?? 0;
    if (match.category === "approx") {
      // "about" counts only before a quantity: "about a third", "under a minute", "over 40".
      const next = tokens[match.to];
      const after = tokens[match.to + 1];
      const isQuantity =
        next !== undefined &&
        (isQuantityToken(next.pos, next.type) ||
          ((next.lower === "a" || next.lower === "an" || next.lower === "half") &&
            after !== undefined &&
            (after.pos === "NOUN" || after.pos === "NUM" || after.lower === "third")));
      if (!isQuantity) continue;
    }
    if (changeSentences.has(sentence)) verbalQuantitySentences.add(sentence);
  }

  const iVerbSentences = new Set<number>();
  const weVerbSentences = new Set<number>();
  const reasoningSentences = new Set<number>();
  const iVerbs = new Set<string>();
  let nouns = 0;
  let verbs = 0;
  let properNouns = 0;
  let contentWords = 0;
  const distinct = new Set<string>();
  const namedSentences = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.pos === "NOUN") nouns += 1;
    else if (token.pos === "VERB") verbs += 1;
    else if (token.pos === "PROPN") {
      properNouns += 1;
      if (i > (sentences[token.sentence]?.firstToken ?? 0)) namedSentences.add(token.sentence);
    }
    if (contentTags.has(token.pos) && token.type === "word") {
      contentWords += 1;
      distinct.add(token.lower);
    }
    const classes = wordClasses.of(tokens, i);
    if ((classes & (isI | isWe)) === 0) continue;
    // The subject's verb: the next verb in the sentence, past adverbs and auxiliaries.
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j += 1) {
      const next = tokens[j];
      if (next === undefined || next.sentence !== token.sentence) break;
      if (next.pos === "VERB") {
        if ((classes & isI) !== 0) {
          iVerbSentences.add(token.sentence);
          iVerbs.add(next.lower);
          if ((wordClasses.of(tokens, j) & isReasoning) !== 0)
            reasoningSentences.add(token.sentence);
        } else {
          weVerbSentences.add(token.sentence);
        }
        break;
      }
      if (!skippable.has(next.pos)) break;
    }
  }

  let labelLines = 0;
  let labelledWords = 0;
  let verblessSentences = 0;
  for (const sentence of sentences) {
    let words = 0;
    let hasVerb = false;
    let colonAt = -1;
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      const token = tokens[i];
      if (token === undefined) continue;
      if (token.type === "word" || token.type === "number") words += 1;
      if (token.pos === "VERB" || token.pos === "AUX") hasVerb = true;
      if (colonAt < 0 && token.text === ":" && i - sentence.firstToken <= 4) colonAt = i;
    }
    if (colonAt > sentence.firstToken) {
      labelLines += 1;
      labelledWords += words;
    }
    if (words >= 3 && !hasVerb) verblessSentences += 1;
  }

  return {
    causalSentences,
    changeSentences,
    verbalQuantitySentences,
    iVerbSentences,
    weVerbSentences,
    reasoningSentences,
    distinctIVerbs: iVerbs.size,
    labelLines,
    labelledWords,
    verblessSentences,
    fillers: fillerMatcher.find(tokens).length,
    contentWords,
    distinctContentWords: distinct.size,
    nouns,
    verbs,
    properNouns,
    namedSentences,
    abstractNouns: abstractMatcher.find(tokens).length,
    evasions: evasionMatcher.find(tokens).length,
  };
}
