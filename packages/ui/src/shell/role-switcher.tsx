"use client";

import { ChevronsUpDownIcon } from "lucide-react";
import type * as React from "react";
import { Button } from "../components/button.tsx";
import {
  DropdownMenu,
  DropdownMenuTrigger,
  DropdownMenuWhenOpen,
} from "../components/dropdown-menu.tsx";
import { cn } from "../lib/cn.ts";

export interface RoleSwitcherProps {
  /** The role the user is acting as now, e.g. "Coach". */
  currentLabel: string;
  /** Starts loading the menu's content when the pointer or focus reaches the button. */
  preload?: () => void;
  /**
   * The open menu, rendered only while it is open: a <RoleSwitcherContent> of
   * <RoleSwitcherItem>s, or a component that renders one and loads on demand.
   */
  children: React.ReactNode;
  className?: string;
}

/** The role button for people who hold several roles; render it only when they do. */
export function RoleSwitcher({ currentLabel, preload, children, className }: RoleSwitcherProps) {
  return (
    <DropdownMenu preload={preload}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className={cn("gap-1.5", className)}>
          <span className="text-muted-foreground max-sm:sr-only">Role:</span>{" "}
          <span>{currentLabel}</span>
          <span className="sr-only">, switch role</span>
          <ChevronsUpDownIcon aria-hidden className="text-muted-foreground" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuWhenOpen>{children}</DropdownMenuWhenOpen>
    </DropdownMenu>
  );
}
