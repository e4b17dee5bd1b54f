import { Button, cn, Input, Label } from "@debrief/ui";
import Link from "next/link";
import {
  type DashboardFilters,
  dashboardHref,
  presetRange,
  rangePresets,
} from "./dashboard-params";

/**
 * From/to dates and presets. A plain GET form: the range lands in the URL, the server renders
 * every figure for it, and it works before (or without) any JavaScript.
 */
export function RangeFilter({
  cohortId,
  from,
  to,
  threshold,
  today,
}: {
  cohortId: string;
  from: string;
  to: string;
  threshold?: number;
  today: Date;
}) {
  const presets = rangePresets.map((preset) => {
    const range = presetRange(preset.days, today);
    const filters: DashboardFilters = { ...range, threshold };
    return {
      ...preset,
      href: dashboardHref(cohortId, filters),
      isCurrent: range.from === from && range.to === to,
    };
  });

  return (
    <div
      data-print="hide"
      className="flex flex-col gap-4 rounded-xl border bg-card p-4 lg:flex-row lg:items-end lg:justify-between"
    >
      <form
        // Remounts on a new range: a preset link navigates client-side, and uncontrolled inputs
        // would otherwise keep showing the previous dates.
        key={`${from}:${to}`}
        method="get"
        action={`/lead/cohorts/${cohortId}`}
        aria-label="Date range"
        className="flex flex-wrap items-end gap-3"
      >
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="range-from">From</Label>
          <Input id="range-from" name="from" type="date" defaultValue={from} className="w-40" />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="range-to">To</Label>
          <Input id="range-to" name="to" type="date" defaultValue={to} className="w-40" />
        </div>
        {threshold === undefined ? null : (
          <input type="hidden" name="threshold" value={threshold} />
        )}
        <Button type="submit" variant="secondary">
          Apply dates
        </Button>
      </form>
      <nav aria-label="Date range presets">
        <ul className="flex flex-wrap gap-2">
          {presets.map((preset) => (
            <li key={preset.key}>
              <Link
                href={preset.href}
                aria-current={preset.isCurrent ? "true" : undefined}
                className={cn(
                  "inline-flex h-8 items-center rounded-full border px-3 text-sm transition-colors",
                  preset.isCurrent
                    ? "border-foreground bg-foreground text-background"
                    : "bg-background text-muted-foreground hover:text-foreground",
                )}
              >
                {preset.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
