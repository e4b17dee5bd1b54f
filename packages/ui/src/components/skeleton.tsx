import type * as React from "react";
import { cn } from "../lib/cn.ts";

/** Loading placeholder; hidden from assistive tech — announce loading elsewhere (e.g. aria-busy). */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn("animate-pulse rounded-md bg-muted", className)}
      {...props}
    />
  );
}
