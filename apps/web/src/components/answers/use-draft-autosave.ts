"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { isTrpcClientError } from "~/trpc/errors";
import { lazyMutation, preloadLazyClient } from "~/trpc/lazy-client";
import { markLocalDraftSynced, writeLocalDraft } from "./draft-storage";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "rejected"; message: string };

const debounceMs = 1000;
// When the server is unreachable but the browser thinks it is online (no `online` event will
// come), try again on this beat.
const retryMs = 15_000;

/** A failure of the network, not an answer from the server. */
function isNetworkFailure(error: unknown): boolean {
  if (typeof navigator !== "undefined" && !navigator.onLine) return true;
  if (isTrpcClientError(error)) return !error.data;
  // A fetch that failed, or the tRPC client's own chunk that could not be loaded.
  return error instanceof TypeError;
}

interface Options {
  questionId: string;
  assignmentId: string | null;
  /** The latest submitted attempt when the editor opened (0: none): the draft's version. */
  basedOnAttempt: number;
  storageKey: string;
  initialStatus: SaveStatus;
}

/**
 * Keeps a draft in two places: localStorage on every change (synchronously, so a crash or a
 * reload a millisecond later loses nothing) and the server, debounced. A failed server save is
 * retried when the browser comes back online, on the next change, and on a slow beat; leaving
 * the page (tab hidden, closed or navigated away) sends a pending save with keepalive.
 */
export function useDraftAutosave({
  questionId,
  assignmentId,
  basedOnAttempt,
  storageKey,
  initialStatus,
}: Options) {
  // TanStack mutations in "always" network mode (lazy-runtime.ts): offline they fail at once (no
  // paused mutation leaving "Saving…" up forever), and the client loads with the first change
  // instead of the page.
  const saveDraft = useCallback(
    (input: { questionId: string; body: string; basedOnAttempt: number; assignmentId?: string }) =>
      lazyMutation((client) => client.drafts.save.mutate(input)),
    [],
  );
  const [status, setStatus] = useState<SaveStatus>(initialStatus);
  // The body the server has not confirmed yet; null when it is up to date.
  const unsaved = useRef<string | null>(null);
  const isSaving = useRef(false);
  const isStopped = useRef(false);
  // Paused while a submit is out: no save may start after the text being submitted was fixed.
  const isPaused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const clearTimer = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const push = useCallback(async (): Promise<void> => {
    clearTimer();
    const body = unsaved.current;
    if (body === null || isSaving.current || isStopped.current || isPaused.current) return;
    isSaving.current = true;
    setStatus({ kind: "saving" });
    try {
      const { updatedAt } = await saveDraft({
        questionId,
        body,
        basedOnAttempt,
        ...(assignmentId ? { assignmentId } : {}),
      });
      markLocalDraftSynced(storageKey, body);
      if (unsaved.current === body) unsaved.current = null;
      setStatus({ kind: "saved", at: new Date(updatedAt) });
    } catch (error) {
      if (isNetworkFailure(error)) {
        setStatus({ kind: "offline" });
        timer.current = setTimeout(() => void push(), retryMs);
      } else {
        const message = error instanceof Error ? error.message : "The server refused this draft.";
        setStatus({ kind: "rejected", message });
      }
      return;
    } finally {
      isSaving.current = false;
    }
    // Typing went on while the request was out: save the newer text too.
    if (unsaved.current !== null) {
      timer.current = setTimeout(() => void push(), debounceMs);
    }
  }, [assignmentId, basedOnAttempt, clearTimer, questionId, saveDraft, storageKey]);

  /** Records a change: stored on this device now, sent to the server after a pause. */
  const change = useCallback(
    (body: string) => {
      if (isStopped.current) return;
      writeLocalDraft(storageKey, { body, updatedAt: Date.now(), isSynced: false });
      // Fetch the client now, so it is here by the time the debounce fires.
      preloadLazyClient();
      unsaved.current = body;
      setStatus((current) =>
        current.kind === "offline" && !navigator.onLine ? current : { kind: "saving" },
      );
      clearTimer();
      timer.current = setTimeout(() => void push(), debounceMs);
    },
    [clearTimer, push, storageKey],
  );

  /** A body restored from this device that the server may not have yet. */
  const resync = useCallback(
    (body: string) => {
      unsaved.current = body;
      void push();
    },
    [push],
  );

  /** Before a submit leaves: no new save starts (the text on screen is what is being submitted). */
  const pause = useCallback(() => {
    isPaused.current = true;
    clearTimer();
  }, [clearTimer]);

  /** The submit failed: saving goes on, starting with whatever is still unsaved. */
  const resume = useCallback(() => {
    isPaused.current = false;
    if (unsaved.current !== null && !isStopped.current) void push();
  }, [push]);

  /** After a successful submit: no more saves, the draft became an attempt. */
  const stop = useCallback(() => {
    isStopped.current = true;
    unsaved.current = null;
    clearTimer();
  }, [clearTimer]);

  useEffect(() => {
    const onOnline = () => void push();
    // fetch with keepalive outlives the page, which an ordinary request on pagehide does not.
    const flush = () => {
      const body = unsaved.current;
      // Offline, nothing would get through: the local copy already has the text, and the
      // `online` handler (or the next visit's restore) sends it.
      if (body === null || isStopped.current || isPaused.current || !navigator.onLine) return;
      clearTimer();
      const input = { questionId, body, basedOnAttempt, ...(assignmentId ? { assignmentId } : {}) };
      const payload = JSON.stringify({ json: input });
      // keepalive bodies are capped at 64 kB; a longer draft is still safe in localStorage.
      if (payload.length > 60_000) return;
      fetch("/api/trpc/drafts.save", {
        method: "POST",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: payload,
      })
        .then((response) => {
          if (!response.ok) return;
          markLocalDraftSynced(storageKey, body);
          if (unsaved.current === body) {
            unsaved.current = null;
            setStatus({ kind: "saved", at: new Date() });
          }
        })
        .catch(() => {
          // Offline: the local copy stays unsynced and the `online` handler retries.
        });
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [assignmentId, basedOnAttempt, clearTimer, push, questionId, storageKey]);

  useEffect(() => clearTimer, [clearTimer]);

  return { status, change, resync, pause, resume, stop };
}
