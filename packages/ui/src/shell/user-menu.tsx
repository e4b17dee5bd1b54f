"use client";

import type * as React from "react";
import { Button } from "../components/button.tsx";
import {
  DropdownMenu,
  DropdownMenuTrigger,
  DropdownMenuWhenOpen,
} from "../components/dropdown-menu.tsx";

export interface UserMenuProps {
  /**
   * What the button shows: an <AccountBadge>. The button is named by it, not by aria-label, so
   * the visible name is part of the accessible name (axe: label-content-name-mismatch).
   */
  label: React.ReactNode;
  /** Starts loading the menu's content when the pointer or focus reaches the button. */
  preload?: () => void;
  /**
   * The open menu, rendered only while it is open: a <UserMenuContent>, or a component that
   * renders one and loads on demand, so pages ship only the button.
   */
  children: React.ReactNode;
}

/** The account button in the top bar; it opens the account menu. */
export function UserMenu({ label, preload, children }: UserMenuProps) {
  return (
    <DropdownMenu preload={preload}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="h-9 gap-2 px-1.5 sm:pr-2">
          {label}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuWhenOpen>{children}</DropdownMenuWhenOpen>
    </DropdownMenu>
  );
}
