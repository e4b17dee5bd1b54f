// Maps a DOM selection inside the rendered answer back to [start, end) offsets of the answer body.
// The highlighter adds glyphs and screen-reader words ("✓", "(supports Depth)") between the
// answer's own text nodes; those sit inside aria-hidden or .sr-only elements and are skipped,
// so the counted text nodes concatenate to exactly the body.

function isDecoration(node: Node, root: Node): boolean {
  let current: Node | null = node.parentNode;
  while (current && current !== root) {
    if (
      current instanceof Element &&
      (current.getAttribute("aria-hidden") === "true" || current.classList.contains("sr-only"))
    ) {
      return true;
    }
    current = current.parentNode;
  }
  return false;
}

function countedTextNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && !isDecoration(node, root)) nodes.push(node);
  }
  return nodes;
}

/** Offset in the body of a DOM boundary point (node, offset) inside root. */
function bodyOffset(texts: Text[], node: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  let total = 0;
  for (const text of texts) {
    if (text === node) return total + offset;
    // Whole text node ends at or before the boundary: count it; the first one after it stops.
    if (point.comparePoint(text, text.length) <= 0) total += text.length;
    else break;
  }
  return total;
}

/** The selection's range in body offsets, or null when it is empty or not inside root. */
export function selectionOffsets(
  root: HTMLElement,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const texts = countedTextNodes(root);
  const start = bodyOffset(texts, range.startContainer, range.startOffset);
  const end = bodyOffset(texts, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/** Trims whitespace off both ends of a range so a comment anchors to words, not gaps. */
export function trimRange(
  body: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(body[s] ?? "")) s += 1;
  while (e > s && /\s/u.test(body[e - 1] ?? "")) e -= 1;
  return { start: s, end: e };
}

/** First occurrence of quote in body: exact, then ignoring case and runs of whitespace. */
export function findQuote(body: string, quote: string): { start: number; end: number } | null {
  const needle = quote.trim();
  if (needle === "") return null;
  const exact = body.indexOf(needle);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const escaped = needle
    .split(/\s+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  const match = new RegExp(escaped, "iu").exec(body);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
