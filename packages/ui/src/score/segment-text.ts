export interface TextRange {
  start: number;
  end: number;
}

export interface TextSegment<T extends TextRange> {
  start: number;
  end: number;
  text: string;
  /** Every input range covering this whole segment, in input order. Empty for plain text. */
  ranges: T[];
}

/**
 * A range is usable when both ends are integers inside the text and it is non-empty. Anything
 * else (stale offsets from an edited answer, NaN, reversed) is dropped rather than clamped,
 * because clamping would highlight text the note was never about.
 */
export function isUsableRange(range: TextRange, textLength: number): boolean {
  const { start, end } = range;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end <= textLength &&
    start < end
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves an offset that falls inside a surrogate pair past it, so no segment holds half an emoji. */
function snapOffset(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1))) {
    const next = text.charCodeAt(offset);
    if (next >= 0xdc00 && next <= 0xdfff) return offset + 1;
  }
  return offset;
}

/**
 * Splits `text` at every range boundary. Overlapping or nested ranges produce segments that
 * carry all the ranges covering them, so a highlight never has to be drawn inside another.
 * Concatenating the segments' text always gives back `text` exactly.
 */
export function segmentText<T extends TextRange>(
  text: string,
  ranges: readonly T[],
): TextSegment<T>[] {
  if (text.length === 0) return [];
  const usable: Array<{ range: T; start: number; end: number }> = [];
  for (const range of ranges) {
    if (!isUsableRange(range, text.length)) continue;
    const start = snapOffset(text, range.start);
    const end = snapOffset(text, range.end);
    if (start < end) usable.push({ range, start, end });
  }

  const cuts = new Set<number>([0, text.length]);
  for (const u of usable) {
    cuts.add(u.start);
    cuts.add(u.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment<T>[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? text.length;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      ranges: usable.filter((u) => u.start <= start && u.end >= end).map((u) => u.range),
    });
  }
  return segments;
}
