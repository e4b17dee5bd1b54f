import { firstParam, type SearchParams } from "~/lib/search-params";

// The dashboard's filters live in the URL (from, to, threshold) so a lead can bookmark or share a
// view, and the server renders every figure for it without a client round trip.

export interface DashboardFilters {
  from?: string;
  to?: string;
  threshold?: number;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day "YYYY-MM-DD" that really exists, or undefined (a hand-edited URL is ignored). */
function dayParam(value: string | string[] | undefined): string | undefined {
  const first = firstParam(value);
  if (!first || !dayPattern.test(first)) return undefined;
  const date = new Date(`${first}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || toDay(date) !== first ? undefined : first;
}

export function parseDashboardFilters(params: SearchParams): DashboardFilters {
  const filters: DashboardFilters = {};
  const from = dayParam(params.from);
  const to = dayParam(params.to);
  if (from) filters.from = from;
  if (to) filters.to = to;
  // A reversed range is almost always two swapped inputs: read it the way it was meant.
  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  const threshold = Number(firstParam(params.threshold));
  if (
    firstParam(params.threshold) &&
    Number.isInteger(threshold) &&
    threshold >= 0 &&
    threshold <= 100
  ) {
    filters.threshold = threshold;
  }
  return filters;
}

export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const dayMs = 24 * 60 * 60 * 1000;

/** The last `days` days up to and including `today`. */
export function presetRange(days: number, today: Date): { from: string; to: string } {
  return { from: toDay(new Date(today.getTime() - (days - 1) * dayMs)), to: toDay(today) };
}

// "All" reaches back as far as the dashboard allows (three years); the default is 12 weeks.
export const rangePresets = [
  { key: "4w", label: "Last 4 weeks", days: 28 },
  { key: "12w", label: "Last 12 weeks", days: 84 },
  { key: "all", label: "All", days: 3 * 365 },
] as const;
export const defaultPresetDays = 84;

/**
 * The API's half-open range for the URL's calendar days (UTC): `to` is the last day shown, so
 * the range ends at the start of the day after it.
 */
export function apiRange(filters: DashboardFilters): { from?: Date; to?: Date } {
  const range: { from?: Date; to?: Date } = {};
  if (filters.from) range.from = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to) range.to = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + dayMs);
  return range;
}

/** The last day a half-open range [from, to) covers. */
export function lastDayOf(to: Date): string {
  return toDay(new Date(to.getTime() - 1));
}

export function filtersQuery(filters: DashboardFilters): string {
  const query = new URLSearchParams();
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (filters.threshold !== undefined) query.set("threshold", String(filters.threshold));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export function dashboardHref(cohortId: string, filters: DashboardFilters = {}): string {
  return `/lead/cohorts/${cohortId}${filtersQuery(filters)}`;
}

/** The export takes the same half-open range as the API: `to` is the day after the last one. */
export function exportHref(cohortId: string, filters: DashboardFilters): string {
  const { from, to } = apiRange(filters);
  return `/api/cohorts/${cohortId}/export.csv${filtersQuery({
    from: from ? toDay(from) : undefined,
    to: to ? toDay(to) : undefined,
  })}`;
}

export function reportHref(cohortId: string, candidateId: string): string {
  return `/lead/cohorts/${cohortId}/candidates/${candidateId}/report`;
}
