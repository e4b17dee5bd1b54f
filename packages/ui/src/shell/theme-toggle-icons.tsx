import { MoonIcon, SunIcon } from "lucide-react";

/**
 * The theme button's face: a moon in light mode, a sun in dark. Chosen by CSS from the `dark`
 * class, so it is right from the first paint (no swap at hydration) and renders on the server.
 */
export function ThemeToggleIcons() {
  return (
    <>
      <MoonIcon aria-hidden className="dark:hidden" />
      <SunIcon aria-hidden className="hidden dark:block" />
    </>
  );
}
