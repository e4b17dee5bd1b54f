"use client";

import { Slot } from "radix-ui";
import * as React from "react";
import { cn } from "../lib/cn.ts";
import { Spinner } from "./spinner.tsx";

// A menu button after the WAI-ARIA APG pattern. The top bar's three small menus need no
// floating positioning, focus trap or scroll lock, so this one is non-modal: the menu hangs below its
// trigger in normal flow, Tab leaves it (and closes it), Escape closes it and returns focus.
// Keys: Enter, Space or ArrowDown on the trigger open on the first item, ArrowUp on the last;
// in the menu ArrowUp/ArrowDown cycle, Home/End jump, a printable key finds the next item
// starting with it. The root and trigger live here; the open menu (dropdown-menu-content.tsx)
// is a module of its own, so a menu whose content loads on demand ships only its button.

export interface MenuContext {
  isOpen: boolean;
  setOpen: (isOpen: boolean, focus?: "first" | "last" | "trigger") => void;
  /** Which item to focus once the menu has rendered; null leaves focus on the menu itself. */
  focusOnOpen: React.RefObject<"first" | "last" | null>;
  triggerRef: React.RefObject<HTMLElement | null>;
  contentRef: React.RefObject<HTMLDivElement | null>;
  /** The element around trigger and menu: a press or focus outside it closes the menu. */
  wrapperRef: React.RefObject<HTMLDivElement | null>;
  triggerId: string;
  contentId: string;
  /** Starts loading the menu's content ahead of opening (pointer or focus on the trigger). */
  preload: (() => void) | undefined;
}

const Context = React.createContext<MenuContext | null>(null);

/** The open menu's box, shared by the menu and its loading stand-in. */
export const menuPanelClass =
  "absolute top-full z-50 mt-1.5 max-h-[calc(100dvh-5rem)] max-w-[calc(100vw-1rem)] min-w-40 overflow-y-auto overflow-x-hidden rounded-md border bg-popover p-1 text-popover-foreground shadow-md outline-hidden animate-fade-in";

export function useMenu(part: string): MenuContext {
  const context = React.useContext(Context);
  if (!context) throw new Error(`<${part}> must be inside <DropdownMenu>`);
  return context;
}

export function DropdownMenu({
  open,
  defaultOpen = false,
  onOpenChange,
  preload,
  className,
  children,
}: {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  /**
   * For content that loads on demand (inside <DropdownMenuWhenOpen>): called when the pointer
   * or focus reaches the trigger, so the code is usually there by the time it is pressed.
   */
  preload?: () => void;
  /** Classes for the wrapper that anchors the menu (it is `relative inline-flex`). */
  className?: string;
  children: React.ReactNode;
}) {
  const [uncontrolled, setUncontrolled] = React.useState(defaultOpen);
  const isOpen = open ?? uncontrolled;
  const triggerRef = React.useRef<HTMLElement | null>(null);
  const contentRef = React.useRef<HTMLDivElement | null>(null);
  const wrapperRef = React.useRef<HTMLDivElement | null>(null);
  const focusOnOpen = React.useRef<"first" | "last" | null>(null);
  const id = React.useId();

  const setOpen = React.useCallback(
    (next: boolean, focus?: "first" | "last" | "trigger") => {
      if (next) focusOnOpen.current = focus === "first" || focus === "last" ? focus : null;
      if (open === undefined) setUncontrolled(next);
      onOpenChange?.(next);
      if (!next && focus === "trigger") triggerRef.current?.focus();
    },
    [open, onOpenChange],
  );

  const context: MenuContext = {
    isOpen,
    setOpen,
    focusOnOpen,
    triggerRef,
    contentRef,
    wrapperRef,
    triggerId: `${id}-trigger`,
    contentId: `${id}-menu`,
    preload,
  };
  return (
    <Context.Provider value={context}>
      <div
        ref={wrapperRef}
        data-slot="dropdown-menu"
        className={cn("relative inline-flex", className)}
      >
        {children}
      </div>
    </Context.Provider>
  );
}

export function DropdownMenuTrigger({
  asChild = false,
  onClick,
  onKeyDown,
  onPointerEnter,
  onFocus,
  ...props
}: React.ComponentProps<"button"> & { asChild?: boolean }) {
  const menu = useMenu("DropdownMenuTrigger");
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      ref={menu.triggerRef as React.Ref<HTMLButtonElement>}
      id={menu.triggerId}
      type={asChild ? undefined : "button"}
      aria-haspopup="menu"
      aria-expanded={menu.isOpen}
      aria-controls={menu.isOpen ? menu.contentId : undefined}
      data-state={menu.isOpen ? "open" : "closed"}
      onPointerEnter={(event: React.PointerEvent<HTMLButtonElement>) => {
        onPointerEnter?.(event);
        menu.preload?.();
      }}
      onFocus={(event: React.FocusEvent<HTMLButtonElement>) => {
        onFocus?.(event);
        menu.preload?.();
      }}
      onClick={(event: React.MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) menu.setOpen(!menu.isOpen);
      }}
      onKeyDown={(event: React.KeyboardEvent<HTMLButtonElement>) => {
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        if (event.key === "Enter" || event.key === " " || event.key === "ArrowDown") {
          // Handled here, so the click the key would synthesise does not toggle it shut again.
          event.preventDefault();
          menu.setOpen(true, "first");
        } else if (event.key === "ArrowUp") {
          event.preventDefault();
          menu.setOpen(true, "last");
        }
      }}
      {...props}
    />
  );
}

/**
 * Renders its children only while the menu is open. Wrap content that loads on demand
 * (next/dynamic, React.lazy) in it, so its code is requested on first open rather than with
 * the page; pair it with the root's `preload`.
 */
export function DropdownMenuWhenOpen({ children }: { children: React.ReactNode }) {
  return useMenu("DropdownMenuWhenOpen").isOpen ? children : null;
}

/**
 * Stands in for a menu whose code is still on its way (next/dynamic's `loading`), in the same
 * place and size, so a press is answered at once even on a slow connection.
 */
export function DropdownMenuLoading({
  align = "end",
  className,
}: {
  align?: "start" | "end";
  className?: string;
}) {
  return (
    <div
      className={cn(
        menuPanelClass,
        "flex items-center gap-2 px-2 py-3 text-sm text-muted-foreground",
        align === "end" ? "right-0" : "left-0",
        className,
      )}
    >
      <Spinner label="Loading the menu" />
      <span aria-hidden>Loading…</span>
    </div>
  );
}
