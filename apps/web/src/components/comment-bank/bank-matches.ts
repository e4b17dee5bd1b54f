import { minCommentBankQueryLength } from "@debrief/db/limits";

/**
 * What the coach is typing at the caret: the text since the start of the line or the last
 * sentence end. That fragment is what an inserted bank comment replaces.
 */
export function fragmentAt(text: string, caret: number): { start: number; query: string } {
  const before = text.slice(0, caret);
  const boundary = Math.max(
    before.lastIndexOf("\n"),
    ...[". ", "! ", "? "].map((end) => {
      const at = before.lastIndexOf(end);
      return at < 0 ? -1 : at + 1;
    }),
  );
  const raw = before.slice(boundary + 1);
  const lead = raw.length - raw.trimStart().length;
  return { start: boundary + 1 + lead, query: raw.trim() };
}

/** Bank entries containing every word of the query, most used first; none below the minimum. */
export function matchEntries<T extends { text: string; usageCount: number }>(
  entries: readonly T[],
  query: string,
  limit = 6,
): T[] {
  if (query.length < minCommentBankQueryLength) return [];
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return entries
    .filter((entry) => {
      const text = entry.text.toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    })
    .slice(0, limit);
}

/** The text with the fragment [start, caret) replaced by the entry, and where the caret goes. */
export function insertEntry(
  text: string,
  fragment: { start: number },
  caret: number,
  entryText: string,
): { text: string; caret: number } {
  const after = text.slice(caret);
  const spacer = after.length > 0 && !/^\s/.test(after) ? " " : "";
  const next = `${text.slice(0, fragment.start)}${entryText}${spacer}${after}`;
  return { text: next, caret: fragment.start + entryText.length + spacer.length };
}
