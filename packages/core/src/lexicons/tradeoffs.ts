// The four parts of a tradeoff: the alternative, the choice and why, the cost, the mitigation.

/** Phrases that name an alternative. */
export const alternativeCues = [
  "instead of", "rather than", "considered", "i considered", "option", "options", "alternative",
  "alternatives", "versus", "vs", "vs.", "could have", "we could", "i could", "either", "build versus buy",
  "build vs buy", "one option", "the other option", "three options", "two options", "compared",
  "the alternative", "looked at", "evaluated", "proof of concept", "hybrid", "compromise",
  "wanted to", "he wanted", "she wanted", "they wanted", "over a",
] as const;

/** Phrases that state a decision and its reason. */
export const decisionCues = [
  "i chose", "we chose", "chose", "i went with", "we went with", "went with", "decided", "opted",
  "picked", "the decision", "decision", "i proposed", "settled on", "ended up with", "we agreed",
  "because", "since", "so that", "the criteria", "criterion", "the main concern", "were out because",
  "was out because", "the right call", "made the call", "the call",
] as const;

/** Phrases that admit what the choice cost. */
export const costCues = [
  "the cost", "cost was", "downside", "the downside", "at the expense", "accepted", "i accepted",
  "we accepted", "gave up", "give up", "the catch", "tradeoff", "trade-off", "trade off", "the price",
  "overhead", "the risk", "it meant", "which meant", "at the cost", "lose", "losing", "slower",
  "occasionally", "contention", "extra write", "more complex", "complexity", "would have taken",
  "couldn't", "worried", "concern", "friction", "hurt",
] as const;

/** Phrases that show how the cost was softened or bounded. */
export const mitigationCues = [
  "to soften", "mitigate", "mitigated", "to offset", "to compensate", "to address", "addressed",
  "which addressed", "to make up for", "to limit", "to contain", "to reduce the risk", "undo",
  "rollback plan", "revisit", "revisit if", "so i partitioned", "i handled", "which i handled",
  "drop partitions", "behind a flag", "fallback", "fall back", "kill switch", "one-tap undo",
  "keeps every version", "start with", "starting with", "only if", "as a four-week experiment",
  "bounded", "time-boxed", "reversible",
] as const;
