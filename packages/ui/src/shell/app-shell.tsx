import type * as React from "react";
import { cn } from "../lib/cn.ts";
import { ThemeToggle } from "./theme-toggle.tsx";
import { ThemeToggleIcons } from "./theme-toggle-icons.tsx";
import { Wordmark } from "./wordmark.tsx";

const MAIN_ID = "main-content";

/** First focusable element on the page; jumps past the top bar to <main>. */
export function SkipLink({
  href = `#${MAIN_ID}`,
  children = "Skip to content",
}: {
  href?: string;
  children?: React.ReactNode;
}) {
  return (
    <a
      href={href}
      className="skip-link sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-[100] focus:rounded-md focus:bg-background focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-foreground focus:shadow-lg"
    >
      {children}
    </a>
  );
}

export interface AppShellProps {
  /** Defaults to the plain wordmark; pass `<ShellBrand asChild><Link href="/" /></ShellBrand>` to link home. */
  brand?: React.ReactNode;
  /** A <ShellNav> of <ShellNavLink>s for the current role. */
  nav?: React.ReactNode;
  /** <RoleSwitcher>; render it only for people who hold more than one role. */
  roleSwitcher?: React.ReactNode;
  /** Extra top-bar controls placed before the theme toggle (e.g. a cohort picker). */
  actions?: React.ReactNode;
  /** Defaults to <ThemeToggle />; pass null to hide it. */
  themeToggle?: React.ReactNode;
  /** <UserMenu>; omit when signed out. */
  userMenu?: React.ReactNode;
  /** Page content, rendered inside <main id="main-content">. */
  children: React.ReactNode;
  /** Widen or narrow the content column (default max-w-7xl). */
  contentClassName?: string;
}

/**
 * The page frame: skip link, sticky top bar (header > brand, nav, controls) and <main>.
 * Server-safe: it holds no state, so pages can render it from a server component and pass
 * links and client widgets (RoleSwitcher, UserMenu) in as elements. Needs <ThemeProvider> above.
 * On narrow screens the nav drops to its own row and wraps onto a second line when it must,
 * instead of hiding behind a menu or scrolling out of sight: at 390 px every link is visible,
 * one tab stop away, and exists once in the DOM.
 */
export function AppShell({
  brand,
  nav,
  roleSwitcher,
  actions,
  themeToggle,
  userMenu,
  children,
  contentClassName,
}: AppShellProps) {
  return (
    <div data-slot="app-shell" className="flex min-h-dvh flex-col bg-background">
      <SkipLink />
      <header
        data-print="hide"
        className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/75"
      >
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:px-6 md:flex-nowrap">
          <div className="flex h-10 items-center">{brand ?? <Wordmark />}</div>
          {nav}
          <div className="ml-auto flex h-10 items-center gap-1.5">
            {roleSwitcher}
            {actions}
            {themeToggle === undefined ? (
              <ThemeToggle>
                <ThemeToggleIcons />
              </ThemeToggle>
            ) : (
              themeToggle
            )}
            {userMenu}
          </div>
        </div>
      </header>
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className={cn(
          "mx-auto w-full max-w-7xl flex-1 px-4 py-8 focus-visible:outline-none sm:px-6",
          contentClassName,
        )}
      >
        {children}
      </main>
    </div>
  );
}
