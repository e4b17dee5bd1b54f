import { type Token, tokenisePhrase } from "./analyse-text.ts";

/** A lexicon phrase found in the token stream; token indices are [from, to). */
export interface PhraseMatch {
  category: string;
  phrase: string;
  from: number;
  to: number;
}

interface Entry {
  category: string;
  phrase: string;
  parts: string[];
}

interface HeadNode {
  /** One-token phrases with this head. */
  single: Entry[];
  /** Longer phrases keyed by their second token, longest first. */
  bySecond: Map<string, Entry[]>;
}

function toHeadNode(list: readonly Entry[]): HeadNode {
  const node: HeadNode = { single: [], bySecond: new Map() };
  for (const entry of list) {
    const second = entry.parts[1];
    if (second === undefined) {
      node.single.push(entry);
    } else {
      const group = node.bySecond.get(second) ?? [];
      group.push(entry);
      node.bySecond.set(second, group);
    }
  }
  return node;
}

/** Finds lexicon phrases in tokens, longest first, without overlaps. */
export interface PhraseMatcher {
  find(tokens: readonly Token[], from?: number, to?: number): PhraseMatch[];
}

// Every matcher shares one numbering of phrase heads, so an answer's tokens are looked up once
// (token → head id) and each matcher then tests small integers instead of hashing strings.
const headIds = new Map<string, number>();
let headVersion = 0;
const tokenIds = new WeakMap<readonly Token[], { version: number; ids: Int32Array }>();

function idOfHead(head: string): number {
  let id = headIds.get(head);
  if (id === undefined) {
    id = headIds.size;
    headIds.set(head, id);
    headVersion += 1;
  }
  return id;
}

function idsOfTokens(tokens: readonly Token[]): Int32Array {
  const cached = tokenIds.get(tokens);
  if (cached !== undefined && cached.version === headVersion) return cached.ids;
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) ids[i] = headIds.get(tokens[i]?.lower ?? "") ?? -1;
  tokenIds.set(tokens, { version: headVersion, ids });
  return ids;
}

/**
 * Builds a matcher over lexicon categories. Phrases are tokenised with the same tokenizer as
 * answers (so "dead-letter" or "I'd" split the same way), lazily on first use.
 */
export function createPhraseMatcher(
  lexicon: Record<string, readonly string[]>,
  options: { isCaseSensitive?: boolean } = {},
): PhraseMatcher {
  const isCaseSensitive = options.isCaseSensitive === true;
  let byHead: (HeadNode | undefined)[] | undefined;
  let casedIndex: Map<string, Entry[]> | undefined;

  function collect(): Map<string, Entry[]> {
    const map = new Map<string, Entry[]>();
    for (const [category, phrases] of Object.entries(lexicon)) {
      for (const phrase of phrases) {
        const parts = isCaseSensitive ? [phrase] : tokenisePhrase(phrase);
        const head = parts[0];
        if (head === undefined) continue;
        const list = map.get(head) ?? [];
        list.push({ category, phrase, parts });
        map.set(head, list);
      }
    }
    // Longest phrase first, so "dead-letter queues" wins over "queues".
    for (const list of map.values()) list.sort((a, b) => b.parts.length - a.parts.length);
    return map;
  }

  function candidatesAt(
    tokens: readonly Token[],
    ids: Int32Array | undefined,
    i: number,
  ): readonly Entry[] | undefined {
    if (casedIndex !== undefined) {
      const token = tokens[i];
      return token === undefined ? undefined : casedIndex.get(token.text);
    }
    const id = ids?.[i] ?? -1;
    const node = id < 0 ? undefined : byHead?.[id];
    if (node === undefined) return undefined;
    // Frequent heads ("i", "the", "a") start many phrases: narrow by the second token first.
    const next = tokens[i + 1];
    const longer = next === undefined ? undefined : node.bySecond.get(next.lower);
    if (longer === undefined) return node.single;
    return node.single.length === 0 ? longer : [...longer, ...node.single];
  }

  return {
    find(tokens, from = 0, to = tokens.length) {
      if (byHead === undefined && casedIndex === undefined) {
        const map = collect();
        if (isCaseSensitive) {
          casedIndex = map;
        } else {
          const table: (HeadNode | undefined)[] = [];
          for (const [head, list] of map) table[idOfHead(head)] = toHeadNode(list);
          byHead = table;
        }
      }
      const ids = isCaseSensitive ? undefined : idsOfTokens(tokens);
      const matches: PhraseMatch[] = [];
      let i = from;
      while (i < to) {
        const candidates = candidatesAt(tokens, ids, i);
        let matched: Entry | undefined;
        if (candidates !== undefined) {
          for (const entry of candidates) {
            if (i + entry.parts.length > to) continue;
            let isMatch = true;
            for (let k = 1; k < entry.parts.length; k += 1) {
              if (tokens[i + k]?.lower !== entry.parts[k]) {
                isMatch = false;
                break;
              }
            }
            if (isMatch) {
              matched = entry;
              break;
            }
          }
        }
        if (matched === undefined) {
          i += 1;
        } else {
          matches.push({
            category: matched.category,
            phrase: matched.phrase,
            from: i,
            to: i + matched.parts.length,
          });
          i += matched.parts.length;
        }
      }
      return matches;
    },
  };
}

/** Expands "build built builds" lexicon entries into a flat list of word forms. */
export function expandForms(entries: readonly string[]): string[] {
  return entries.flatMap((entry) => entry.split(" ").filter((form) => form !== ""));
}
