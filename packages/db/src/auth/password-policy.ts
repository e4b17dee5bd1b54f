import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

import { maxPasswordLength, minPasswordLength } from "../limits.ts";

// zxcvbn's scale: 0–1 guessable within minutes to days offline, 2 "somewhat guessable", 3
// "safely unguessable" (~10^8 guesses against a slow hash), 4 very unguessable.
const minimumScore = 3;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  // Built on first use: the dictionaries are large and most requests never need them.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

/**
 * Null when the password is acceptable, else a sentence saying why and what to do instead.
 * Rejects the short, and the common or guessable (dictionary words, names, keyboard walks,
 * repeats, dates, anything built from the user's own email or name) by zxcvbn's estimate.
 */
export function passwordProblem(
  password: string,
  context: { email?: string; name?: string } = {},
): string | null {
  if (password.length < minPasswordLength) {
    return `Choose a password of at least ${minPasswordLength} characters.`;
  }
  if (password.length > maxPasswordLength) {
    return `Passwords are limited to ${maxPasswordLength.toLocaleString("en")} characters.`;
  }
  // zxcvbn's cost grows with length; past 100 characters the prefix decides.
  const sample = password.slice(0, 100);
  const userInputs = [
    context.email ?? "",
    ...(context.email?.split(/[@.+_-]/) ?? []),
    ...(context.name?.split(/\s+/) ?? []),
    "debrief",
  ].filter((input) => input.length >= 3);
  const result = estimator().check(sample, userInputs);
  if (result.score >= minimumScore) return null;
  const reason = result.feedback.warning ? `${result.feedback.warning.replace(/\.?$/, ".")} ` : "";
  return `${reason}That password is too easy to guess. Try a few unrelated words together, or a longer phrase only you would think of.`;
}
