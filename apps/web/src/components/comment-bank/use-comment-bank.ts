"use client";

import { useCallback, useRef, useState } from "react";
import { lazyQuery } from "~/trpc/lazy-client";
import type { CommentBankEntry } from "./types";

/**
 * The organisation's bank, loaded once when a comment box first takes focus (the grading page
 * costs nothing until then) and matched locally as the coach types, so suggestions keep up with
 * typing. The bank is small by design (`maxCommentBankEntries`).
 *
 * An entry the coach saves while the list is still loading stays: the list may have been read
 * before the save committed, and replacing the entries with it would drop the new one (and with
 * it the "From the bank" mark on the comment just saved).
 */
export function useCommentBank() {
  const [entries, setEntries] = useState<CommentBankEntry[]>([]);
  const requested = useRef(false);
  const addedHere = useRef(new Set<string>());
  const load = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    lazyQuery(["commentBank.list"], (client) => client.commentBank.list.query({})).then(
      (loaded) => {
        const loadedIds = new Set(loaded.map((e) => e.id));
        setEntries((current) => [
          ...current.filter((e) => addedHere.current.has(e.id) && !loadedIds.has(e.id)),
          ...loaded,
        ]);
      },
      () => {
        // Suggestions are a convenience: without them the coach still types the comment.
        requested.current = false;
      },
    );
  }, []);
  const add = useCallback((entry: CommentBankEntry) => {
    addedHere.current.add(entry.id);
    setEntries((list) => [entry, ...list.filter((e) => e.id !== entry.id)]);
  }, []);
  return { entries, load, add };
}
