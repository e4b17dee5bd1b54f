// Hedges, filler and tangents: the words that make a spoken answer sound unsure or unplanned.

/** Strong hedges and filler; each one costs the listener's confidence. */
export const hedges = [
  "kind of",
  "sort of",
  "kinda",
  "sorta",
  "i guess",
  "i suppose",
  "um",
  "uh",
  "umm",
  "uhh",
  "er",
  ", like ,",
  "or something .",
  "or something ,",
  "or whatever",
  "and stuff",
  "i don't remember",
  "i'm not sure",
  "not sure",
  "not totally sure",
  "you know",
  "i mean",
  "sorry",
  "i'd have to check",
  "no idea",
  "who knows",
] as const;

/**
 * Hedges that are also noun phrases: "kind of slow" hedges, "the kind of work" does not. They
 * hedge only when no determiner or adjective comes right before them.
 */
export const nounPhraseHedges = ["kind of", "sort of"] as const;

/** Words before "kind of" / "sort of" that make it a noun phrase ("the kind of", "what sort of"). */
export const hedgeDeterminers = [
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "what",
  "which",
  "whatever",
  "any",
  "some",
  "every",
  "each",
  "no",
  "one",
  "same",
  "other",
  "another",
  "my",
  "our",
  "your",
  "their",
  "his",
  "her",
  "its",
] as const;

/** Softer hedges: fine once, a habit when repeated. */
export const softHedges = [
  "maybe",
  "perhaps",
  "probably",
  "i think",
  "honestly",
  "basically",
  "i feel like",
  "somewhat",
  "pretty",
  "i'd say",
  "hopefully",
  "more or less",
  "to be honest",
  "a bit",
  "possibly",
  "i believe",
  "fairly",
  "quite",
] as const;

/** Tangents and meta-talk that signal an unplanned answer. */
export const tangents = [
  "side note",
  "anyway",
  "anyways",
  "oh, and",
  "come back to",
  "long detour",
  "long story short",
  "as you can imagine",
  "but i digress",
  "where was i",
  "fun fact",
  "funnily enough",
  "tangent",
  "by the way",
  "a lot of history",
  "so yeah",
  "yeah .",
  "that's about it",
  "that's basically it",
  "that's me",
] as const;

/** Defensive or deflecting phrasing in logistics answers. */
export const deflections = [
  "rather not",
  "lowball",
  "it's complicated",
  "kind of complicated",
  "depends on a lot",
  "haven't really looked",
  "not sure what",
  "what's the range",
  "what is the range",
  "see what you think",
  "figure something out",
  "rule me out",
  "open to a lot",
  "could be a while",
] as const;

/** Opening lines that frame an answer before it starts. */
export const framingCues = [
  "i'll walk through",
  "i'll talk about",
  "i'll describe",
  "i'll cover",
  "the one i'd pick",
  "the project i'd",
  "short version",
  "the disagreement i'd",
  "i'd pick",
  "i'd like to talk about",
  "the project i'm",
  "this was at",
  "two reasons",
  "a few things",
  "three things",
  "the main one",
  "let me",
  "in short",
  "the context",
  "context first",
  "the outage",
  "the bug",
  "the incident",
] as const;
