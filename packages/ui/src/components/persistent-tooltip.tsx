"use client";

import { Slot } from "radix-ui";
import * as React from "react";
import { createPortal } from "react-dom";
import { cn } from "../lib/cn.ts";

const hoverOpenDelayMs = 100;
// Time to move the pointer from the trigger onto the note (WCAG 1.4.13: hoverable).
const hoverCloseDelayMs = 150;
const gap = 6;
const edge = 8;

/**
 * A tooltip that stays open while its trigger has focus, and while the pointer is on the trigger
 * or on the note itself; Escape or blur dismisses it (WCAG 1.4.13: dismissible, hoverable,
 * persistent). Focus from a tap opens it too, which gives touch users the note. Hand-rolled: a
 * fixed-position note above the trigger (below when there is no room), kept inside the viewport
 * and following it on scroll.
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
  const [position, setPosition] = React.useState<{ top: number; left: number } | null>(null);
  const triggerRef = React.useRef<HTMLElement | null>(null);
  const contentRef = React.useRef<HTMLDivElement | null>(null);
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

  const place = React.useCallback(() => {
    const trigger = triggerRef.current;
    const note = contentRef.current;
    if (!trigger || !note) return;
    const box = trigger.getBoundingClientRect();
    const width = note.offsetWidth;
    const height = note.offsetHeight;
    const above = box.top - gap - height;
    const below = box.bottom + gap;
    const fitsAbove = above >= edge;
    const fitsBelow = below + height <= window.innerHeight - edge;
    const top =
      side === "top" ? (fitsAbove || !fitsBelow ? above : below) : fitsBelow ? below : above;
    const centred = box.left + box.width / 2 - width / 2;
    const left = Math.min(Math.max(centred, edge), window.innerWidth - width - edge);
    setPosition({ top, left: Math.max(left, edge) });
  }, [side]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: dismiss only sets state and clears a timer.
  React.useLayoutEffect(() => {
    if (!isOpen) {
      setPosition(null);
      return;
    }
    place();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") dismiss();
    };
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [isOpen, place]);

  return (
    <>
      <Slot.Root
        ref={triggerRef}
        aria-describedby={isOpen ? id : undefined}
        data-state={isOpen ? "open" : "closed"}
        onFocus={() => setIsPinned(true)}
        onBlur={() => setIsPinned(false)}
        onPointerEnter={(event: React.PointerEvent) => {
          if (event.pointerType === "mouse") hoverTo(true);
        }}
        onPointerLeave={(event: React.PointerEvent) => {
          if (event.pointerType === "mouse") hoverTo(false);
        }}
      >
        {children}
      </Slot.Root>
      {isOpen
        ? createPortal(
            <div
              ref={contentRef}
              id={id}
              role="tooltip"
              data-slot="tooltip-content"
              onPointerEnter={() => hoverTo(true)}
              onPointerLeave={() => hoverTo(false)}
              style={
                position
                  ? {
                      top: position.top,
                      left: position.left,
                      maxWidth: `calc(100vw - ${2 * edge}px)`,
                    }
                  : { top: 0, left: 0, visibility: "hidden" }
              }
              className={cn(
                "fixed z-50 max-w-xs rounded-md border bg-popover px-3 py-2 text-xs leading-relaxed text-popover-foreground shadow-md animate-fade-in",
                contentClassName,
              )}
            >
              {content}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
