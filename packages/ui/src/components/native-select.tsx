import { ChevronDownIcon } from "lucide-react";
import type * as React from "react";
import { cn } from "../lib/cn.ts";

/**
 * A native <select> styled like our inputs: the browser brings the keyboard handling, the
 * option list (a real picker on phones) and the accessibility, with no JavaScript of ours to
 * keep. Children are
 * <option>s; label the control by its `id` (a <Label htmlFor>) or `aria-label`. `className`
 * sizes the control (it sits on the wrapper that also holds the chevron).
 */
export function NativeSelect({
  className,
  selectClassName,
  size = "default",
  ...props
}: Omit<React.ComponentProps<"select">, "size"> & {
  size?: "sm" | "default";
  /** Classes for the <select> element itself. */
  selectClassName?: string;
}) {
  return (
    <span
      data-slot="native-select"
      className={cn("relative inline-flex w-fit min-w-32", className)}
    >
      <select
        data-size={size}
        className={cn(
          "w-full min-w-0 appearance-none truncate rounded-md border border-input bg-background py-0 pr-9 pl-3 text-sm shadow-xs disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive data-[size=default]:h-9 data-[size=sm]:h-8",
          selectClassName,
        )}
        {...props}
      />
      <ChevronDownIcon
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 opacity-60"
      />
    </span>
  );
}
