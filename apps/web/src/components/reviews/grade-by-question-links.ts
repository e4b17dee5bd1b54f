// The addresses of grading by question, in one place: the per-question page, and the review page
// in by-question mode (the set and question ride along, so the page can show where the coach is
// and where "next" goes).

export function questionGradingHref(setId: string, questionId: string): string {
  return `/coach/sets/${setId}/questions/${questionId}`;
}

export function reviewByQuestionHref(answerId: string, setId: string, questionId: string): string {
  const params = new URLSearchParams({ set: setId, question: questionId });
  return `/coach/review/${answerId}?${params.toString()}`;
}

/**
 * The next attempt still to grade after position `index`, going round to the start, never the
 * one at `index` itself; null when every other attempt is graded.
 */
export function nextUngradedIndex(
  attempts: ReadonlyArray<{ isGraded: boolean }>,
  index: number,
): number | null {
  for (let step = 1; step < attempts.length; step++) {
    const candidate = (index + step) % attempts.length;
    if (attempts[candidate]?.isGraded === false) return candidate;
  }
  return null;
}
