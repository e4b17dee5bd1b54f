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
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BellIcon, MessageSquareTextIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "./practice/local-time";

interface ReviewNotificationData {
  answerId?: string;
  questionTitle?: string;
  reviewerName?: string;
}

function describe(
  kind: string,
  data: ReviewNotificationData,
): { text: string; href: string | null } {
  const href = data.answerId ? `/practice/answers/${data.answerId}` : null;
  if (kind.includes("review")) {
    const who = data.reviewerName ?? "Your coach";
    return {
      text: data.questionTitle
        ? `${who} reviewed “${data.questionTitle}”`
        : `${who} reviewed an answer`,
      href,
    };
  }
  return { text: data.questionTitle ?? "Something new for you", href };
}

/** The candidate's bell: unread count in its name and a badge; opening lists the latest. */
export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const unread = useQuery({
    ...trpc.notifications.unreadCount.queryOptions(),
    // Reviews land while the candidate is elsewhere in the app; a minute is soon enough.
    refetchInterval: 60_000,
  });
  const list = useQuery({ ...trpc.notifications.list.queryOptions(), enabled: isOpen });
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    }),
  );
  const count = unread.data?.count ?? 0;
  const label = `Notifications, ${count === 0 ? "none" : count} unread`;

  return (
    <DropdownMenu open={isOpen} onOpenChange={setIsOpen}>
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
      <DropdownMenuContent align="end" className="w-80">
        <DropdownMenuLabel>Notifications</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {list.isPending ? (
          <div className="flex items-center gap-2 px-2 py-3 text-sm text-muted-foreground">
            <Spinner /> Loading…
          </div>
        ) : (list.data ?? []).length === 0 ? (
          <p className="px-2 py-3 text-sm text-muted-foreground">
            Nothing yet. When your coach reviews an answer, it shows up here.
          </p>
        ) : (
          (list.data ?? []).slice(0, 8).map((n) => {
            const { text, href } = describe(n.kind, (n.data ?? {}) as ReviewNotificationData);
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
                  if (isUnread) markRead.mutate({ ids: [n.id] });
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
        {count > 0 ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => markRead.mutate({})}>
              Mark all as read
            </DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
