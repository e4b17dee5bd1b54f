"use client";

import {
  Button,
  DropdownMenu,
  DropdownMenuLoading,
  DropdownMenuTrigger,
  DropdownMenuWhenOpen,
} from "@debrief/ui";
import { BellIcon } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { onDemand } from "~/lib/on-demand";
import { lazyQuery } from "~/trpc/lazy-client";
import type { NotificationItem } from "./notification-menu";

// The menu and its links load when it first opens (or the pointer or focus reaches the bell);
// the frame carries only the button.
const NotificationMenu = onDemand(
  () => import("./notification-menu").then((m) => m.NotificationMenu),
  <DropdownMenuLoading className="w-80" />,
);

// A minute is soon enough for a review that lands while the candidate is elsewhere in the app;
// coming back to the tab checks again if the count is older than half that.
const pollMs = 60_000;
const staleMs = 30_000;

/**
 * The bell, for every role: unread count in its name and a badge; opening lists the latest. The
 * first count comes from the server render, so the bell needs no JavaScript of its own to show
 * it; the tRPC client loads on the first poll or when the menu opens.
 */
export function NotificationBell({
  initialCount,
  hasLocalMail = false,
}: {
  initialCount: number;
  hasLocalMail?: boolean;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const [count, setCount] = useState(initialCount);
  // The last list read, shown at once when the menu opens again while a fresh one loads.
  const [list, setList] = useState<NotificationItem[] | null>(null);
  const checkedAt = useRef(Date.now());
  // A fresh server render (router.refresh) brings a fresher count.
  useEffect(() => setCount(initialCount), [initialCount]);

  const refreshCount = useCallback(async () => {
    checkedAt.current = Date.now();
    try {
      const unread = await lazyQuery(["notifications.unreadCount"], (client) =>
        client.notifications.unreadCount.query(),
      );
      setCount(unread.count);
    } catch {
      // Offline or a blip: keep the count we have; the next poll tries again.
    }
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void refreshCount(), pollMs);
    const onVisible = () => {
      if (document.visibilityState === "visible" && Date.now() - checkedAt.current > staleMs) {
        void refreshCount();
      }
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refreshCount]);

  const onOpenChange = (next: boolean) => {
    setIsOpen(next);
    // The menu reads the list itself when it opens.
    if (next) void refreshCount();
  };

  const label = `Notifications, ${count === 0 ? "none" : count} unread`;

  return (
    <DropdownMenu open={isOpen} onOpenChange={onOpenChange} preload={NotificationMenu.preload}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={label} className="relative">
          <BellIcon aria-hidden />
          {count > 0 ? (
            <span
              aria-hidden
              data-testid="notification-count"
              className="absolute top-1 right-1 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] font-semibold leading-none text-white"
            >
              {/* The label's number, so what is seen is part of the accessible name (axe's
                  label-content-name-mismatch): "9+" beside "15 unread" was not. */}
              {count > 99 ? "99+" : count}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuWhenOpen>
        <NotificationMenu
          list={list}
          onList={setList}
          count={count}
          hasLocalMail={hasLocalMail}
          refreshCount={refreshCount}
        />
      </DropdownMenuWhenOpen>
    </DropdownMenu>
  );
}
