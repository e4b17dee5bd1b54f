import { Slot } from "radix-ui";
import type * as React from "react";
import { cn } from "../lib/cn.ts";

// The brand on its own, for pages outside the app frame (sign in, invitations) that should not
// pull in the frame's client parts.

/** The product wordmark: a small mark plus "Debrief". Decorative mark, text carries the name. */
export function Wordmark({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <svg aria-hidden viewBox="0 0 24 24" className="size-6 shrink-0" focusable="false">
        <rect width="24" height="24" rx="6" className="fill-primary" />
        <path
          d="M7 7h5.5a5 5 0 0 1 0 10H7z"
          fill="none"
          strokeWidth="2"
          strokeLinejoin="round"
          className="stroke-primary-foreground"
        />
        <path
          d="M10 12h4"
          strokeWidth="2"
          strokeLinecap="round"
          className="stroke-primary-foreground"
        />
      </svg>
      <span className="text-[15px] font-semibold tracking-tight">Debrief</span>
    </span>
  );
}

export interface ShellBrandProps extends React.ComponentProps<"span"> {
  /** Merge onto the single child (e.g. `<Link href="/" />`); the wordmark is rendered inside it. */
  asChild?: boolean;
}

/**
 * Home link showing the wordmark. ui cannot import next/link, so pass the link in:
 * `<ShellBrand asChild><Link href="/" aria-label="Debrief home" /></ShellBrand>`.
 */
export function ShellBrand({ asChild = false, children, className, ...props }: ShellBrandProps) {
  const Comp = asChild ? Slot.Root : "span";
  return (
    <Comp
      data-slot="shell-brand"
      className={cn("inline-flex shrink-0 items-center rounded-md text-foreground", className)}
      {...props}
    >
      {asChild ? <Slot.Slottable>{children}</Slot.Slottable> : children}
      <Wordmark />
    </Comp>
  );
}
