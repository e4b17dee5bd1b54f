"use client";

import { type ComponentType, lazy, type ReactNode, Suspense } from "react";

/**
 * A component whose code loads the first time it renders, for parts of a page that only some
 * visits show (a menu once opened, a dialog after a submit, a form only while a regrade waits).
 * Where it renders on the server, the HTML is there at once and the part hydrates when its code
 * arrives; where it first renders on the client, `fallback` shows meanwhile. `preload()` starts
 * the download early, e.g. when the pointer reaches a menu's button.
 *
 * Server-rendered, such a part is inert until its code arrives (one more request after the page's
 * own), and a press in that moment is lost: keep controls people reach for at once, such as the
 * top bar's buttons, out of it.
 *
 * React's own `lazy` and `Suspense` rather than `next/dynamic`: the same split, without the
 * ~1.2 kB (gzipped) of loader that next/dynamic adds to every page that uses it, measured with
 * `e2e/scripts/route-js-size.ts` (the top bar's menus use this, so that was every page).
 */
export function onDemand<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  fallback: ReactNode = null,
) {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component, at module level, as React's own lazy() is.
  function OnDemand(props: Props) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  // A failed preload (offline) is ignored: the first render asks for the code again.
  return Object.assign(OnDemand, { preload: () => void load().catch(() => {}) });
}
