"use client";

import {
  Button,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  Spinner,
} from "@debrief/ui";
import type { inferRouterOutputs } from "@trpc/server";
import { BellIcon, MailIcon, MessageSquareTextIcon, SettingsIcon } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { LocalTime } from "~/components/local-time";
import type { AppRouter } from "~/server/routers/root";
import { lazyMutation, lazyQuery } from "~/trpc/lazy-client";

type NotificationItem = inferRouterOutputs<AppRouter>["notifications"]["list"][number];

// A minute is soon enough for a review that lands while the candidate is elsewhere in the app;
// coming back to the tab checks again if the count is older than half that.
const pollMs = 60_000;
const staleMs = 30_000;

type NotificationData = Record<string, unknown>;

const field = (data: NotificationData, key: string) => {
  const value = data[key];
  return typeof value === "string" ? value : null;
};

function dueText(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ""
    : ` (due ${date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })})`;
}

/** What a notification says and where it leads, in the reader's words. */
export function describeNotification(
  kind: string,
  data: NotificationData,
): { text: string; href: string | null } {
  const answerId = field(data, "answerId");
  const title = field(data, "questionTitle");
  const set = field(data, "setTitle") ?? "a question set";
  switch (kind) {
    case "review_landed":
      return {
        text: `${field(data, "reviewerName") ?? "Your coach"} reviewed ${title ? `“${title}”` : "an answer"}`,
        href: answerId ? `/practice/answers/${answerId}` : null,
      };
    case "set_assigned":
      return {
        text:
          data.isNew === false
            ? `New due date for “${set}”${dueText(field(data, "dueAt"))}`
            : `${field(data, "coachName") ?? "Your coach"} assigned “${set}”${dueText(field(data, "dueAt"))}`,
        href: "/practice",
      };
    case "due_soon":
      return { text: `“${set}” is due tomorrow`, href: "/practice" };
    case "overdue":
      return { text: `“${set}” is overdue`, href: "/practice" };
    case "answer_submitted":
      return {
        text: `${field(data, "candidateName") ?? "A candidate"} answered ${title ? `“${title}”` : "a question"}`,
        href: answerId ? `/coach/review/${answerId}` : "/coach/queue",
      };
    case "comment_reply":
      return {
        text: `${field(data, "authorName") ?? "Someone"} replied on ${title ? `“${title}”` : "a review"}`,
        href: answerId
          ? field(data, "forRole") === "coach"
            ? `/coach/review/${answerId}#threads`
            : `/practice/answers/${answerId}#coach-heading`
          : null,
      };
    default:
      return { text: title ?? "Something new for you", href: null };
  }
}

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
  const [list, setList] = useState<NotificationItem[] | null>(null);
  const [listError, setListError] = useState(false);
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

  const refreshList = useCallback(async () => {
    try {
      setList(
        await lazyQuery(["notifications.list"], (client) => client.notifications.list.query()),
      );
      setListError(false);
    } catch {
      setListError(true);
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
    if (next) {
      void refreshList();
      void refreshCount();
    }
  };

  const markRead = async (ids?: string[]) => {
    try {
      await lazyMutation((client) => client.notifications.markRead.mutate(ids ? { ids } : {}));
    } finally {
      await Promise.all([refreshCount(), refreshList()]);
    }
  };

  // Opened from the keyboard before the list arrived, focus rests on the menu itself; once the
  // items are in, it moves to the first, as it would have had they been there at once.
  useEffect(() => {
    const active = document.activeElement;
    if (list !== null && active?.getAttribute("role") === "menu") {
      active.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    }
  }, [list]);

  const label = `Notifications, ${count === 0 ? "none" : count} unread`;
  const items = list ?? [];

  return (
    <DropdownMenu open={isOpen} onOpenChange={onOpenChange}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={label} className="relative">
          <BellIcon aria-hidden />
          {count > 0 ? (
            <span
              aria-hidden
              data-testid="notification-count"
              className="absolute top-1 right-1 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] font-semibold leading-none text-white"
            >
              {count > 9 ? "9+" : count}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-80 max-w-[calc(100vw-2rem)]">
        <DropdownMenuLabel>Notifications</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {list === null && !listError ? (
          <div className="flex items-center gap-2 px-2 py-3 text-sm text-muted-foreground">
            <Spinner /> Loading…
          </div>
        ) : list === null ? (
          <p className="px-2 py-3 text-sm text-muted-foreground">
            Couldn't load your notifications. Close and open this menu to try again.
          </p>
        ) : items.length === 0 ? (
          <p className="px-2 py-3 text-sm text-muted-foreground">
            Nothing yet. New assignments, reviews, answers to review and replies show up here.
          </p>
        ) : (
          items.slice(0, 8).map((n) => {
            const { text, href } = describeNotification(n.kind, n.data ?? {});
            const isUnread = n.readAt === null;
            const body = (
              <span className="flex min-w-0 flex-col gap-0.5">
                <span className={isUnread ? "font-medium" : undefined}>
                  {text}
                  {isUnread ? <span className="sr-only"> (unread)</span> : null}
                </span>
                <span className="text-xs text-muted-foreground">
                  <LocalTime value={n.createdAt} />
                </span>
              </span>
            );
            return (
              <DropdownMenuItem
                key={n.id}
                asChild={href !== null}
                onSelect={() => {
                  if (isUnread) void markRead([n.id]);
                }}
              >
                {href ? (
                  <Link href={href} className="items-start">
                    <MessageSquareTextIcon aria-hidden className="mt-0.5" />
                    {isUnread ? (
                      <span
                        aria-hidden
                        className="mt-1.5 size-2 shrink-0 rounded-full bg-primary"
                      />
                    ) : null}
                    {body}
                  </Link>
                ) : (
                  body
                )}
              </DropdownMenuItem>
            );
          })
        )}
        {count > 0 && list !== null ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => void markRead()}>Mark all as read</DropdownMenuItem>
          </>
        ) : null}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings/notifications">
            <SettingsIcon aria-hidden />
            Notification settings
          </Link>
        </DropdownMenuItem>
        {hasLocalMail ? (
          <DropdownMenuItem asChild>
            <Link href="/dev/mail">
              <MailIcon aria-hidden />
              Your mail (local folder)
            </Link>
          </DropdownMenuItem>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
