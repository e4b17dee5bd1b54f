import type { AnswerAnalyses } from "../analyse-answer.ts";
import { genericSystemWords } from "../lexicons/plain-language.ts";
import { idealWordRanges, lengthRanges, questionKinds } from "../rubric.ts";

// The interpretable features the fitted model reads. Each is a count, a rate or a share that an
// analyser found with evidence in the answer; the model learns how much each one is worth per
// dimension. Counts go through log1p so the tenth buzzword weighs less than the first.

/** Every feature, by name, with a one-line meaning for explanations and the fit report. */
export const featureInfo = {
  stage_quality:
    "how strong the answer reads on all eight dimensions together (the first-stage models' mean)",
  kind_deep_dive: "the question is a project deep dive",
  kind_debugging: "the question is a debugging story",
  kind_cross_functional: "the question is about cross-functional work",
  kind_conflict: "the question is about a disagreement",
  kind_intro: "the question is 'tell me about yourself'",
  kind_motivation: "the question asks why this role",
  kind_logistics: "the question is a logistics question",
  log_words: "length in words (log)",
  short_of_ideal: "how far short of the comfortable length",
  long_of_ideal: "how far past the comfortable length",
  outside_range: "outside the allowed length",
  beats_share: "share of the kind's story beats covered",
  beats_order: "beats told in the expected order",
  is_framed: "the opening frames the story",
  is_framed_early: "a deep dive frames itself in its first 75 words",
  wrong_shape: "the answer has the wrong shape for the question",
  label_share: "share of words in 'Label:' lines",
  verbless_share: "share of sentences with no verb (keyword lists)",
  items_answered: "share of asked logistics items answered",
  items_concrete: "share of asked logistics items answered concretely",
  deflections: "deflections on logistics (log)",
  i_rate: "'I' per 100 words",
  we_rate: "'we' per 100 words",
  i_verb_share: "share of sentences where 'I' does something",
  we_verb_share: "share of sentences where 'we' does something",
  reasoning_share: "share of sentences where 'I' decides, notices, asks or argues",
  distinct_i_verbs: "distinct verbs with 'I' as subject (log)",
  concrete_actions: "concrete engineering actions by 'I' (log)",
  managerial_actions: "coordinating actions by 'I' (log)",
  delegated_actions: "work handed to others (log)",
  team_actions: "actions by 'we' (log)",
  other_actions: "actions by named others (log)",
  passive_clauses: "passive clauses (log)",
  disclaimers: "statements of not being involved (log)",
  measured_weight: "numbers that measure a claim (log)",
  measured_sentences: "sentences with a measured claim (log)",
  effort_counts: "numbers that count only effort or people (log)",
  vague_scale: "scale words without numbers (log)",
  verbal_quantities: "quantities in words tied to a change (log)",
  verbal_baselines: "changes in words against a before ('from most days to a few a month') (log)",
  components: "distinct named system parts (log)",
  technologies: "distinct named technologies (log)",
  specific_parts:
    "distinct parts, technologies and mechanisms more specific than 'service' or 'logs' (log)",
  specific_share: "share of sentences naming a specific part, technology or mechanism",
  mechanisms: "distinct named mechanisms (log)",
  technical_share: "share of sentences about the system",
  causal_share: "share of sentences that explain a cause or consequence",
  noun_rate: "nouns per word",
  proper_nouns: "proper names per 100 words",
  content_diversity: "distinct content words per content word",
  unbacked_buzzwords: "buzzwords with nothing behind them (log)",
  buzz_density: "unbacked buzzwords per 100 words",
  alternatives: "alternatives named (log)",
  decisions: "reasoned choices (log)",
  costs: "costs accepted (log)",
  mitigations: "mitigations of the cost (log)",
  measured_outcomes: "results with a measured number (log)",
  baseline_outcomes: "results compared with a baseline (log)",
  vague_outcomes: "results without a number (log)",
  status_outcomes: "status outcomes such as 'on time' (log)",
  has_result: "a result is stated",
  lessons: "lessons drawn (log)",
  changes: "what would change next time (log)",
  preventions: "prevention and follow-up (log)",
  concrete_reflection: "concrete reflections (log)",
  generic_reflection: "generic reflections (log)",
  hedge_density: "hedges per 100 words",
  tangents: "tangents (log)",
  filler_rate: "spoken fillers per 100 words",
  mission_mentions: "mission and culture talk (log)",
  role_ties: "ties to the role's engineering (log)",
  cliches: "cliches (log)",
  generic_motivation: "mission talk with nothing about the role",
  sentence_length: "average words per sentence (log)",
  anchored_share: "share of sentences with a number, a named part, a name or a quantity",
  beats_anchored: "share of the kind's beats told with something concrete",
  untied_share: "share of numbers that measure nothing the story claims",
  numbers_total: "numbers of any kind (log)",
  is_stuffed: "five or more unbacked buzzwords, densely",
  lacks_spine: "a story with no named part and barely a measured number",
  is_hidden: "'we' or others for the work, the speaker's part unclear",
  no_result_stated: "no result sentence at all",
  scale_over_numbers: "more scale words than measured numbers",
  tied_measures: "measured numbers in a sentence that claims a change or a result (log)",
  abstract_rate: "abstract management nouns per 100 words",
  evasions: "deferring non-answers (log)",
} as const;

export type FeatureName = keyof typeof featureInfo;
export const featureNames = Object.keys(featureInfo) as FeatureName[];
const featureIndex = new Map<string, number>(featureNames.map((name, i) => [name, i]));

/** Position of a feature in the vector `extractFeatures` returns. */
export function indexOfFeature(name: FeatureName): number {
  return featureIndex.get(name) ?? -1;
}

const log1p = Math.log1p;
const genericWords = new Set<string>(genericSystemWords);

function sentenceAt(ctx: AnswerAnalyses["ctx"], offset: number): number {
  for (let i = 0; i < ctx.sentences.length; i += 1) {
    const sentence = ctx.sentences[i];
    if (sentence !== undefined && offset < sentence.end) return i;
  }
  return -1;
}

/** Turns one answer's analyses into the feature vector, in `featureNames` order. */
export function extractFeatures(a: AnswerAnalyses): Float64Array {
  const { ctx } = a;
  const words = Math.max(1, ctx.words);
  const sentences = Math.max(1, ctx.sentences.length);
  const per100 = 100 / words;
  const ideal = idealWordRanges[ctx.kind];
  const allowed = lengthRanges[ctx.kind];
  const beatsTotal = a.structure.beats.length + a.structure.missing.length;
  const logistics = a.logistics;
  const asked = Math.max(1, logistics?.asked.length ?? 0);
  const plain = a.plain;
  const unbacked = a.buzz.unbacked.length;
  const resultSentences = new Set<number>(a.outcomes.evidence.map((e) => sentenceAt(ctx, e.start)));
  const specific = new Set<string>();
  const specificSentences = new Set<number>();
  for (const mention of a.components.mentions) {
    const key = mention.phrase.toLowerCase();
    if (genericWords.has(key)) continue;
    specific.add(key.replace(/s$/, ""));
    specificSentences.add(ctx.tokens[mention.from]?.sentence ?? -1);
  }
  const anchored = new Set<number>([
    ...a.numbers.measuredSentences,
    ...a.components.technicalSentences,
    ...plain.verbalQuantitySentences,
    ...plain.namedSentences,
  ]);
  const values: Record<FeatureName, number> = {
    // Filled in by the fitted model's first stage (fit-model.ts), not by the analysers.
    stage_quality: 0,
    kind_deep_dive: 0,
    kind_debugging: 0,
    kind_cross_functional: 0,
    kind_conflict: 0,
    kind_intro: 0,
    kind_motivation: 0,
    kind_logistics: 0,
    log_words: log1p(ctx.words),
    short_of_ideal: Math.max(0, ideal.min - ctx.words) / ideal.min,
    long_of_ideal: Math.max(0, ctx.words - ideal.max) / ideal.max,
    outside_range: ctx.words < allowed.min || ctx.words > allowed.max ? 1 : 0,
    beats_share: beatsTotal === 0 ? 0 : a.structure.beats.length / beatsTotal,
    beats_order: a.structure.beats.length <= 1 ? 0 : a.structure.order,
    is_framed: a.structure.isFramed ? 1 : 0,
    is_framed_early: a.delivery.isFramedEarly ? 1 : 0,
    wrong_shape: a.isWrongShape ? 1 : 0,
    label_share: plain.labelledWords / words,
    verbless_share: plain.verblessSentences / sentences,
    items_answered: logistics === undefined ? 0 : logistics.answered.length / asked,
    items_concrete: logistics === undefined ? 0 : logistics.concrete.length / asked,
    deflections: log1p(logistics?.deflections ?? 0),
    i_rate: a.ownership.firstPersonSingular * per100,
    we_rate: a.ownership.firstPersonPlural * per100,
    i_verb_share: plain.iVerbSentences.size / sentences,
    we_verb_share: plain.weVerbSentences.size / sentences,
    reasoning_share: plain.reasoningSentences.size / sentences,
    distinct_i_verbs: log1p(plain.distinctIVerbs),
    concrete_actions: log1p(a.ownership.concreteActions),
    managerial_actions: log1p(a.ownership.managerialActions),
    delegated_actions: log1p(a.ownership.delegatedActions),
    team_actions: log1p(a.ownership.teamActions),
    other_actions: log1p(a.ownership.otherActions),
    passive_clauses: log1p(a.ownership.passiveClauses),
    disclaimers: log1p(a.ownership.disclaimers),
    measured_weight: log1p(a.numbers.measuredWeight),
    measured_sentences: log1p(a.numbers.measuredSentences.size),
    effort_counts: log1p(a.numbers.quantities.filter((q) => q.kind === "effort").length),
    vague_scale: log1p(a.numbers.vague.length),
    verbal_quantities: log1p(plain.verbalQuantitySentences.size),
    verbal_baselines: log1p(
      [...plain.verbalQuantitySentences].filter((s) => a.outcomes.baselineSentences.has(s)).length,
    ),
    components: log1p(a.components.distinctComponents),
    specific_parts: log1p(specific.size),
    specific_share: specificSentences.size / sentences,
    technologies: log1p(
      new Set(
        a.components.mentions
          .filter((m) => m.category === "technology")
          .map((m) => m.phrase.toLowerCase()),
      ).size,
    ),
    mechanisms: log1p(a.components.distinctMechanisms),
    technical_share: a.components.technicalSentences.size / sentences,
    causal_share: plain.causalSentences.size / sentences,
    noun_rate: plain.nouns / words,
    proper_nouns: plain.properNouns * per100,
    content_diversity:
      plain.contentWords === 0 ? 0 : plain.distinctContentWords / plain.contentWords,
    unbacked_buzzwords: log1p(unbacked),
    buzz_density: unbacked * per100,
    alternatives: log1p(a.tradeoffs.alternatives),
    decisions: log1p(a.tradeoffs.decisions),
    costs: log1p(a.tradeoffs.costs),
    mitigations: log1p(a.tradeoffs.mitigations),
    measured_outcomes: log1p(a.outcomes.measuredOutcomes),
    baseline_outcomes: log1p(a.outcomes.baselineOutcomes),
    vague_outcomes: log1p(a.outcomes.vagueOutcomes),
    status_outcomes: log1p(a.outcomes.emptyOutcomes.length),
    has_result: a.outcomes.hasResult ? 1 : 0,
    lessons: log1p(a.reflection.lessons),
    changes: log1p(a.reflection.changes),
    preventions: log1p(a.reflection.preventions),
    concrete_reflection: log1p(a.reflection.concrete),
    generic_reflection: log1p(a.reflection.generic),
    hedge_density: a.hedges.density,
    tangents: log1p(a.hedges.tangents.length),
    filler_rate: plain.fillers * per100,
    mission_mentions: log1p(a.motivation?.missionMentions ?? 0),
    role_ties: log1p(a.motivation?.roleTies ?? 0),
    cliches: log1p(a.motivation?.cliches ?? 0),
    generic_motivation: a.isGenericMotivation ? 1 : 0,
    sentence_length: log1p(ctx.words / sentences),
    anchored_share: anchored.size / sentences,
    beats_anchored:
      beatsTotal === 0
        ? 0
        : a.structure.beats.filter((beat) => anchored.has(beat.sentence)).length / beatsTotal,
    untied_share:
      a.numbers.quantities.length === 0
        ? 0
        : a.numbers.quantities.filter((q) => q.weight === 0).length / a.numbers.quantities.length,
    numbers_total: log1p(a.numbers.quantities.length),
    is_stuffed: a.buzz.isStuffed ? 1 : 0,
    lacks_spine: a.isStory && a.components.score < 1 && a.numbers.measuredWeight < 1.5 ? 1 : 0,
    is_hidden: a.ownership.isHidden ? 1 : 0,
    no_result_stated: a.outcomes.measuredOutcomes === 0 && !a.outcomes.hasResult ? 1 : 0,
    scale_over_numbers:
      a.numbers.vague.length >= 2 &&
      a.numbers.quantities.filter((q) => q.weight >= 1).length < a.numbers.vague.length
        ? 1
        : 0,
    tied_measures: log1p(
      a.numbers.quantities.filter(
        (q) =>
          q.weight >= 1 &&
          (plain.changeSentences.has(q.sentence) || resultSentences.has(q.sentence)),
      ).length,
    ),
    abstract_rate: plain.abstractNouns * per100,
    evasions: log1p(plain.evasions),
  };
  values[`kind_${ctx.kind}`] = 1;
  const vector = new Float64Array(featureNames.length);
  for (let i = 0; i < featureNames.length; i += 1) {
    vector[i] = values[featureNames[i] as FeatureName];
  }
  return vector;
}

/** Checks at compile time that every kind has its one-hot feature. */
export const kindFeatures = questionKinds.map((kind) => `kind_${kind}` as const);
