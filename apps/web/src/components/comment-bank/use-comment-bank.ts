"use client";

import { useCallback, useRef, useState } from "react";
import { lazyQuery } from "~/trpc/lazy-client";
import type { CommentBankEntry } from "./types";

/**
 * The organisation's bank, loaded once when a comment box first takes focus (the grading page
 * costs nothing until then) and matched locally as the coach types, so suggestions keep up with
 * typing. The bank is small by design (`maxCommentBankEntries`).
 */
export function useCommentBank() {
  const [entries, setEntries] = useState<CommentBankEntry[]>([]);
  const requested = useRef(false);
  const load = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    lazyQuery(["commentBank.list"], (client) => client.commentBank.list.query({})).then(
      setEntries,
      () => {
        // Suggestions are a convenience: without them the coach still types the comment.
        requested.current = false;
      },
    );
  }, []);
  const add = useCallback((entry: CommentBankEntry) => {
    setEntries((list) => [entry, ...list.filter((e) => e.id !== entry.id)]);
  }, []);
  return { entries, load, add };
}
