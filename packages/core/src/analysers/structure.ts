import { deflections, framingCues } from "../lexicons/delivery.ts";
import { logisticsItems, uncertainAnswerWords } from "../lexicons/logistics.ts";
import { type Beat, structureBeats } from "../lexicons/structure-beats.ts";
import { createPhraseMatcher, type PhraseMatcher } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, clampScore, pushEvidence, sentenceEvidence } from "./context.ts";

export interface BeatHit {
  key: string;
  label: string;
  /** Index of the first sentence that carries this beat. */
  sentence: number;
}

export interface StructureAnalysis {
  beats: BeatHit[];
  missing: Beat[];
  /** Share of adjacent beats that appear in the expected order. */
  order: number;
  isFramed: boolean;
  score: number;
  evidence: Evidence[];
}

const beatMatchers = new Map<string, PhraseMatcher>();
function matcherFor(kind: string, beats: readonly Beat[]): PhraseMatcher {
  let matcher = beatMatchers.get(kind);
  if (matcher === undefined) {
    matcher = createPhraseMatcher(Object.fromEntries(beats.map((beat) => [beat.key, beat.cues])));
    beatMatchers.set(kind, matcher);
  }
  return matcher;
}
const framingMatcher = createPhraseMatcher({ framing: framingCues });

/** Finds the kind's beats and checks their order and framing; scores structure 0–4. */
export function analyseStructure(ctx: AnswerContext): StructureAnalysis {
  const beats = structureBeats[ctx.kind];
  const evidence: Evidence[] = [];
  if (beats.length === 0 || ctx.tokens.length === 0) {
    return { beats: [], missing: [...beats], order: 1, isFramed: false, score: 0, evidence };
  }
  const first = new Map<string, number>();
  for (const match of matcherFor(ctx.kind, beats).find(ctx.tokens)) {
    const sentence = ctx.tokens[match.from]?.sentence ?? 0;
    if (!first.has(match.category)) first.set(match.category, sentence);
  }
  const hits: BeatHit[] = [];
  const missing: Beat[] = [];
  for (const beat of beats) {
    const sentence = first.get(beat.key);
    if (sentence === undefined) missing.push(beat);
    else hits.push({ key: beat.key, label: beat.label, sentence });
  }
  let inOrder = 0;
  for (let i = 1; i < hits.length; i += 1) {
    if ((hits[i]?.sentence ?? 0) >= (hits[i - 1]?.sentence ?? 0)) inOrder += 1;
  }
  const order = hits.length <= 1 ? 1 : inOrder / (hits.length - 1);
  // Framed: the opening lines say what the story is, or open on the kind's first beats. A spoken
  // "Sure." or "Oh, um, okay." before the answer starts is not its opening line.
  const opening = firstSubstantiveSentence(ctx);
  const openingEnd = ctx.sentences[Math.min(opening + 1, ctx.sentences.length - 1)]?.endToken ?? 0;
  const firstBeat = beats[0]?.key;
  const isFramed =
    framingMatcher.find(ctx.tokens, 0, openingEnd).length > 0 ||
    hits.filter((h) => h.sentence <= opening + 1).length >= 2 ||
    hits.some((h) => h.key === firstBeat && h.sentence <= opening);
  for (const hit of hits) {
    pushEvidence(
      evidence,
      sentenceEvidence(
        ctx,
        hit.sentence,
        "structure",
        "supports",
        "structure_beat",
        `Covers ${hit.label}.`,
      ),
    );
  }
  const coverage = hits.length / beats.length;
  let score =
    coverage >= 0.85 ? 4 : coverage >= 0.7 ? 3 : coverage >= 0.5 ? 2 : coverage > 0 ? 1 : 0;
  if (order < 0.75) score -= 1;
  if (!isFramed && score >= 4) score -= 1;
  return { beats: hits, missing, order, isFramed, score: clampScore(score), evidence };
}

/** Index of the first sentence with at least three words (skipping "Sure." and the like). */
function firstSubstantiveSentence(ctx: AnswerContext): number {
  for (let s = 0; s < ctx.sentences.length; s += 1) {
    const range = ctx.sentences[s];
    if (range === undefined) continue;
    let words = 0;
    for (let i = range.firstToken; i < range.endToken; i += 1) {
      const type = ctx.tokens[i]?.type;
      if (type === "word" || type === "number") words += 1;
    }
    if (words >= 3) return s;
  }
  return 0;
}

export interface LogisticsAnalysis {
  asked: string[];
  /** Asked items the answer addresses directly, without hedging. */
  answered: string[];
  /** Answered items carrying a concrete value (a number, a place, a status). */
  concrete: string[];
  missing: string[];
  deflections: number;
  structure: number;
  specificity: number;
  evidence: Evidence[];
}

const itemMatchers = new Map<string, { asked: PhraseMatcher; answer: PhraseMatcher }>();
for (const item of logisticsItems) {
  itemMatchers.set(item.key, {
    asked: createPhraseMatcher({ [item.key]: item.askedCues }),
    answer: createPhraseMatcher({ [item.key]: item.answerCues }),
  });
}
const deflectionMatcher = createPhraseMatcher({ deflection: deflections });
const hedgeWords = new Set<string>(uncertainAnswerWords);

/** Checks every item a logistics prompt asks about is answered, directly and concretely. */
export function analyseLogistics(ctx: AnswerContext): LogisticsAnalysis {
  const evidence: Evidence[] = [];
  const asked: string[] = [];
  const answered: string[] = [];
  const concrete: string[] = [];
  const missing: string[] = [];
  let addressed = 0;
  const deflectionMatches = deflectionMatcher.find(ctx.tokens);
  const deflected = new Set(deflectionMatches.map((m) => ctx.tokens[m.from]?.sentence ?? -1));
  for (const match of deflectionMatches) {
    pushEvidence(
      evidence,
      sentenceEvidence(
        ctx,
        ctx.tokens[match.from]?.sentence ?? 0,
        "delivery",
        "hurts",
        "deflection",
        "Deflects instead of answering directly.",
      ),
    );
  }
  for (const item of logisticsItems) {
    const matchers = itemMatchers.get(item.key);
    if (matchers === undefined) continue;
    if (matchers.asked.find(ctx.promptTokens).length === 0) continue;
    asked.push(item.key);
    const hits = matchers.answer.find(ctx.tokens);
    const sentences = [...new Set(hits.map((m) => ctx.tokens[m.from]?.sentence ?? -1))];
    if (sentences.length > 0) addressed += 1;
    const direct = sentences.find(
      (s) => !deflected.has(s) && !sentenceHas(ctx, s, (t) => hedgeWords.has(t.lower)),
    );
    if (direct === undefined) {
      missing.push(item.key);
      continue;
    }
    answered.push(item.key);
    pushEvidence(
      evidence,
      sentenceEvidence(
        ctx,
        direct,
        "structure",
        "supports",
        "item_answered",
        `Answers ${item.label} directly.`,
      ),
    );
    if (
      item.isCategorical === true ||
      sentenceHas(
        ctx,
        direct,
        (t) => t.type === "number" || t.type === "currency" || t.pos === "PROPN" || t.pos === "NUM",
      )
    ) {
      concrete.push(item.key);
    }
  }
  const share = asked.length === 0 ? 0 : answered.length / asked.length;
  const concreteShare = asked.length === 0 ? 0 : concrete.length / asked.length;
  const structure = clampScore(
    asked.length === 0
      ? ctx.words > 0
        ? 2
        : 0
      : Math.max(addressed > 0 ? 1 : 0, Math.floor(4 * share + 0.34)),
  );
  let specificity = Math.floor(4 * concreteShare + 0.34);
  if (deflectionMatches.length > 0) specificity -= 1;
  return {
    asked,
    answered,
    concrete,
    missing,
    deflections: deflectionMatches.length,
    structure,
    specificity: clampScore(Math.max(specificity, concrete.length > 0 ? 1 : 0)),
    evidence,
  };
}

function sentenceHas(
  ctx: AnswerContext,
  sentence: number,
  test: (token: AnswerContext["tokens"][number]) => boolean,
): boolean {
  const range = ctx.sentences[sentence];
  if (range === undefined) return false;
  for (let i = range.firstToken; i < range.endToken; i += 1) {
    const token = ctx.tokens[i];
    if (token !== undefined && test(token)) return true;
  }
  return false;
}
