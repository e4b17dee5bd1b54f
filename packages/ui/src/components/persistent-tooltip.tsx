"use client";

import { Slot } from "radix-ui";
import * as React from "react";

const hoverOpenDelayMs = 100;
// Time to move the pointer from the trigger onto the note (WCAG 1.4.13: hoverable).
const hoverCloseDelayMs = 150;

// The note's placement and portal load the first time a tooltip on the page opens; the pointer
// or focus reaching a trigger starts the download, which the hover delay usually covers.
const loadNote = () => import("./tooltip-note.tsx");
const TooltipNote = React.lazy(() => loadNote().then((m) => ({ default: m.TooltipNote })));
const preloadNote = () => {
  loadNote().catch(() => {});
};

/**
 * A tooltip that stays open while its trigger has focus, and while the pointer is on the trigger
 * or on the note itself; Escape or blur dismisses it (WCAG 1.4.13: dismissible, hoverable,
 * persistent). Focus from a tap opens it too, which gives touch users the note. Hand-rolled: a
 * fixed-position note above the trigger (below when there is no room), kept inside the viewport
 * and following it on scroll (tooltip-note.tsx).
 */
export function PersistentTooltip({
  content,
  contentClassName,
  side = "top",
  children,
}: {
  content: React.ReactNode;
  contentClassName?: string;
  side?: "top" | "bottom";
  /** The focusable trigger element; it receives the focus, pointer and aria props. */
  children: React.ReactElement;
}) {
  const [isPinned, setIsPinned] = React.useState(false);
  const [isHovered, setIsHovered] = React.useState(false);
  const triggerRef = React.useRef<HTMLElement | null>(null);
  const hoverTimer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = React.useId();
  const isOpen = isPinned || isHovered;

  const hoverTo = (next: boolean) => {
    if (hoverTimer.current !== null) clearTimeout(hoverTimer.current);
    hoverTimer.current = setTimeout(
      () => setIsHovered(next),
      next ? hoverOpenDelayMs : hoverCloseDelayMs,
    );
  };
  const dismiss = () => {
    if (hoverTimer.current !== null) clearTimeout(hoverTimer.current);
    setIsPinned(false);
    setIsHovered(false);
  };
  React.useEffect(
    () => () => {
      if (hoverTimer.current !== null) clearTimeout(hoverTimer.current);
    },
    [],
  );

  return (
    <>
      <Slot.Root
        ref={triggerRef}
        aria-describedby={isOpen ? id : undefined}
        data-state={isOpen ? "open" : "closed"}
        onFocus={() => {
          preloadNote();
          setIsPinned(true);
        }}
        onBlur={() => setIsPinned(false)}
        onPointerEnter={(event: React.PointerEvent) => {
          if (event.pointerType !== "mouse") return;
          preloadNote();
          hoverTo(true);
        }}
        onPointerLeave={(event: React.PointerEvent) => {
          if (event.pointerType === "mouse") hoverTo(false);
        }}
      >
        {children}
      </Slot.Root>
      {isOpen ? (
        <React.Suspense fallback={null}>
          <TooltipNote
            id={id}
            triggerRef={triggerRef}
            side={side}
            className={contentClassName}
            onHover={hoverTo}
            onDismiss={dismiss}
          >
            {content}
          </TooltipNote>
        </React.Suspense>
      ) : null}
    </>
  );
}
