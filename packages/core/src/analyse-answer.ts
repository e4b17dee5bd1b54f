import { analyseBuzzwords, type BuzzwordAnalysis } from "./analysers/buzzwords.ts";
import {
  analyseComponents,
  type ComponentAnalysis,
  findComponentMentions,
} from "./analysers/components.ts";
import type { AnswerContext } from "./analysers/context.ts";
import { analyseDelivery, type DeliveryAnalysis } from "./analysers/delivery.ts";
import { analyseHedges, type HedgeAnalysis } from "./analysers/hedges.ts";
import { analyseMotivation, type MotivationAnalysis } from "./analysers/motivation.ts";
import { analyseNumbers, type NumberAnalysis } from "./analysers/numbers.ts";
import { analyseOutcomes, type OutcomeAnalysis } from "./analysers/outcomes.ts";
import { analysePlainLanguage, type PlainLanguageAnalysis } from "./analysers/plain-language.ts";
import { analyseOwnership, type OwnershipAnalysis } from "./analysers/pronouns.ts";
import { analyseReflection, type ReflectionAnalysis } from "./analysers/reflection.ts";
import {
  analyseLogistics,
  analyseStructure,
  type LogisticsAnalysis,
  type StructureAnalysis,
} from "./analysers/structure.ts";
import { analyseTradeoffs, type TradeoffAnalysis } from "./analysers/tradeoffs.ts";
import { deepDiveShapeCues } from "./lexicons/structure-beats.ts";
import { createPhraseMatcher } from "./nlp/phrase-matcher.ts";
import type { QuestionKind } from "./rubric.ts";

/** Everything the analysers found in one answer: the features' source and the evidence. */
export interface AnswerAnalyses {
  ctx: AnswerContext;
  isStory: boolean;
  numbers: NumberAnalysis;
  buzz: BuzzwordAnalysis;
  components: ComponentAnalysis;
  ownership: OwnershipAnalysis;
  hedges: HedgeAnalysis;
  tradeoffs: TradeoffAnalysis;
  outcomes: OutcomeAnalysis;
  reflection: ReflectionAnalysis;
  structure: StructureAnalysis;
  delivery: DeliveryAnalysis;
  plain: PlainLanguageAnalysis;
  logistics: LogisticsAnalysis | undefined;
  motivation: MotivationAnalysis | undefined;
  /** A deep-dive monologue given to "tell me about yourself". */
  isWrongShape: boolean;
  /** Mission talk with nothing about the role's engineering. */
  isGenericMotivation: boolean;
}

export const storyKinds: ReadonlySet<QuestionKind> = new Set([
  "deep_dive",
  "debugging",
  "cross_functional",
  "conflict",
]);
const shapeMatcher = createPhraseMatcher({ shape: deepDiveShapeCues });

/** Runs every analyser over one answer. */
export function analyseAnswer(ctx: AnswerContext): AnswerAnalyses {
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
  const plain = analysePlainLanguage(ctx);
  const reflection = analyseReflection(ctx, components.technicalSentences, plain.iVerbSentences);
  const structure = analyseStructure(ctx);
  const logistics = kind === "logistics" ? analyseLogistics(ctx) : undefined;
  const motivation = kind === "motivation" || kind === "intro" ? analyseMotivation(ctx) : undefined;
  const hasSpine = components.score >= 1 || numbers.measuredWeight >= 1.5;
  const isGenericMotivation =
    kind === "motivation" &&
    motivation !== undefined &&
    motivation.missionMentions >= 2 &&
    motivation.roleTies === 0 &&
    components.score <= 1 &&
    numbers.measuredWeight < 1.5;
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
    hasNoSpine: isStory && ctx.words > 0 && !hasSpine,
    vagueScaleWords: numbers.vague.length,
    effortCounts: numbers.quantities.filter((q) => q.kind === "effort").length,
    cliches: motivation?.cliches ?? 0,
  });
  return {
    ctx,
    isStory,
    numbers,
    buzz,
    components,
    ownership,
    hedges,
    tradeoffs,
    outcomes,
    reflection,
    structure,
    delivery,
    plain,
    logistics,
    motivation,
    isWrongShape,
    isGenericMotivation,
  };
}
