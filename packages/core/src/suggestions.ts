import type { AnswerAnalyses } from "./analyse-answer.ts";
import { type AnswerContext, quoteSentence, quoteTokens } from "./analysers/context.ts";
import { logisticsItems } from "./lexicons/logistics.ts";
import {
  type DimensionKey,
  dimensionWeights,
  type FlagKey,
  idealWordRanges,
  kindLabels,
  wordsPerMinute,
} from "./rubric.ts";
import type { Evidence } from "./types.ts";

/** Everything the suggestion writer needs from one scoring pass. */
export interface SuggestionFacts extends AnswerAnalyses {
  dimensions: Record<DimensionKey, number>;
  flags: FlagKey[];
  /** The evidence the score card shows: a suggestion never contradicts it. */
  evidence: readonly Evidence[];
}

/** One suggestion and the dimension it would raise. */
export interface Suggestion {
  dimension: DimensionKey;
  text: string;
}

interface Candidate extends Suggestion {
  priority: number;
}

const maxSuggestions = 5;
const maxQuoteLength = 60;

/** Shortens a quote to a readable length on a word boundary. */
export function shortenQuote(text: string): string {
  const clean = text
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g, "")
    .trim();
  if (clean.length <= maxQuoteLength) return clean;
  const cut = clean.slice(0, maxQuoteLength);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > 20 ? space : maxQuoteLength)}…`;
}

function quoteAround(ctx: AnswerContext, from: number, to: number): string {
  const sentence = ctx.sentences[ctx.tokens[from]?.sentence ?? -1];
  const start = Math.max(sentence?.firstToken ?? from, from - 3);
  const end = Math.min(sentence?.endToken ?? to, to + 2);
  return shortenQuote(quoteTokens(ctx, start, end));
}

/**
 * Writes at most five concrete suggestions, most valuable first: each missing point is
 * weighted by the kind's dimension weight, so the fix worth the most overall comes first.
 */
export function buildSuggestions(facts: SuggestionFacts): Suggestion[] {
  const { ctx, dimensions } = facts;
  const weights = dimensionWeights[ctx.kind];
  const candidates: Candidate[] = [];
  // A dimension at 4 has nothing to gain, so it never gets a suggestion.
  const add = (dimension: DimensionKey, text: string | undefined, boost = 0) => {
    if (text === undefined) return;
    const missing = 4 - dimensions[dimension];
    if (missing <= 0) return;
    candidates.push({ dimension, priority: weights[dimension] * missing + boost, text });
  };

  add("specificity", suggestSpecificity(facts));
  add("ownership", suggestOwnership(facts), facts.flags.includes("hidden_ownership") ? 20 : 0);
  add("depth", suggestDepth(facts), facts.flags.includes("buzzword_stuffing") ? 20 : 0);
  add("tradeoffs", suggestTradeoffs(facts));
  add("impact", suggestImpact(facts), facts.flags.includes("no_result") ? 10 : 0);
  add("reflection", suggestReflection(facts));
  add("structure", suggestStructure(facts));
  for (const text of suggestDelivery(facts)) add("delivery", text, 1);

  candidates.sort((a, b) => b.priority - a.priority);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const candidate of candidates) {
    if (candidate.priority <= 0 || seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    out.push({ dimension: candidate.dimension, text: candidate.text });
    if (out.length === maxSuggestions) break;
  }
  return out;
}

function suggestSpecificity({
  ctx,
  numbers,
  dimensions,
  logistics,
  evidence,
}: SuggestionFacts): string | undefined {
  if (dimensions.specificity >= 4) return undefined;
  if (logistics !== undefined) {
    const vague = logistics.answered.filter((key) => !logistics.concrete.includes(key));
    const labels = labelsFor(vague.length > 0 ? vague : logistics.missing);
    return labels === ""
      ? undefined
      : `Give concrete values for ${labels}: a date, a number of weeks, a city or a range.`;
  }
  const shown = (tag: string) => evidence.some((e) => e.tag === tag && e.effect === "hurts");
  const vague = numbers.vague[0];
  if (vague !== undefined && shown("vague_scale")) {
    return `You wrote '${quoteAround(ctx, vague.from, vague.to)}': replace the scale word with a number and a unit.`;
  }
  const effort = numbers.quantities.find((q) => q.kind === "effort");
  if (effort !== undefined && shown("untied_number")) {
    return `'${shortenQuote(quoteTokens(ctx, effort.from, effort.to))}' counts effort, not results: measure the system instead (latency, error rate, volume, cost).`;
  }
  return "Back your main claims with two or three numbers with units: load, latency, error rate, cost or time saved.";
}

function suggestOwnership({
  ctx,
  ownership,
  dimensions,
  evidence,
}: SuggestionFacts): string | undefined {
  if (dimensions.ownership >= 4 || ctx.kind === "logistics") return undefined;
  const delegated = evidence.find((e) => e.tag === "delegated_action" && e.effect === "hurts");
  if (delegated !== undefined) {
    return `You wrote '${shortenQuote(ctx.text.slice(delegated.start, delegated.end))}': say which part you designed, built or debugged yourself.`;
  }
  const distanced = evidence.find((e) => e.tag === "distanced" && e.effect === "hurts");
  if (distanced !== undefined) {
    return `You wrote '${shortenQuote(ctx.text.slice(distanced.start, distanced.end))}': pick a story where you did the work, or lead with the part you owned.`;
  }
  // Quote a decision or action told as "we" ("we decided to go with the vendor").
  const weVerb = ctx.tokens.findIndex(
    (t, i) => t.lower === "we" && ctx.tokens[i + 1]?.pos === "VERB",
  );
  const weIndex = weVerb >= 0 ? weVerb : ctx.tokens.findIndex((t) => t.lower === "we");
  if (ownership.teamActions > ownership.concreteActions && weIndex >= 0) {
    return `You wrote '${shortenQuote(quoteTokens(ctx, weIndex, Math.min(weIndex + 6, ctx.sentences[ctx.tokens[weIndex]?.sentence ?? -1]?.endToken ?? weIndex + 1)))}': say what you did yourself, and keep "we" for the team's results.`;
  }
  return "Name your own actions with concrete verbs (designed, built, debugged, rolled back), in the first person.";
}

function suggestDepth({ ctx, buzz, dimensions, evidence }: SuggestionFacts): string | undefined {
  if (dimensions.depth >= 4 || ctx.kind === "logistics") return undefined;
  const word = buzz.unbacked[0];
  // When delivery already asks to cut the buzzwords, depth asks for the system instead.
  if (
    word !== undefined &&
    buzz.unbacked.length >= 2 &&
    !evidence.some((e) => e.tag === "buzzword" && e.effect === "hurts")
  ) {
    return `You wrote '${quoteTokens(ctx, word.from, word.to)}': show where it applied in your system and what it changed, or cut it.`;
  }
  if (dimensions.depth <= 1) {
    return "Name the system: its clients, APIs, storage, queues or caches, and one mechanism that made it work.";
  }
  return "Go one level deeper on the key mechanism: how it guarantees correctness or speed, and where it sits.";
}

function suggestTradeoffs({ ctx, tradeoffs, dimensions }: SuggestionFacts): string | undefined {
  if (dimensions.tradeoffs >= 4 || ctx.kind === "logistics" || ctx.kind === "intro")
    return undefined;
  if (tradeoffs.alternatives === 0)
    return "Name the option you rejected and the criteria that decided it.";
  if (tradeoffs.costs === 0)
    return "Say what your choice cost you (latency, complexity, time) and why you accepted it.";
  if (tradeoffs.mitigations === 0) return "You named a cost: add how you limited or softened it.";
  return "Make the decision criteria explicit: what would have made the other option win?";
}

function suggestImpact({
  ctx,
  outcomes,
  dimensions,
  evidence,
}: SuggestionFacts): string | undefined {
  if (dimensions.impact >= 4 || ctx.kind === "logistics") return undefined;
  const empty = outcomes.emptyOutcomes[0];
  if (
    empty !== undefined &&
    evidence.some((e) => e.tag === "status_outcome" && e.effect === "hurts")
  ) {
    return `You wrote '${quoteAround(ctx, empty.from, empty.to)}': say what changed, with a before-and-after number tied to your decision.`;
  }
  if (outcomes.measuredOutcomes > 0 && outcomes.baselineOutcomes === 0) {
    return "Give the baseline for your result: what the number was before the change.";
  }
  if (outcomes.measuredOutcomes > 0) {
    return "Tie your result to your decision: say which change moved the number, and by how much.";
  }
  return "State the measured result: a before-and-after number tied to what you changed.";
}

function suggestReflection({
  ctx,
  reflection,
  dimensions,
  evidence,
}: SuggestionFacts): string | undefined {
  if (dimensions.reflection >= 4 || ctx.kind === "logistics" || ctx.kind === "intro")
    return undefined;
  const generic = evidence.find((e) => e.tag === "lesson" && e.effect === "hurts");
  if (generic !== undefined) {
    return `You wrote '${shortenQuote(ctx.text.slice(generic.start, generic.end))}': name the specific lesson and what you now do differently.`;
  }
  if (ctx.kind === "debugging" && reflection.preventions === 0) {
    return "Add prevention: the alert, test or check you put in place so it cannot happen again.";
  }
  if (reflection.concrete === 0) {
    return "Add one concrete lesson: what you would change next time and why.";
  }
  if (reflection.changes === 0) return "Say what you would do differently next time, and why.";
  return undefined;
}

function suggestStructure({
  ctx,
  structure,
  dimensions,
  logistics,
  isWrongShape,
}: SuggestionFacts): string | undefined {
  if (dimensions.structure >= 4) return undefined;
  if (logistics !== undefined) {
    const labels = labelsFor(logistics.missing);
    return labels === ""
      ? undefined
      : `Answer every item you were asked, in order; missing or unclear: ${labels}.`;
  }
  if (isWrongShape) {
    return "This reads like a project deep dive: open with your current role, then strengths, one result and why this role.";
  }
  const missing = structure.missing.slice(0, 3).map((beat) => beat.label);
  if (missing.length > 0) return `Add ${joinList(missing)}, in the order the question expects.`;
  if (structure.order < 0.75)
    return "Tell it in order: set up the situation first, then what you did, then the result.";
  const first = quoteSentence(ctx, 0);
  return `Frame the answer in your opening line; '${shortenQuote(first)}' does not yet say where the story is going.`;
}

function suggestDelivery({ ctx, delivery, hedges, buzz, evidence }: SuggestionFacts): string[] {
  const out: string[] = [];
  // Each fix below points at highlights; it is offered only when they are shown as hurting.
  const hurts = new Set(evidence.filter((e) => e.effect === "hurts").map((e) => e.tag));
  const ideal = idealWordRanges[ctx.kind];
  const label = kindLabels[ctx.kind];
  if (delivery.lengthFit === "over" || delivery.lengthFit === "long") {
    const seconds = Math.round((ctx.words / wordsPerMinute) * 60);
    out.push(
      `At ${ctx.words} words (about ${seconds} seconds aloud) this is long for a "${label}" answer: cut to ${ideal.min}–${ideal.max} words.`,
    );
  }
  if (delivery.lengthFit === "under" || delivery.lengthFit === "short") {
    out.push(
      `At ${ctx.words} words this is short for a "${label}" answer: aim for ${ideal.min}–${ideal.max} words.`,
    );
  }
  const hedgeQuotes = [
    ...new Set(
      hedges.hedges.map((m) => quoteTokens(ctx, m.from, m.to).replace(/^,\s*|\s*,$/g, "")),
    ),
  ].slice(0, 2);
  if (hurts.has("hedge") && hedgeQuotes.length > 0) {
    out.push(
      `Cut hedges such as ${hedgeQuotes.map((q) => `'${q}'`).join(" and ")}: state what you know, and give estimates plainly.`,
    );
  }
  const tangent = hedges.tangents[0];
  if (hurts.has("tangent") && tangent !== undefined) {
    out.push(
      `Drop asides like '${quoteAround(ctx, tangent.from, tangent.to)}'; keep to the main line.`,
    );
  }
  if (hurts.has("buzzword") && buzz.unbacked.length > 0) {
    const terms = [...new Set(buzz.unbacked.map((m) => quoteTokens(ctx, m.from, m.to)))].slice(
      0,
      3,
    );
    out.push(
      `Cut terms you do not tie to your system (${terms.map((t) => `'${t}'`).join(", ")}) or show where each one applied.`,
    );
  }
  if (hurts.has("generic_motivation")) {
    out.push(
      "Swap mission and culture praise for the team's engineering problems and what you have built that fits them.",
    );
  }
  if (hurts.has("cliche")) {
    out.push(
      "Replace stock phrases like 'team player' or 'fast learner' with one example that shows it.",
    );
  }
  if (hurts.has("deflection")) {
    out.push(
      "Answer directly and without defending: give a range or a date, then say you are flexible.",
    );
  }
  if (hurts.has("no_framing")) {
    out.push(
      "Frame the project in your first two sentences: what it was, the main constraint, and what you will cover.",
    );
  }
  return out;
}

function labelsFor(keys: readonly string[]): string {
  return joinList(keys.map((key) => logisticsItems.find((item) => item.key === key)?.label ?? key));
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
