"use client";

import { useTheme } from "next-themes";
import type * as React from "react";
import { Button } from "../components/button.tsx";
import { cn } from "../lib/cn.ts";
import { useIsHydrated } from "../lib/use-is-hydrated.ts";

/**
 * Switches between light and dark. The label names the action ("Switch to dark theme"), not
 * the state, so screen reader users know what pressing it will do. Its face is `children`, a
 * <ThemeToggleIcons> (server-rendered by the app shell).
 */
export function ThemeToggle({
  className,
  children,
}: {
  className?: string;
  children: React.ReactNode;
}) {
  const { resolvedTheme, setTheme } = useTheme();
  const isHydrated = useIsHydrated();
  const isDark = isHydrated && resolvedTheme === "dark";
  const label = !isHydrated
    ? "Toggle theme"
    : isDark
      ? "Switch to light theme"
      : "Switch to dark theme";

  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={label}
      title={label}
      data-print="hide"
      className={cn("text-muted-foreground hover:text-foreground", className)}
      onClick={() => setTheme(isDark ? "light" : "dark")}
    >
      {children}
    </Button>
  );
}
