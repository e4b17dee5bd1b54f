import { cn, TableHead } from "@debrief/ui";
import type { ComponentProps } from "react";

/** A row's header cell (scope="row"), styled as body text rather than as a column header. */
export function RowHeader({ className, ...props }: ComponentProps<"th">) {
  return (
    <TableHead
      scope="row"
      className={cn("h-auto py-2.5 text-sm font-medium text-foreground", className)}
      {...props}
    />
  );
}
