import { changeCues, genericLessons, lessonCues, preventionCues } from "../lexicons/reflection.ts";
import { createPhraseMatcher } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, clampScore, pushEvidence, sentenceEvidence } from "./context.ts";

export interface ReflectionAnalysis {
  lessons: number;
  changes: number;
  preventions: number;
  /** Reflection sentences that name something concrete (a component, a number, an action). */
  concrete: number;
  generic: number;
  score: number;
  evidence: Evidence[];
}

const matcher = createPhraseMatcher({
  lesson: lessonCues,
  change: changeCues,
  prevention: preventionCues,
});
const genericMatcher = createPhraseMatcher({ generic: genericLessons });

/** Finds lessons, next-time changes and prevention; scores reflection 0–4. */
export function analyseReflection(
  ctx: AnswerContext,
  technicalSentences: ReadonlySet<number>,
  actionSentences: ReadonlySet<number> = new Set(),
): ReflectionAnalysis {
  const evidence: Evidence[] = [];
  const bySentence = new Map<number, Set<string>>();
  for (const match of matcher.find(ctx.tokens)) {
    const sentence = ctx.tokens[match.from]?.sentence ?? -1;
    const set = bySentence.get(sentence) ?? new Set<string>();
    set.add(match.category);
    bySentence.set(sentence, set);
  }
  const genericSentences = new Set(
    genericMatcher.find(ctx.tokens).map((m) => ctx.tokens[m.from]?.sentence ?? -1),
  );
  let lessons = 0;
  let changes = 0;
  let preventions = 0;
  let concrete = 0;
  let generic = 0;
  for (const [sentence, parts] of bySentence) {
    // Prevention needs a concrete thing put in place: a part of the system, or something the
    // speaker did ("I wrote a list of test names"); "prevent" alone is a wish.
    const isTechnical = technicalSentences.has(sentence);
    if (
      parts.has("prevention") &&
      !isTechnical &&
      !actionSentences.has(sentence) &&
      parts.size === 1
    )
      continue;
    if (parts.has("lesson")) lessons += 1;
    if (parts.has("change")) changes += 1;
    if (parts.has("prevention")) preventions += 1;
    const isGeneric = genericSentences.has(sentence) && !isTechnical;
    const range = ctx.sentences[sentence];
    const isSubstantial = range !== undefined && range.endToken - range.firstToken >= 12;
    if (isGeneric) generic += 1;
    else if (isTechnical || isSubstantial) concrete += 1;
    pushEvidence(
      evidence,
      sentenceEvidence(
        ctx,
        sentence,
        "reflection",
        isGeneric ? "hurts" : "supports",
        "lesson",
        isGeneric
          ? "A lesson so general it could close any story."
          : "A concrete lesson or follow-up.",
      ),
    );
  }
  return {
    lessons,
    changes,
    preventions,
    concrete,
    generic,
    score: scoreReflection(lessons, changes, preventions, concrete),
    evidence,
  };
}

/** Maps lessons, changes and prevention to the 0–4 reflection scale; only generic lessons earn 1. */
export function scoreReflection(
  lessons: number,
  changes: number,
  preventions: number,
  concrete: number,
): number {
  const kinds = (lessons > 0 ? 1 : 0) + (changes > 0 ? 1 : 0) + (preventions > 0 ? 1 : 0);
  if (kinds === 0) return 0;
  if (concrete === 0) return 1;
  if (kinds >= 2 && concrete >= 3 && preventions > 0) return 4;
  if (concrete >= 2 || (concrete >= 1 && changes > 0)) return 3;
  return clampScore(2);
}
