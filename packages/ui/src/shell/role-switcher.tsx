"use client";

import { ChevronsUpDownIcon } from "lucide-react";
import type * as React from "react";
import { Button } from "../components/button.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "../components/dropdown-menu.tsx";
import { cn } from "../lib/cn.ts";

export interface RoleSwitcherProps {
  /** The role the user is acting as now, e.g. "Coach". */
  currentLabel: string;
  /** Heading inside the menu. */
  menuLabel?: string;
  /** <RoleSwitcherItem> elements, one per role the user holds. */
  children: React.ReactNode;
  className?: string;
}

/**
 * Menu for people who hold several roles; render it only when they do. Items are links passed
 * in with asChild: `<RoleSwitcherItem asChild current><Link href="/coach">Coach</Link></RoleSwitcherItem>`.
 */
export function RoleSwitcher({
  currentLabel,
  menuLabel = "Switch role",
  children,
  className,
}: RoleSwitcherProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className={cn("gap-1.5", className)}>
          <span className="text-muted-foreground max-sm:sr-only">Role:</span>{" "}
          <span>{currentLabel}</span>
          <span className="sr-only">, switch role</span>
          <ChevronsUpDownIcon aria-hidden className="text-muted-foreground" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-48">
        <DropdownMenuLabel>{menuLabel}</DropdownMenuLabel>
        {children}
      </DropdownMenuContent>
    </DropdownMenu>
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
