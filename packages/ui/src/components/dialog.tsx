"use client";

import { XIcon } from "lucide-react";
import { Slot } from "radix-ui";
import * as React from "react";
import { cn } from "../lib/cn.ts";

// Built on the native <dialog> opened with showModal(): the browser makes the rest of the page
// inert, keeps focus inside, puts it in the top layer and closes it on Escape, so none of that
// is ours to maintain.

interface DialogContext {
  isOpen: boolean;
  setOpen: (isOpen: boolean) => void;
  titleId: string;
  descriptionId: string;
}

const Context = React.createContext<DialogContext | null>(null);

function useDialog(part: string): DialogContext {
  const context = React.useContext(Context);
  if (!context) throw new Error(`<${part}> must be inside <Dialog>`);
  return context;
}

export function Dialog({
  open,
  defaultOpen = false,
  onOpenChange,
  children,
}: {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  children: React.ReactNode;
}) {
  const [uncontrolled, setUncontrolled] = React.useState(defaultOpen);
  const isOpen = open ?? uncontrolled;
  const id = React.useId();
  const setOpen = React.useCallback(
    (next: boolean) => {
      if (open === undefined) setUncontrolled(next);
      onOpenChange?.(next);
    },
    [open, onOpenChange],
  );
  return (
    <Context.Provider
      value={{ isOpen, setOpen, titleId: `${id}-title`, descriptionId: `${id}-description` }}
    >
      {children}
    </Context.Provider>
  );
}

export function DialogTrigger({
  asChild = false,
  onClick,
  ...props
}: React.ComponentProps<"button"> & { asChild?: boolean }) {
  const dialog = useDialog("DialogTrigger");
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      type={asChild ? undefined : "button"}
      aria-haspopup="dialog"
      aria-expanded={dialog.isOpen}
      onClick={(event: React.MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) dialog.setOpen(true);
      }}
      {...props}
    />
  );
}

export function DialogClose({
  asChild = false,
  onClick,
  ...props
}: React.ComponentProps<"button"> & { asChild?: boolean }) {
  const dialog = useDialog("DialogClose");
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      type={asChild ? undefined : "button"}
      onClick={(event: React.MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) dialog.setOpen(false);
      }}
      {...props}
    />
  );
}

/**
 * Always render a <DialogTitle> inside (it names the dialog). Mounted only while open, like
 * Radix's, so content may assume the state that opened it. Focus returns to where it was.
 */
export function DialogContent({
  className,
  children,
  closeLabel = "Close",
  ...props
}: React.ComponentProps<"dialog"> & { closeLabel?: string }) {
  const dialog = useDialog("DialogContent");
  const ref = React.useRef<HTMLDialogElement>(null);

  // A layout effect, so the cleanup closes the dialog before React removes it from the page.
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!dialog.isOpen || !element) return;
    const returnTo = document.activeElement as HTMLElement | null;
    // Point aria-describedby only at a description that exists.
    if (!document.getElementById(dialog.descriptionId)) {
      element.removeAttribute("aria-describedby");
    }
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [dialog.isOpen, dialog.descriptionId]);

  if (!dialog.isOpen) return null;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a backdrop press; Escape (onCancel) and the close button are the keyboard ways out.
    <dialog
      ref={ref}
      data-slot="dialog-content"
      data-state="open"
      aria-labelledby={dialog.titleId}
      aria-describedby={dialog.descriptionId}
      // Escape: the browser would close the element behind React's back; let the state do it.
      onCancel={(event) => {
        event.preventDefault();
        dialog.setOpen(false);
      }}
      // A press on the backdrop lands on the <dialog> itself, not on its content.
      onClick={(event) => {
        if (event.target === event.currentTarget) dialog.setOpen(false);
      }}
      className={cn(
        "fixed top-1/2 left-1/2 z-50 m-0 grid max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-xl border bg-popover p-6 text-popover-foreground shadow-lg animate-scale-in backdrop:bg-black/50 backdrop:animate-fade-in",
        className,
      )}
      {...props}
    >
      {children}
      <button
        type="button"
        onClick={() => dialog.setOpen(false)}
        className="absolute top-4 right-4 rounded-sm p-0.5 text-muted-foreground transition-colors hover:text-foreground [&_svg]:size-4"
        aria-label={closeLabel}
      >
        <XIcon aria-hidden />
      </button>
    </dialog>
  );
}

export function DialogHeader({ className, ...props }: React.ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1.5 pr-6", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)}
      {...props}
    />
  );
}

export function DialogTitle({ className, ...props }: React.ComponentProps<"h2">) {
  const dialog = useDialog("DialogTitle");
  return (
    <h2
      id={dialog.titleId}
      className={cn("text-lg font-semibold leading-tight", className)}
      {...props}
    />
  );
}

export function DialogDescription({ className, ...props }: React.ComponentProps<"p">) {
  const dialog = useDialog("DialogDescription");
  return (
    <p
      id={dialog.descriptionId}
      className={cn("text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}
