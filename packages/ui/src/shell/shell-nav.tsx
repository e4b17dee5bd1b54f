import { Slot } from "radix-ui";
import type * as React from "react";
import { cn } from "../lib/cn.ts";

// The top bar's navigation, apart from the frame so the client part that marks the page in view
// carries only this.

export interface ShellNavLinkProps extends React.ComponentProps<"a"> {
  /** Marks the link as the current page: aria-current="page" plus the active style. */
  active?: boolean;
  /** Merge props onto the single child, which must be your router's link. */
  asChild?: boolean;
}

/**
 * A top-bar navigation link. Pattern: asChild, because ui cannot import next/link —
 * `<ShellNavLink asChild active={pathname.startsWith("/coach")}><Link href="/coach">Review queue</Link></ShellNavLink>`.
 * Without asChild it renders a plain <a>.
 */
export function ShellNavLink({
  active = false,
  asChild = false,
  className,
  ...props
}: ShellNavLinkProps) {
  const Comp = asChild ? Slot.Root : "a";
  return (
    <Comp
      data-slot="shell-nav-link"
      data-active={active ? "true" : undefined}
      aria-current={active ? "page" : undefined}
      className={cn(
        "inline-flex h-8 shrink-0 items-center whitespace-nowrap rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-foreground data-[active=true]:bg-accent data-[active=true]:text-foreground",
        className,
      )}
      {...props}
    />
  );
}

/**
 * The top bar's navigation landmark. A component of its own so the links, and the name that
 * says whose navigation it is, can come from a client component that reads the current path
 * while the frame around them renders on the server.
 */
export function ShellNav({
  label = "Main",
  children,
}: {
  /** Accessible name of the <nav> landmark. */
  label?: string;
  /** <ShellNavLink> elements. */
  children: React.ReactNode;
}) {
  return (
    <nav
      aria-label={label}
      className="order-last -mx-1 flex w-full min-w-0 flex-wrap items-center gap-1 px-1 pb-1 md:order-none md:mx-0 md:w-auto md:flex-nowrap md:overflow-x-auto md:px-0 md:pb-0"
    >
      {children}
    </nav>
  );
}
