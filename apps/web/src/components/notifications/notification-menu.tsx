"use client";

import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
} from "@debrief/ui";
import type { inferRouterOutputs } from "@trpc/server";
import { MailIcon, MessageSquareTextIcon, SettingsIcon } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { LocalTime } from "~/components/local-time";
import type { AppRouter } from "~/server/routers/root";
import { lazyMutation, lazyQuery } from "~/trpc/lazy-client";
import { NotificationListLoading } from "./notification-list-loading";

export type NotificationItem = inferRouterOutputs<AppRouter>["notifications"]["list"][number];

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
      if (field(data, "event") === "settled") {
        return {
          text: `Your grade for ${title ? `“${title}”` : "an answer"} changed after a second coach's look`,
          href: answerId ? `/practice/answers/${answerId}` : null,
        };
      }
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
    case "regrade": {
      const about = title ? `“${title}”` : "a review";
      if (field(data, "forRole") === "coach") {
        return {
          text: `${field(data, "candidateName") ?? "A candidate"} asked for a regrade of ${about}`,
          href: answerId ? `/coach/review/${answerId}#regrade` : "/coach/queue?view=regrades",
        };
      }
      return {
        text: `${field(data, "coachName") ?? "Your coach"} ${field(data, "event") === "accepted" ? "accepted" : "declined"} your regrade request on ${about}`,
        href: answerId ? `/practice/answers/${answerId}#regrade` : null,
      };
    }
    default:
      return { text: title ?? "Something new for you", href: null };
  }
}

/**
 * The open bell, loaded on first open: its heading and the latest notifications, read afresh
 * each time it opens (the bell keeps the last list to show meanwhile), marking read, and the
 * settings links.
 */
export function NotificationMenu({
  list,
  onList,
  count,
  hasLocalMail,
  refreshCount,
}: {
  list: NotificationItem[] | null;
  onList: (list: NotificationItem[]) => void;
  count: number;
  hasLocalMail: boolean;
  refreshCount: () => Promise<void>;
}) {
  const [listError, setListError] = useState(false);
  const refreshList = useCallback(async () => {
    try {
      onList(
        await lazyQuery(["notifications.list"], (client) => client.notifications.list.query()),
      );
      setListError(false);
    } catch {
      setListError(true);
    }
  }, [onList]);
  useEffect(() => {
    void refreshList();
  }, [refreshList]);

  const markRead = async (ids?: string[]) => {
    try {
      await lazyMutation((client) => client.notifications.markRead.mutate(ids ? { ids } : {}));
    } finally {
      await Promise.all([refreshCount(), refreshList()]);
    }
  };

  return (
    <DropdownMenuContent align="end" className="w-80 max-w-[calc(100vw-2rem)]">
      <DropdownMenuLabel>Notifications</DropdownMenuLabel>
      <DropdownMenuSeparator />
      <NotificationMenuItems
        list={list}
        listError={listError}
        count={count}
        hasLocalMail={hasLocalMail}
        markRead={markRead}
      />
    </DropdownMenuContent>
  );
}

interface NotificationMenuItemsProps {
  list: NotificationItem[] | null;
  listError: boolean;
  count: number;
  hasLocalMail: boolean;
  markRead: (ids?: string[]) => Promise<void>;
}

/**
 * The open bell's items: the latest notifications, mark-all-read and the settings links. Loaded
 * when the menu first opens, so the frame every page loads carries only the bell's button.
 */
function NotificationMenuItems({
  list,
  listError,
  count,
  hasLocalMail,
  markRead,
}: NotificationMenuItemsProps) {
  // Opened from the keyboard before the list arrived, focus rests on the menu itself; once the
  // items are in, it moves to the first, as it would have had they been there at once.
  useEffect(() => {
    const active = document.activeElement;
    if (list !== null && active?.getAttribute("role") === "menu") {
      active.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    }
  }, [list]);

  const items = list ?? [];

  return (
    <>
      {list === null && !listError ? (
        <NotificationListLoading />
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
                    <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-primary" />
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
    </>
  );
}
