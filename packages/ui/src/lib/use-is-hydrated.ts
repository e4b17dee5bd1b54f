import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * False in the server HTML and during hydration, true after: for what only the browser knows
 * (the stored theme), and for controls that would lose a click made before React is listening.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
