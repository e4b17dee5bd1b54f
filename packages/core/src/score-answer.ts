import { analyseAnswer } from "./analyse-answer.ts";
import { type AnswerContext, createContext } from "./analysers/context.ts";
import { checkScorability } from "./analysers/scorability.ts";
import { evidenceFeatures } from "./model/evidence-features.ts";
import { extractFeatures } from "./model/features.ts";
import {
  contributionOf,
  type FittedModel,
  flagDimension,
  flaggedDimensionCeiling,
  flagKinds,
  isFlagSet,
  modelledFlags,
  predictDimension,
  withStageQuality,
} from "./model/fit-model.ts";
import { fittedModel } from "./model/parameters.ts";
import {
  computeOverall,
  type DimensionKey,
  dimensionKeys,
  type FlagKey,
  flagKeys,
  isQuestionKind,
  lengthRanges,
  wordsPerMinute,
} from "./rubric.ts";
import { buildSuggestions } from "./suggestions.ts";
import type { AnswerStats, Evidence, ScoreInput, ScoreResult } from "./types.ts";
import { engineVersion } from "./version.ts";

/** Scores one answer against the rubric: dimensions, overall, flags, evidence and suggestions. */
export function scoreAnswer(input: ScoreInput): ScoreResult {
  // Callers in plain JavaScript can pass anything; an unknown kind has no rubric row to use.
  if (!isQuestionKind(input.kind)) {
    throw new TypeError(`scoreAnswer: unknown kind ${JSON.stringify(input.kind)}`);
  }
  const answer = typeof input.answer === "string" ? input.answer : "";
  const prompt = typeof input.prompt === "string" ? input.prompt : "";
  return scoreWithModel(createContext(input.kind, prompt, answer), fittedModel);
}

/** Scores a prepared context with a given fitted model (the calibration passes its own). */
export function scoreWithModel(ctx: AnswerContext, model: FittedModel): ScoreResult {
  const unscorable = checkScorability(ctx);
  if (unscorable !== undefined) {
    return {
      status: "unscorable",
      ...unscorable,
      stats: statsOf(ctx, 0, 0),
      version: engineVersion,
    };
  }
  const { kind } = ctx;
  const analyses = analyseAnswer(ctx);
  const features = withStageQuality(model.firstStage, extractFeatures(analyses));
  const dimensions = {} as Record<DimensionKey, number>;
  for (const key of dimensionKeys)
    dimensions[key] = predictDimension(model.dimensions[key], features);

  const range = lengthRanges[kind];
  const flagSet = new Set<FlagKey>();
  if (ctx.words < range.min) flagSet.add("under_length");
  if (ctx.words > range.max) flagSet.add("over_length");
  for (const flag of modelledFlags) {
    if (flagKinds[flag].includes(kind) && isFlagSet(model.flags[flag], model.dimensions, features))
      flagSet.add(flag);
  }
  const flags = flagKeys.filter((flag) => flagSet.has(flag));
  // A pitfall flag names its dimension's failure, so that dimension cannot also read as good:
  // "your part is unclear" beside ownership 3 of 4 would contradict itself.
  for (const flag of modelledFlags) {
    const key = flagDimension[flag];
    if (flagSet.has(flag)) dimensions[key] = Math.min(dimensions[key], flaggedDimensionCeiling);
  }

  // A highlight says it hurts a dimension only when that dimension lost points and the model
  // counted what the highlight shows against it; otherwise it would contradict the score.
  const isPushingDown = (dimension: DimensionKey, tag: string) =>
    dimensions[dimension] < 4 &&
    evidenceFeatures(tag).some(
      (feature) => contributionOf(model.dimensions[dimension], features, feature) < 0,
    );
  const evidence: Evidence[] = [
    ...analyses.numbers.evidence,
    ...analyses.components.evidence,
    ...analyses.buzz.evidence,
    ...analyses.ownership.evidence,
    ...analyses.hedges.evidence,
    ...analyses.tradeoffs.evidence,
    ...analyses.outcomes.evidence,
    ...analyses.reflection.evidence,
    ...analyses.structure.evidence,
    ...analyses.delivery.evidence,
    ...(analyses.logistics?.evidence ?? []),
    ...(analyses.motivation?.evidence ?? []),
  ]
    .filter((e) => e.start >= 0 && e.end > e.start && e.end <= ctx.text.length)
    .filter((e) => e.effect === "supports" || isPushingDown(e.dimension, e.tag))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        dimensionKeys.indexOf(a.dimension) - dimensionKeys.indexOf(b.dimension),
    );

  return {
    status: "scored",
    overall: computeOverall(kind, dimensions),
    dimensions,
    flags,
    evidence,
    suggestions: buildSuggestions({ ...analyses, dimensions, flags, evidence }).map((s) => s.text),
    stats: statsOf(
      ctx,
      analyses.ownership.firstPersonSingular,
      analyses.ownership.firstPersonPlural,
    ),
    version: engineVersion,
  };
}

function statsOf(ctx: AnswerContext, singular: number, plural: number): AnswerStats {
  return {
    words: ctx.words,
    sentences: ctx.sentences.length,
    speakingSeconds: Math.round((ctx.words / wordsPerMinute) * 60),
    firstPersonSingular: singular,
    firstPersonPlural: plural,
  };
}
