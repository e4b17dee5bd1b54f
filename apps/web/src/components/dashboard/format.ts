// Number formats shared by the lead's pages (server and client).

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

export function formatPercent(part: number, whole: number): string {
  return whole === 0 ? "—" : `${Math.round((part / whole) * 100)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 Mar" for a week start, in UTC (weeks are UTC weeks on the server). */
export function formatWeek(weekStart: Date | string): string {
  const date = typeof weekStart === "string" ? new Date(weekStart) : weekStart;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}
