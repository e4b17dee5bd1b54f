import { Loader2Icon } from "lucide-react";
import type * as React from "react";
import { cn } from "../lib/cn.ts";

/** Announces itself as a status; pass `label` to say what is loading. */
export function Spinner({
  className,
  label = "Loading",
  ...props
}: React.ComponentProps<"span"> & { label?: string }) {
  return (
    <span role="status" className={cn("inline-flex items-center", className)} {...props}>
      <Loader2Icon aria-hidden className="size-4 animate-spin" />
      <span className="sr-only">{label}</span>
    </span>
  );
}
