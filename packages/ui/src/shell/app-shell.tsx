import { Slot } from "radix-ui";
import type * as React from "react";
import { cn } from "../lib/cn.ts";
import { ThemeToggle } from "./theme-toggle.tsx";

const MAIN_ID = "main-content";

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
  /** <ShellNavLink> elements for the current role. */
  nav?: React.ReactNode;
  /** Accessible name of the <nav> landmark. */
  navLabel?: string;
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
  navLabel = "Main",
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
          {nav ? (
            <nav
              aria-label={navLabel}
              className="order-last -mx-1 flex w-full min-w-0 flex-wrap items-center gap-1 px-1 pb-1 md:order-none md:mx-0 md:w-auto md:flex-nowrap md:overflow-x-auto md:px-0 md:pb-0"
            >
              {nav}
            </nav>
          ) : null}
          <div className="ml-auto flex h-10 items-center gap-1.5">
            {roleSwitcher}
            {actions}
            {themeToggle === undefined ? <ThemeToggle /> : themeToggle}
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
