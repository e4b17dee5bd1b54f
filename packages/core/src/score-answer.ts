import { analyseBuzzwords } from "./analysers/buzzwords.ts";
import { analyseComponents, findComponentMentions } from "./analysers/components.ts";
import { type AnswerContext, createContext } from "./analysers/context.ts";
import { analyseDelivery } from "./analysers/delivery.ts";
import { analyseHedges } from "./analysers/hedges.ts";
import { analyseMotivation } from "./analysers/motivation.ts";
import { analyseNumbers } from "./analysers/numbers.ts";
import { analyseOutcomes } from "./analysers/outcomes.ts";
import { analyseOwnership } from "./analysers/pronouns.ts";
import { analyseReflection } from "./analysers/reflection.ts";
import { analyseLogistics, analyseStructure } from "./analysers/structure.ts";
import { analyseTradeoffs } from "./analysers/tradeoffs.ts";
import { deepDiveShapeCues } from "./lexicons/structure-beats.ts";
import { createPhraseMatcher } from "./nlp/phrase-matcher.ts";
import {
  type DimensionKey,
  dimensionKeys,
  dimensionWeights,
  type FlagKey,
  flagKeys,
  isQuestionKind,
  lengthRanges,
  type QuestionKind,
  wordsPerMinute,
} from "./rubric.ts";
import { buildSuggestions, type SuggestionFacts } from "./suggestions.ts";
import type { Evidence, ScoreInput, ScoreResult } from "./types.ts";
import { engineVersion } from "./version.ts";

const storyKinds: ReadonlySet<QuestionKind> = new Set([
  "deep_dive",
  "debugging",
  "cross_functional",
  "conflict",
]);
const shapeMatcher = createPhraseMatcher({ shape: deepDiveShapeCues });

/** overall = round(Σ weight × score / 4), halves up as Math.round (RUBRIC.md). */
export function computeOverall(
  kind: QuestionKind,
  dimensions: Record<DimensionKey, number>,
): number {
  const weights = dimensionWeights[kind];
  let sum = 0;
  for (const key of dimensionKeys) sum += weights[key] * dimensions[key];
  return Math.round(sum / 4);
}

/** Scores one answer against the rubric: dimensions, overall, flags, evidence and suggestions. */
export function scoreAnswer(input: ScoreInput): ScoreResult {
  // Callers in plain JavaScript can pass anything; an unknown kind has no rubric row to use.
  if (!isQuestionKind(input.kind)) {
    throw new TypeError(`scoreAnswer: unknown kind ${JSON.stringify(input.kind)}`);
  }
  const answer = typeof input.answer === "string" ? input.answer : "";
  const prompt = typeof input.prompt === "string" ? input.prompt : "";
  const ctx = createContext(input.kind, prompt, answer);
  return scoreContext(ctx);
}

function scoreContext(ctx: AnswerContext): ScoreResult {
  const { kind } = ctx;
  const isStory = storyKinds.has(kind);
  const numbers = analyseNumbers(ctx);
  const mentions = findComponentMentions(ctx);
  const buzz = analyseBuzzwords(ctx, { quantities: numbers.quantities, mentions });
  const components = analyseComponents(ctx, buzz.buzzwordSentences, mentions);
  const ownership = analyseOwnership(ctx);
  const hedges = analyseHedges(ctx);
  const tradeoffs = analyseTradeoffs(ctx);
  const outcomes = analyseOutcomes(ctx, numbers);
  const reflection = analyseReflection(ctx, components.technicalSentences);
  const structure = analyseStructure(ctx);
  const logistics = kind === "logistics" ? analyseLogistics(ctx) : undefined;
  const motivation = kind === "motivation" || kind === "intro" ? analyseMotivation(ctx) : undefined;

  const range = lengthRanges[kind];
  const isUnder = ctx.words < range.min;
  const isOver = ctx.words > range.max;
  const hasSpine = components.score >= 1 || numbers.measuredWeight >= 1.5;
  const hasNoSpine = isStory && ctx.words > 0 && !hasSpine;
  const isGenericMotivation =
    kind === "motivation" &&
    motivation !== undefined &&
    motivation.missionMentions >= 2 &&
    motivation.roleTies === 0 &&
    components.score <= 1 &&
    numbers.measuredWeight < 1.5;
  // A deep-dive monologue in answer to "tell me about yourself" has the wrong shape.
  const isWrongShape =
    kind === "intro" &&
    (structure.beats.find((b) => b.key === "current_role") === undefined ||
      structure.beats.find((b) => b.key === "why_role") === undefined) &&
    (shapeMatcher.find(ctx.tokens).length >= 2 || ctx.words > 230);

  const delivery = analyseDelivery(ctx, {
    hedgeDensity: hedges.density,
    tangents: hedges.tangents.length,
    unbackedBuzzwords: buzz.unbacked.length,
    isBuzzwordStuffed: buzz.isStuffed,
    deflections: logistics?.deflections ?? 0,
    isGenericMotivation,
    isWrongShape,
    hasNoSpine,
    vagueScaleWords: numbers.vague.length,
    effortCounts: numbers.quantities.filter((q) => q.kind === "effort").length,
    cliches: motivation?.cliches ?? 0,
  });

  const dimensions: Record<DimensionKey, number> = {
    structure: structure.score,
    ownership: ownership.score,
    specificity: numbers.score,
    depth: components.score,
    tradeoffs: tradeoffs.score,
    impact: outcomes.score,
    reflection: reflection.score,
    delivery: delivery.score,
  };

  if (logistics !== undefined) {
    dimensions.structure = logistics.structure;
    dimensions.specificity = logistics.specificity;
    // Logistics owns no project: ownership here is speaking for yourself, directly.
    dimensions.ownership = ownership.firstPersonSingular >= 3 ? (hedges.density >= 4 ? 2 : 3) : 1;
    dimensions.depth = 0;
    dimensions.impact = 0;
    dimensions.reflection = 0;
    dimensions.tradeoffs = Math.min(dimensions.tradeoffs, 1);
  }
  if (isWrongShape) dimensions.structure = Math.min(dimensions.structure, 1);
  if (isUnder && isStory) dimensions.structure = Math.min(dimensions.structure, 2);
  if (buzz.isStuffed || isGenericMotivation) {
    dimensions.ownership = Math.min(dimensions.ownership, 1);
    dimensions.depth = Math.min(dimensions.depth, 1);
    dimensions.structure = Math.min(dimensions.structure, 2);
  }
  if (isGenericMotivation) dimensions.structure = Math.min(dimensions.structure, 1);
  if (hasNoSpine) {
    dimensions.depth = 0;
    dimensions.structure = Math.min(dimensions.structure, 2);
  }
  if (ctx.words === 0) for (const key of dimensionKeys) dimensions[key] = 0;

  const flagSet = new Set<FlagKey>();
  if (isUnder) flagSet.add("under_length");
  if (isOver) flagSet.add("over_length");
  if (ctx.words > 0) {
    if (hasNoSpine) flagSet.add("no_spine");
    if (isStory && ownership.isHidden) flagSet.add("hidden_ownership");
    const strongClaims = numbers.quantities.filter((q) => q.weight >= 1).length;
    if (kind !== "logistics" && numbers.vague.length >= 2 && strongClaims < numbers.vague.length)
      flagSet.add("vague_scale");
    if ((isStory || kind === "intro") && outcomes.measuredOutcomes === 0 && !outcomes.hasResult)
      flagSet.add("no_result");
    if (isGenericMotivation) flagSet.add("generic_motivation");
    if (buzz.isStuffed) flagSet.add("buzzword_stuffing");
  }
  const flags = flagKeys.filter((flag) => flagSet.has(flag));

  const evidence: Evidence[] = [
    ...numbers.evidence,
    ...components.evidence,
    ...buzz.evidence,
    ...ownership.evidence,
    ...hedges.evidence,
    ...tradeoffs.evidence,
    ...outcomes.evidence,
    ...reflection.evidence,
    ...structure.evidence,
    ...delivery.evidence,
    ...(logistics?.evidence ?? []),
    ...(motivation?.evidence ?? []),
  ]
    .filter((e) => e.start >= 0 && e.end > e.start && e.end <= ctx.text.length)
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        dimensionKeys.indexOf(a.dimension) - dimensionKeys.indexOf(b.dimension),
    );

  const facts: SuggestionFacts = {
    ctx,
    dimensions,
    flags,
    numbers,
    buzz,
    ownership,
    hedges,
    tradeoffs,
    outcomes,
    reflection,
    structure,
    delivery,
    logistics,
    isWrongShape,
  };

  return {
    overall: computeOverall(kind, dimensions),
    dimensions,
    flags,
    evidence,
    suggestions: buildSuggestions(facts),
    stats: {
      words: ctx.words,
      sentences: ctx.sentences.length,
      speakingSeconds: Math.round((ctx.words / wordsPerMinute) * 60),
      firstPersonSingular: ownership.firstPersonSingular,
      firstPersonPlural: ownership.firstPersonPlural,
    },
    version: engineVersion,
  };
}
