"use client";

import { ChevronDownIcon } from "lucide-react";
import type * as React from "react";
import { Avatar } from "../components/avatar.tsx";
import { Button } from "../components/button.tsx";
import {
  DropdownMenu,
  DropdownMenuTrigger,
  DropdownMenuWhenOpen,
} from "../components/dropdown-menu.tsx";

export interface UserMenuProps {
  name: string;
  image?: string;
  /** Starts loading the menu's content when the pointer or focus reaches the button. */
  preload?: () => void;
  /**
   * The open menu, rendered only while it is open: a <UserMenuContent>, or a component that
   * renders one and loads on demand (next/dynamic), so pages ship only the avatar button.
   */
  children: React.ReactNode;
}

/** The account button in the top bar: avatar and name; it opens the account menu. */
export function UserMenu({ name, image, preload, children }: UserMenuProps) {
  return (
    <DropdownMenu preload={preload}>
      <DropdownMenuTrigger asChild>
        {/* Named by its content, not aria-label, so the visible name is part of the accessible
            name (axe: label-content-name-mismatch); on phones the name is screen-reader only. */}
        <Button variant="ghost" className="h-9 gap-2 px-1.5 sm:pr-2">
          <Avatar name={name} src={image} className="size-7" />
          <span className="sr-only max-w-40 truncate text-sm font-medium sm:not-sr-only">
            {name}
          </span>
          <span className="sr-only">, account menu</span>
          <ChevronDownIcon aria-hidden className="hidden text-muted-foreground sm:block" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuWhenOpen>{children}</DropdownMenuWhenOpen>
    </DropdownMenu>
  );
}
