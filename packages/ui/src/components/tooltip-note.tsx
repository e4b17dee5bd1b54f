"use client";

import * as React from "react";
import { createPortal } from "react-dom";
import { cn } from "../lib/cn.ts";

const gap = 6;
const edge = 8;

/**
 * The open note of <PersistentTooltip>, loaded the first time one opens: a fixed-position box
 * above its trigger (below when there is no room), kept inside the viewport and following it on
 * scroll; Escape dismisses it.
 */
export function TooltipNote({
  id,
  triggerRef,
  side,
  className,
  onHover,
  onDismiss,
  children,
}: {
  id: string;
  triggerRef: React.RefObject<HTMLElement | null>;
  side: "top" | "bottom";
  className?: string;
  /** The pointer entering (true) or leaving (false) the note: it is hoverable (WCAG 1.4.13). */
  onHover: (isOver: boolean) => void;
  onDismiss: () => void;
  children: React.ReactNode;
}) {
  const [position, setPosition] = React.useState<{ top: number; left: number } | null>(null);
  const contentRef = React.useRef<HTMLDivElement | null>(null);

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
  }, [side, triggerRef]);

  // The latest onDismiss without re-subscribing the listeners on every render.
  const dismissRef = React.useRef(onDismiss);
  dismissRef.current = onDismiss;
  React.useLayoutEffect(() => {
    place();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") dismissRef.current();
    };
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [place]);

  return createPortal(
    <div
      ref={contentRef}
      id={id}
      role="tooltip"
      data-slot="tooltip-content"
      onPointerEnter={() => onHover(true)}
      onPointerLeave={() => onHover(false)}
      style={
        position
          ? { top: position.top, left: position.left, maxWidth: `calc(100vw - ${2 * edge}px)` }
          : { top: 0, left: 0, visibility: "hidden" }
      }
      className={cn(
        "fixed z-50 max-w-xs rounded-md border bg-popover px-3 py-2 text-xs leading-relaxed text-popover-foreground shadow-md animate-fade-in",
        className,
      )}
    >
      {children}
    </div>,
    document.body,
  );
}
