import type * as React from "react";
import { cn } from "../lib/cn.ts";

export function Kbd({ className, ...props }: React.ComponentProps<"kbd">) {
  return (
    <kbd
      data-slot="kbd"
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border border-b-2 bg-muted px-1 font-mono text-[0.7rem] font-medium text-foreground",
        className,
      )}
      {...props}
    />
  );
}
