"use client";

import type * as React from "react";
import { useState } from "react";
import { Tooltip, TooltipContent, TooltipTrigger } from "./tooltip.tsx";

/**
 * A tooltip that stays open while its trigger has focus. Radix closes tooltips on any scroll,
 * and tabbing to something below the fold scrolls the page, so keyboard users would see the
 * note flash and vanish. Escape or blur dismisses it (WCAG 1.4.13: dismissible, persistent).
 * Focus from a tap opens it too, which gives touch users the note. Needs a TooltipProvider.
 */
export function PersistentTooltip({
  content,
  contentClassName,
  side = "top",
  children,
}: {
  content: React.ReactNode;
  contentClassName?: string;
  side?: "top" | "right" | "bottom" | "left";
  /** The focusable trigger element; it receives the Radix trigger props. */
  children: React.ReactElement;
}) {
  const [isPinned, setIsPinned] = useState(false);
  const [isHoverOpen, setIsHoverOpen] = useState(false);
  return (
    <Tooltip open={isPinned || isHoverOpen} onOpenChange={setIsHoverOpen}>
      <TooltipTrigger
        asChild
        onFocus={() => setIsPinned(true)}
        onBlur={() => setIsPinned(false)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setIsPinned(false);
        }}
      >
        {children}
      </TooltipTrigger>
      <TooltipContent
        side={side}
        className={contentClassName}
        onEscapeKeyDown={() => setIsPinned(false)}
      >
        {content}
      </TooltipContent>
    </Tooltip>
  );
}
