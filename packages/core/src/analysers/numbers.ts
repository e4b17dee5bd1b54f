import {
  claimCues,
  countNouns,
  durationUnits,
  effortCounts,
  measureUnits,
  metricLinks,
  metricNames,
  rangeLinks,
  spelledNumbers,
  vagueScaleWords,
} from "../lexicons/units.ts";
import type { Token } from "../nlp/analyse-text.ts";
import { createPhraseMatcher, createWordClasses, type PhraseMatch } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, clampScore, pushEvidence, tokenEvidence } from "./context.ts";

export type QuantityKind = "measure" | "count" | "duration" | "effort" | "bare";

/** A number in the answer, what it is attached to and how much it proves. */
export interface Quantity {
  from: number;
  to: number;
  sentence: number;
  kind: QuantityKind;
  /** 1 = a measured claim, 0.5 = weak support, 0 = not tied to any claim. */
  weight: number;
}

export interface NumberAnalysis {
  quantities: Quantity[];
  /** Vague scale phrases with no number in the same sentence. */
  vague: PhraseMatch[];
  /** Sum of quantity weights: how much of the answer is measured. */
  measuredWeight: number;
  /** Sentences holding at least one claim-weight quantity. */
  measuredSentences: Set<number>;
  score: number;
  evidence: Evidence[];
}

const unitMatcher = createPhraseMatcher({
  effort: effortCounts,
  measure: measureUnits,
  count: countNouns,
  duration: durationUnits,
});
const cueMatcher = createPhraseMatcher({ claim: claimCues });
const vagueMatcher = createPhraseMatcher({ vague: vagueScaleWords });
const metricMatcher = createPhraseMatcher({ metric: metricNames });
const metricLinkWords = new Set<string>(metricLinks);
const rangeLinkWords = new Set<string>(rangeLinks);

const numberWords = createWordClasses([spelledNumbers]);
const yearLike = /^(19|20)\d\d$/;

/**
 * Which tokens are numbers: digits (not clock times) and spelled-out numbers (not "one", which is
 * mostly a pronoun).
 */
function findNumberTokens(tokens: readonly Token[]): Uint8Array {
  const isNumber = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.type === "number") isNumber[i] = token.text.includes(":") ? 0 : 1;
    else isNumber[i] = numberWords.of(tokens, i);
  }
  return isNumber;
}

function classifyUnit(ctx: AnswerContext, next: number, end: number): PhraseMatch | undefined {
  // Allow "10-second" and one or two adjectives between the number and a counted noun.
  let start = next;
  if (ctx.tokens[start]?.text === "-") start += 1;
  const window = unitMatcher.find(ctx.tokens, start, Math.min(end, start + 4));
  const first = window[0];
  if (first === undefined) return undefined;
  if (first.from === start) return first;
  // Only counted nouns may sit behind an adjective ("1,200 duplicate-text complaints").
  return first.category === "count" || first.category === "effort" ? first : undefined;
}

/** A number right after a metric name, or after it and up to two linking words ("CLS of 0.05"). */
function followsMetric(tokens: readonly Token[], from: number, metricEnds: ReadonlySet<number>) {
  const sentence = tokens[from]?.sentence;
  let at = from;
  for (let links = 0; links <= 2; links += 1) {
    if (metricEnds.has(at)) return true;
    const previous = tokens[at - 1];
    if (previous === undefined || previous.sentence !== sentence) return false;
    if (!metricLinkWords.has(previous.lower)) return false;
    at -= 1;
  }
  return metricEnds.has(at);
}

function isUnitKind(kind: QuantityKind): boolean {
  return kind === "measure" || kind === "count" || kind === "duration";
}

/**
 * The two ends of a range share a unit: "from 450 to 180 ms", "3–5 ms", "CLS from 0.25 to 0.05".
 * A bare number joined to a measured one by a range word takes its kind.
 */
function joinRanges(tokens: readonly Token[], quantities: Quantity[]): void {
  for (let k = 1; k < quantities.length; k += 1) {
    const left = quantities[k - 1];
    const right = quantities[k];
    if (left === undefined || right === undefined || left.sentence !== right.sentence) continue;
    const gap = right.from - left.to;
    if (gap < 1 || gap > 2) continue;
    let isRange = true;
    for (let t = left.to; t < right.from; t += 1) {
      if (!rangeLinkWords.has(tokens[t]?.lower ?? "")) isRange = false;
    }
    if (!isRange) continue;
    if (left.kind === "bare" && isUnitKind(right.kind)) left.kind = right.kind;
    else if (right.kind === "bare" && isUnitKind(left.kind)) right.kind = left.kind;
  }
}

/** Finds numbers, classifies what each measures, and scores specificity 0–4. */
export function analyseNumbers(ctx: AnswerContext): NumberAnalysis {
  const quantities: Quantity[] = [];
  const evidence: Evidence[] = [];
  const claimSentences = new Set(
    cueMatcher.find(ctx.tokens).map((m) => ctx.tokens[m.from]?.sentence ?? -1),
  );
  const tokens = ctx.tokens;
  const metricEnds = new Set(metricMatcher.find(tokens).map((m) => m.to));
  const isNumber = findNumberTokens(tokens);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || isNumber[i] !== 1) continue;
    // "2 million", "two and a half": one quantity, take the last number word.
    const following = tokens[i + 1];
    if (following !== undefined && isNumber[i + 1] === 1 && following.type !== "number") continue;
    const sentence = ctx.sentences[token.sentence];
    const end = sentence?.endToken ?? tokens.length;
    // Start at the first number of a run ("$1.4 billion") and include a currency sign.
    let from = i;
    while (from > 0 && isNumber[from - 1] === 1 && tokens[from - 1]?.sentence === token.sentence)
      from -= 1;
    const isMoney = tokens[from - 1]?.type === "currency";
    if (isMoney) from -= 1;
    const unit = classifyUnit(ctx, i + 1, end);
    let kind: QuantityKind;
    if (isMoney || unit?.category === "measure") kind = "measure";
    else if (unit?.category === "effort") kind = "effort";
    else if (unit?.category === "count") kind = "count";
    else if (unit?.category === "duration") kind = "duration";
    else if (yearLike.test(token.text)) continue;
    else if (followsMetric(tokens, from, metricEnds)) kind = "measure";
    else kind = "bare";
    const to = unit === undefined ? i + 1 : unit.to;
    quantities.push({ from, to, sentence: token.sentence, kind, weight: 0 });
  }
  joinRanges(tokens, quantities);
  for (const quantity of quantities) {
    const { kind } = quantity;
    const hasCue = claimSentences.has(quantity.sentence);
    const weight =
      kind === "measure"
        ? 1
        : kind === "count"
          ? hasCue
            ? 1
            : 0.5
          : kind === "duration"
            ? hasCue
              ? 1
              : 0.5
            : kind === "bare" && hasCue
              ? 0.5
              : 0;
    quantity.weight = weight;
    if (weight >= 1) {
      pushEvidence(
        evidence,
        tokenEvidence(
          ctx,
          quantity.from,
          quantity.to,
          "specificity",
          "supports",
          "quantified_claim",
          "A number with a unit backs this claim.",
        ),
      );
    } else if (weight === 0) {
      pushEvidence(
        evidence,
        tokenEvidence(
          ctx,
          quantity.from,
          quantity.to,
          "specificity",
          "hurts",
          "untied_number",
          "This number counts effort or people, not an outcome of the work.",
        ),
      );
    }
  }
  const measuredSentences = new Set(quantities.filter((q) => q.weight >= 1).map((q) => q.sentence));
  const vague = vagueMatcher
    .find(tokens)
    .filter((m) => !measuredSentences.has(tokens[m.from]?.sentence ?? -1));
  for (const match of vague) {
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "specificity",
        "hurts",
        "vague_scale",
        "A scale word with no number: say how big or how much.",
      ),
    );
  }
  const measuredWeight = quantities.reduce((sum, q) => sum + q.weight, 0);
  return {
    quantities,
    vague,
    measuredWeight,
    measuredSentences,
    score: scoreSpecificity(
      measuredWeight,
      vague.length,
      quantities.filter((q) => q.kind === "effort").length,
      measuredSentences.size,
    ),
    evidence,
  };
}

/**
 * Maps measured weight to the 0–4 specificity scale. Scale words and numbers that count only
 * effort pull it down: a pile of trivia numbers must not read as a measured answer.
 */
export function scoreSpecificity(
  measuredWeight: number,
  vagueCount: number,
  untiedCount = 0,
  measuredClaims = 0,
): number {
  let score =
    measuredWeight >= 6
      ? 4
      : measuredWeight >= 3.5
        ? 3
        : measuredWeight >= 1.5
          ? 2
          : measuredWeight >= 0.5
            ? 1
            : 0;
  if (score >= 2 && vagueCount >= 2 && vagueCount >= measuredWeight / 3) score -= 1;
  // Effort counts that crowd out real claims read as padding; they never erase real numbers.
  if (score >= 2 && untiedCount >= 6 && untiedCount >= 2 * measuredClaims)
    score = Math.max(1, score - 2);
  else if (score >= 2 && untiedCount >= 4 && untiedCount > measuredClaims) score -= 1;
  return clampScore(score);
}
