import type * as React from "react";
import { cn } from "../lib/cn.ts";

/** Needs an accessible name: pass aria-label or aria-labelledby. Server-safe. */
export function Progress({
  className,
  value,
  max = 100,
  indicatorClassName,
  ...props
}: Omit<React.ComponentProps<"div">, "children"> & {
  value?: number | null;
  max?: number;
  indicatorClassName?: string;
}) {
  const pct = value == null ? 0 : Math.min(100, Math.max(0, (value / max) * 100));
  return (
    <div
      data-slot="progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value ?? undefined}
      aria-valuetext={value == null ? undefined : `${Math.round(pct)}%`}
      data-state={value == null ? "indeterminate" : value >= max ? "complete" : "loading"}
      className={cn("relative h-2 w-full overflow-hidden rounded-full bg-muted", className)}
      {...props}
    >
      <div
        className={cn("h-full w-full flex-1 bg-primary transition-transform", indicatorClassName)}
        style={{ transform: `translateX(-${100 - pct}%)` }}
      />
    </div>
  );
}
