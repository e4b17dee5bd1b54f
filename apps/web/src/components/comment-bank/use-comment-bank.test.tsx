// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CommentBankEntry } from "./types";

const pending: Array<(entries: CommentBankEntry[]) => void> = [];
vi.mock("~/trpc/lazy-client", () => ({
  lazyQuery: () => new Promise<CommentBankEntry[]>((resolve) => pending.push(resolve)),
}));
const { useCommentBank } = await import("./use-comment-bank");
await import("~/testing/render");

const entry = (id: string, text: string): CommentBankEntry => ({
  id,
  text,
  dimension: null,
  score: null,
  organisation: { id: "org", name: "Org" },
  authorName: null,
  usageCount: 0,
  updatedAt: new Date(0),
});

describe("useCommentBank", () => {
  beforeEach(() => {
    pending.length = 0;
  });

  it("keeps an entry saved while the list was loading, when the list was read before the save", async () => {
    const { result } = renderHook(() => useCommentBank());
    act(() => result.current.load());
    const saved = entry("new", "Name the number you moved.");
    act(() => result.current.add(saved));
    // The list answers without the new entry: it was read before the save committed.
    await act(async () => pending[0]?.([entry("old", "Say what you measured.")]));
    expect(result.current.entries.map((e) => e.id)).toEqual(["new", "old"]);
  });

  it("takes the server's copy when the list already has the saved entry", async () => {
    const { result } = renderHook(() => useCommentBank());
    act(() => result.current.load());
    act(() => result.current.add(entry("new", "Name the number.")));
    await act(async () => pending[0]?.([entry("new", "Name the number."), entry("old", "Old.")]));
    expect(result.current.entries.map((e) => e.id)).toEqual(["new", "old"]);
  });

  it("loads once", () => {
    const { result } = renderHook(() => useCommentBank());
    act(() => result.current.load());
    act(() => result.current.load());
    expect(pending).toHaveLength(1);
  });
});
