// Formatting shared by server and client components. Pure: no rubric import, so client islands
// that use it stay small.

/** 95 → "1:35" */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Spoken-time estimate at the rubric's ~150 words a minute, in seconds. */
export function estimateSpokenSeconds(words: number, wordsPerMinute = 150): number {
  return (words / wordsPerMinute) * 60;
}

/** Whitespace-separated words; close enough to the engine's count for a live counter. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
