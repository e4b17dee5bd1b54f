// How an answer states a result, and the empty outcomes an expert discounts.

/** Phrases that report a change in a metric. */
export const outcomeCues = [
  "went from", "dropped", "dropped from", "fell", "fell from", "reduced", "reducing", "cut",
  "down to", "down from", "up from", "went down", "went up", "increased", "decreased", "improved",
  "rose", "brought", "back to", "saved", "now runs", "faster", "slower", "after that", "since then", "recovered", "halved", "doubled", "shrank", "grew",
  "lowered", "raised", "hit the target", "is now", "are now", "matched", "no longer", "eliminated",
  "from about", "to under", "to about", "to around", "within", "conversion", "converted", "cheaper",
  "went away", "smoother", "successful", "stable again", "dipped", "dip",
  "helped", "fewer", "better", "back to normal", "produced", "came back", "launched", "shipped",
  "went live", "without any", "fixed", "resolved", "total impact",
] as const;

/** Phrases that compare with a baseline. */
export const baselineCues = [
  "went from", "from about", "from around", "from roughly", "dropped from", "down from", "up from",
  "fell from", "from its normal", "instead of", "compared with", "compared to", "before", "baseline",
  "used to", "previously", "than before", "from", "was about", "were about",
] as const;

/** Outcomes that report status, not effect: an expert gives them nothing. */
export const emptyOutcomes = [
  "on time", "under budget", "went well", "was happy", "were happy",
  "was really pleased", "were pleased", "leadership recognized", "set us up well", "went smoothly",
  "worked fine", "it's worked fine", "made everyone happy", "a model for", "positive feedback",
  "got the service out", "everyone came around", "was a success", "everyone was happy",
  "signed off", "it went well",
] as const;
