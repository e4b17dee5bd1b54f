"use client";

import { ChevronDownIcon, LogOutIcon } from "lucide-react";
import type * as React from "react";
import { Avatar } from "../components/avatar.tsx";
import { Button } from "../components/button.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "../components/dropdown-menu.tsx";

export interface UserMenuProps {
  name: string;
  email: string;
  image?: string;
  /** Client-side sign out (e.g. next-auth/react `signOut()`). */
  onSignOut?: () => void;
  /**
   * Form action for sign out, e.g. a server action. Rendered as
   * `<form action={signOutAction}><button type="submit">` so it works before hydration too.
   */
  signOutAction?: (formData: FormData) => void | Promise<void>;
  /**
   * Full control over the sign-out entry. Menus trap Tab, so the focusable part must be a menu
   * item, and a form inside must keep the menu open on select or it unmounts before submitting:
   * `<form action={signOut}><DropdownMenuItem asChild onSelect={(e) => e.preventDefault()}><button type="submit">Sign out</button></DropdownMenuItem></form>`.
   */
  signOutSlot?: React.ReactNode;
  signOutLabel?: string;
  /** Extra <DropdownMenuItem>s (profile, settings) shown above sign out. */
  children?: React.ReactNode;
}

/** Avatar button opening a menu with the user's name and email and a "Sign out" item. */
export function UserMenu({
  name,
  email,
  image,
  onSignOut,
  signOutAction,
  signOutSlot,
  signOutLabel = "Sign out",
  children,
}: UserMenuProps) {
  let signOut: React.ReactNode = signOutSlot ?? null;
  if (!signOut && signOutAction) {
    signOut = (
      <form action={signOutAction}>
        {/* Keep the menu open on select: closing it unmounts this form before the browser's
            submit runs (React flushes in a microtask after the click listener), and the
            sign-out would be silently cancelled. */}
        <DropdownMenuItem asChild onSelect={(event) => event.preventDefault()}>
          <button type="submit">
            <LogOutIcon aria-hidden />
            {signOutLabel}
          </button>
        </DropdownMenuItem>
      </form>
    );
  } else if (!signOut && onSignOut) {
    signOut = (
      <DropdownMenuItem onSelect={() => onSignOut()}>
        <LogOutIcon aria-hidden />
        {signOutLabel}
      </DropdownMenuItem>
    );
  }

  return (
    <DropdownMenu>
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
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex flex-col gap-0.5 py-2">
          <span className="truncate text-sm font-medium text-foreground">{name}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{email}</span>
        </DropdownMenuLabel>
        {children ? (
          <>
            <DropdownMenuSeparator />
            {children}
          </>
        ) : null}
        {signOut ? (
          <>
            <DropdownMenuSeparator />
            {signOut}
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
