import type * as React from "react";
import { cn } from "../lib/cn.ts";

/** "Ada Lovelace" → "AL", "ada@example.com" → "A"; never empty so the avatar keeps its shape. */
export function getInitials(name: string): string {
  const words = name
    .replace(/@.*$/, "")
    .split(/[\s._-]+/)
    .filter((w) => w.length > 0);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

export interface AvatarProps extends React.ComponentProps<"span"> {
  name: string;
  src?: string;
}

/**
 * Round avatar: the image when given, initials otherwise. Both are hidden from screen readers
 * because the name is always printed beside it in our layouts. Server-safe (no state): an image
 * that fails to load shows the browser's broken-image box, so pass `src` only for real photos.
 */
export function Avatar({ name, src, className, ...props }: AvatarProps) {
  return (
    <span
      data-slot="avatar"
      className={cn(
        "relative flex size-8 shrink-0 select-none overflow-hidden rounded-full",
        className,
      )}
      {...props}
    >
      {src ? (
        // biome-ignore lint/performance/noImgElement: ui cannot import next/image.
        <img src={src} alt="" className="aspect-square size-full" />
      ) : (
        <span
          aria-hidden
          className="flex size-full items-center justify-center rounded-full bg-secondary text-xs font-medium text-secondary-foreground"
        >
          {getInitials(name)}
        </span>
      )}
    </span>
  );
}
