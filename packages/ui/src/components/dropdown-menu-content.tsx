"use client";

import { Slot } from "radix-ui";
import * as React from "react";
import { cn } from "../lib/cn.ts";
import { menuPanelClass, useMenu } from "./dropdown-menu.tsx";

// The open menu of dropdown-menu.tsx: its list, items, labels and separators, and the keys that
// move between items.

const edge = 8;

function menuItems(content: HTMLElement | null): HTMLElement[] {
  if (!content) return [];
  return Array.from(
    content.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])'),
  );
}

export function DropdownMenuContent({
  className,
  align = "end",
  onKeyDown,
  ...props
}: React.ComponentProps<"div"> & { align?: "start" | "end" }) {
  const menu = useMenu("DropdownMenuContent");
  const { isOpen, setOpen, wrapperRef } = menu;

  // Light dismiss: a press anywhere outside closes the menu, as does focus moving out of it.
  // Here rather than in the root, so a menu whose content loads on demand ships it with that.
  React.useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [isOpen, setOpen, wrapperRef]);

  React.useLayoutEffect(() => {
    if (!menu.isOpen) return;
    const content = menu.contentRef.current;
    // Hung from its trigger's edge, a wide menu can run off a narrow screen (the bell sits
    // left of other controls on a phone): slide it back inside, 8 px from the edge.
    if (content) {
      const box = content.getBoundingClientRect();
      const shift =
        box.left < edge
          ? edge - box.left
          : box.right > window.innerWidth - edge
            ? window.innerWidth - edge - box.right
            : 0;
      content.style.translate = shift === 0 ? "" : `${shift}px 0`;
    }
    const items = menuItems(content);
    const focus = menu.focusOnOpen.current;
    const target = focus === "first" ? items[0] : focus === "last" ? items.at(-1) : null;
    (target ?? content)?.focus();
  }, [menu.isOpen, menu.contentRef, menu.focusOnOpen]);

  if (!menu.isOpen) return null;

  const onMenuKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    const items = menuItems(menu.contentRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        focusAt(index + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        focusAt(index === -1 ? -1 : index - 1);
        break;
      case "Home":
        event.preventDefault();
        focusAt(0);
        break;
      case "End":
        event.preventDefault();
        focusAt(-1);
        break;
      case "Escape":
        event.preventDefault();
        menu.setOpen(false, "trigger");
        break;
      case "Tab":
        menu.setOpen(false);
        break;
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const key = event.key.toLowerCase();
          const ordered = [...items.slice(index + 1), ...items.slice(0, index + 1)];
          ordered.find((item) => item.textContent?.trim().toLowerCase().startsWith(key))?.focus();
        }
    }
  };

  return (
    <div
      ref={menu.contentRef}
      id={menu.contentId}
      role="menu"
      aria-labelledby={menu.triggerId}
      aria-orientation="vertical"
      tabIndex={-1}
      data-slot="dropdown-menu-content"
      data-state="open"
      onKeyDown={onMenuKeyDown}
      className={cn(menuPanelClass, align === "end" ? "right-0" : "left-0", className)}
      {...props}
    />
  );
}

const itemClass =
  "relative flex cursor-default select-none items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-hidden hover:bg-accent hover:text-accent-foreground focus:bg-accent focus:text-accent-foreground aria-disabled:pointer-events-none aria-disabled:opacity-50 [&_svg]:pointer-events-none [&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-muted-foreground";

/**
 * With `asChild` an item can be a router Link or a submit <button> inside a <form>. `onSelect`
 * runs on activation; call `event.preventDefault()` on its event to keep the menu open.
 */
export function DropdownMenuItem({
  className,
  variant = "default",
  asChild = false,
  disabled = false,
  onSelect,
  onClick,
  ...props
}: Omit<React.ComponentProps<"div">, "onSelect"> & {
  variant?: "default" | "destructive";
  asChild?: boolean;
  disabled?: boolean;
  onSelect?: (event: Event) => void;
}) {
  const menu = useMenu("DropdownMenuItem");
  const Comp = asChild ? Slot.Root : "div";
  return (
    <Comp
      role="menuitem"
      tabIndex={-1}
      aria-disabled={disabled || undefined}
      data-slot="dropdown-menu-item"
      data-variant={variant}
      className={cn(
        itemClass,
        "w-full text-left data-[variant=destructive]:text-destructive",
        className,
      )}
      onClick={(event: React.MouseEvent<HTMLDivElement>) => {
        onClick?.(event);
        if (disabled || event.defaultPrevented) return;
        // Its own event, as Radix's: preventing it keeps the menu open without cancelling the
        // click itself (which would cancel a submit button's form submission).
        const select = new Event("menu.select", { cancelable: true });
        onSelect?.(select);
        if (!select.defaultPrevented) menu.setOpen(false, "trigger");
      }}
      onKeyDown={(event: React.KeyboardEvent<HTMLDivElement>) => {
        // Links and buttons activate on Enter by themselves (buttons on Space too); a plain
        // item, or Space on a link, needs the nudge.
        const isButton = event.currentTarget.tagName === "BUTTON";
        const isLink = event.currentTarget.tagName === "A";
        if ((event.key === "Enter" && !isButton && !isLink) || (event.key === " " && !isButton)) {
          event.preventDefault();
          event.currentTarget.click();
        }
      }}
      // Hovering moves focus, so the keyboard and the pointer never highlight two items.
      onPointerMove={(event: React.PointerEvent<HTMLDivElement>) => {
        if (!disabled && document.activeElement !== event.currentTarget) {
          event.currentTarget.focus({ preventScroll: true });
        }
      }}
      {...props}
    />
  );
}

export function DropdownMenuLabel({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="dropdown-menu-label"
      className={cn("px-2 py-1.5 text-xs font-medium text-muted-foreground", className)}
      {...props}
    />
  );
}

export function DropdownMenuSeparator({ className, ...props }: React.ComponentProps<"hr">) {
  return <hr className={cn("-mx-1 my-1 h-px border-0 bg-border", className)} {...props} />;
}
