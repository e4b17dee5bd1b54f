"use client";

import { LogOutIcon } from "lucide-react";
import type * as React from "react";
import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
} from "../components/dropdown-menu-content.tsx";

export interface UserMenuContentProps {
  name: string;
  email: string;
  /** Client-side sign out (e.g. next-auth/react `signOut()`). */
  onSignOut?: () => void;
  /**
   * Form action for sign out, e.g. a server action. Rendered as
   * `<form action={signOutAction}><button type="submit">`.
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

/** The open account menu of <UserMenu>: the user's name and email, extra items, "Sign out". */
export function UserMenuContent({
  name,
  email,
  onSignOut,
  signOutAction,
  signOutSlot,
  signOutLabel = "Sign out",
  children,
}: UserMenuContentProps) {
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
  );
}
