"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";
import type * as React from "react";

/**
 * next-themes with our defaults: the `dark` class on <html> (what styles.css keys on), system
 * preference first, and no transitions while switching so colours don't animate mid-swap.
 * Put `suppressHydrationWarning` on <html>: the class is set before React hydrates.
 */
export function ThemeProvider({
  children,
  ...props
}: React.ComponentProps<typeof NextThemesProvider>) {
  return (
    <NextThemesProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      {...props}
    >
      {children}
    </NextThemesProvider>
  );
}
