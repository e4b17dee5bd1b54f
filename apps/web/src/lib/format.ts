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

/** A dimension level (0–4, an average) to one decimal; "—" when there is nothing to average. */
export function formatLevel(level: number | null): string {
  return level === null ? "—" : level.toFixed(1);
}

export function formatOverall(overall: number | null): string {
  return overall === null ? "—" : String(Math.round(overall));
}

/** Review turnaround: hours while it is under two days, then days. */
export function formatHours(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${hours < 10 ? hours.toFixed(1) : Math.round(hours)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

/** "3 Mar" for a week start, in UTC (weeks are UTC weeks on the server). */
export function formatWeek(weekStart: Date | string): string {
  const date = typeof weekStart === "string" ? new Date(weekStart) : weekStart;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}
