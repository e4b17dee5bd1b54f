"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

const styles = {
  date: { day: "numeric", month: "short", year: "numeric" },
  dateTime: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  time: { hour: "2-digit", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date in the reader's own time zone. The server does not know it, so the server render shows
 * UTC and the browser swaps in local time after hydration (no mismatch warning, no flash of a
 * wrong day for most readers).
 */
export function LocalTime({
  value,
  format = "dateTime",
}: {
  value: Date | string;
  format?: keyof typeof styles;
}) {
  const date = typeof value === "string" ? new Date(value) : value;
  const isClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const text = date.toLocaleString("en-GB", {
    ...styles[format],
    ...(isClient ? {} : { timeZone: "UTC" }),
  });
  return (
    <time dateTime={date.toISOString()}>
      {text}
      {isClient || format === "date" ? "" : " UTC"}
    </time>
  );
}
