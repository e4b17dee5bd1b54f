"use client";

import type * as React from "react";
import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
} from "../components/dropdown-menu-content.tsx";
import { cn } from "../lib/cn.ts";

/**
 * The open role menu of <RoleSwitcher>. Items are links passed in with asChild:
 * `<RoleSwitcherItem asChild current><Link href="/coach">Coach</Link></RoleSwitcherItem>`.
 */
export function RoleSwitcherContent({
  menuLabel = "Switch role",
  children,
}: {
  /** Heading inside the menu. */
  menuLabel?: string;
  /** <RoleSwitcherItem> elements, one per role the user holds. */
  children: React.ReactNode;
}) {
  return (
    <DropdownMenuContent align="end" className="w-48">
      <DropdownMenuLabel>{menuLabel}</DropdownMenuLabel>
      {children}
    </DropdownMenuContent>
  );
}

export interface RoleSwitcherItemProps extends React.ComponentProps<typeof DropdownMenuItem> {
  /** The role currently in use: announced via aria-current and marked with a check. */
  current?: boolean;
}

export function RoleSwitcherItem({ current = false, className, ...props }: RoleSwitcherItemProps) {
  return (
    <DropdownMenuItem
      aria-current={current ? "true" : undefined}
      data-current={current ? "true" : undefined}
      className={cn(
        "justify-between data-[current=true]:font-medium data-[current=true]:after:text-primary data-[current=true]:after:content-['✓']",
        className,
      )}
      {...props}
    />
  );
}
