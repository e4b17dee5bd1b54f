import { type Token, tokenisePhrase } from "./analyse-text.ts";

/** A lexicon phrase found in the token stream; token indices are [from, to). */
export interface PhraseMatch {
  category: string;
  phrase: string;
  from: number;
  to: number;
}

/** Finds lexicon phrases in tokens, longest first, without overlaps. */
export interface PhraseMatcher {
  find(tokens: readonly Token[], from?: number, to?: number): PhraseMatch[];
}

/** Which of several word lists a token (lower-cased) belongs to. */
export interface WordClasses {
  /** Bit k is set when token i is in list k. */
  of(tokens: readonly Token[], i: number): number;
}

interface Entry {
  category: string;
  phrase: string;
  /** Word ids of the phrase's tokens (see `words`). */
  ids: Int32Array;
}

/** One matcher's phrases that start with one word, longest first. */
interface HeadGroup {
  matcher: number;
  entries: Entry[];
}

interface Registered {
  lexicon: Record<string, readonly string[]>;
  isCaseSensitive: boolean;
}

interface RegisteredClasses {
  lists: readonly (readonly string[])[];
  bits: Uint32Array;
}

// Every lexicon word gets a small integer id, and all matchers share one table from a phrase's
// first word to the matchers' phrases. An answer's tokens are looked up once (one hash look-up
// per token, for every matcher together); each matcher then visits only the positions where
// one of its phrases can start and compares integers, not strings. The tables are flat typed
// arrays: the NLP model evicts them from the CPU caches between answers, and a few contiguous
// arrays are much cheaper to bring back than thousands of small objects.
const registry: Registered[] = [];
const classRegistry: RegisteredClasses[] = [];
let compiledMatchers = 0;
let compiledClasses = 0;
/** Bumped by every compile, so an index built before it is rebuilt. */
let version = 0;
const words = new Map<string, number>();
/** Case-sensitive lexicons hold single tokens, compared with the answer's original spelling. */
const casedWords = new Map<string, number>();
let hasLowerCasedWord = false;
/** Head groups by first word id (lower-cased and case-sensitive words), as built. */
const groupsByWord: HeadGroup[][] = [];
const groupsByCasedWord: HeadGroup[][] = [];

/** The flat tables. Groups are numbered: lower-cased words' groups first, then cased ones. */
interface Tables {
  /** Word w starts groups headStart[w] .. headStart[w + 1] - 1; casedStart likewise. */
  headStart: Int32Array;
  casedStart: Int32Array;
  groupMatcher: Int32Array;
  /**
   * Group g's phrases, longest first, as [length, id1, id2, ...] (the word ids after the head)
   * in packed[packedStart[g]] .. packed[packedStart[g + 1] - 1].
   */
  packedStart: Int32Array;
  packed: Int32Array;
  /** Group g's phrases are entries[entryStart[g]] ..., in the same order. */
  entryStart: Int32Array;
  entries: Entry[];
}

let tables: Tables = flattenTables();

function idOf(map: Map<string, number>, word: string): number {
  let id = map.get(word);
  if (id === undefined) {
    id = map.size;
    map.set(word, id);
  }
  return id;
}

function flattenTables(): Tables {
  const groups: HeadGroup[] = [];
  const headStart = new Int32Array(words.size + 1);
  for (let w = 0; w < words.size; w += 1) {
    groups.push(...(groupsByWord[w] ?? []));
    headStart[w + 1] = groups.length;
  }
  const casedStart = new Int32Array(casedWords.size + 1);
  casedStart[0] = groups.length;
  for (let w = 0; w < casedWords.size; w += 1) {
    groups.push(...(groupsByCasedWord[w] ?? []));
    casedStart[w + 1] = groups.length;
  }
  const packed: number[] = [];
  const entries: Entry[] = [];
  const packedStart = new Int32Array(groups.length + 1);
  const entryStart = new Int32Array(groups.length + 1);
  groups.forEach((group, g) => {
    for (const entry of group.entries) {
      packed.push(entry.ids.length, ...entry.ids.subarray(1));
      entries.push(entry);
    }
    packedStart[g + 1] = packed.length;
    entryStart[g + 1] = entries.length;
  });
  return {
    headStart,
    casedStart,
    groupMatcher: Int32Array.from(groups, (group) => group.matcher),
    packedStart,
    packed: Int32Array.from(packed),
    entryStart,
    entries,
  };
}

// Phrases are tokenised with the answers' tokenizer (so "dead-letter" or "I'd" split the same
// way), which needs the NLP model: compile lazily, on the first search, everything registered.
function compilePending(): void {
  version += 1;
  for (const registered of classRegistry.slice(compiledClasses)) {
    for (const list of registered.lists) for (const word of list) idOf(words, word);
  }
  for (let matcher = compiledMatchers; matcher < registry.length; matcher += 1) {
    const registered = registry[matcher];
    if (registered === undefined) continue;
    const { isCaseSensitive } = registered;
    const byHead = new Map<number, Entry[]>();
    for (const [category, phrases] of Object.entries(registered.lexicon)) {
      for (const phrase of phrases) {
        const parts = isCaseSensitive ? [phrase] : tokenisePhrase(phrase);
        if (parts.length === 0) continue;
        const ids = Int32Array.from(parts, (part) =>
          idOf(isCaseSensitive ? casedWords : words, part),
        );
        const head = ids[0] ?? -1;
        const list = byHead.get(head) ?? [];
        list.push({ category, phrase, ids });
        byHead.set(head, list);
      }
    }
    const byWord = isCaseSensitive ? groupsByCasedWord : groupsByWord;
    for (const [head, entries] of byHead) {
      // Longest phrase first, so "dead-letter queues" wins over "queues"; the sort is stable,
      // so lexicon order breaks ties.
      entries.sort((a, b) => b.ids.length - a.ids.length);
      const list = byWord[head] ?? [];
      list.push({ matcher, entries });
      byWord[head] = list;
    }
  }
  compiledMatchers = registry.length;
  hasLowerCasedWord = [...casedWords.keys()].some((word) => word === word.toLowerCase());
  tables = flattenTables();
  // Word ids grow with every compile: size every class table to the vocabulary again.
  for (const registered of classRegistry) {
    const bits = new Uint32Array(words.size);
    registered.lists.forEach((list, k) => {
      for (const word of list) {
        const id = words.get(word) ?? -1;
        if (id >= 0) bits[id] = (bits[id] ?? 0) | (1 << k);
      }
    });
    registered.bits = bits;
  }
  compiledClasses = classRegistry.length;
}

/** One token array's word ids and, per matcher, the positions where its phrases can start. */
interface TokenIndex {
  tokens: readonly Token[];
  version: number;
  ids: Int32Array;
  casedIds: Int32Array;
  /** Matcher m's candidates are at[offsets[m]] .. at[offsets[m + 1] - 1], ascending. */
  offsets: Int32Array;
  at: Int32Array;
  /** The head group of each candidate. */
  group: Int32Array;
}

// The last two token arrays searched (an answer and its prompt). Every analyser searches the
// same array, so the index is built once per answer. A WeakMap keyed by the array cost more in
// garbage collection than building the index.
let recent: TokenIndex | undefined;
let older: TokenIndex | undefined;

function countCandidates(offsets: Int32Array, first: number, end: number): void {
  const { groupMatcher } = tables;
  for (let g = first; g < end; g += 1) {
    const slot = (groupMatcher[g] ?? 0) + 1;
    offsets[slot] = (offsets[slot] ?? 0) + 1;
  }
}

function placeCandidates(
  index: TokenIndex,
  fill: Int32Array,
  first: number,
  end: number,
  i: number,
) {
  const { groupMatcher } = tables;
  for (let g = first; g < end; g += 1) {
    const matcher = groupMatcher[g] ?? 0;
    const slot = fill[matcher] ?? 0;
    index.at[slot] = i;
    index.group[slot] = g;
    fill[matcher] = slot + 1;
  }
}

function buildIndex(tokens: readonly Token[]): TokenIndex {
  const { headStart, casedStart } = tables;
  const count = tokens.length;
  const ids = new Int32Array(count);
  const casedIds = new Int32Array(count);
  const offsets = new Int32Array(compiledMatchers + 1);
  const hasCased = casedWords.size > 0;
  // Count each matcher's candidates, then place them: two passes, flat arrays.
  for (let i = 0; i < count; i += 1) {
    const token = tokens[i];
    const id = token === undefined ? -1 : (words.get(token.lower) ?? -1);
    // Case-sensitive words are capitalised ("Go", "Room"): a token spelled in lower case skips
    // that look-up.
    const casedId =
      token === undefined || !hasCased || (token.text === token.lower && !hasLowerCasedWord)
        ? -1
        : (casedWords.get(token.text) ?? -1);
    ids[i] = id;
    casedIds[i] = casedId;
    if (id >= 0) countCandidates(offsets, headStart[id] ?? 0, headStart[id + 1] ?? 0);
    if (casedId >= 0) {
      countCandidates(offsets, casedStart[casedId] ?? 0, casedStart[casedId + 1] ?? 0);
    }
  }
  for (let m = 0; m < compiledMatchers; m += 1) {
    offsets[m + 1] = (offsets[m + 1] ?? 0) + (offsets[m] ?? 0);
  }
  const total = offsets[compiledMatchers] ?? 0;
  const index: TokenIndex = {
    tokens,
    version,
    ids,
    casedIds,
    offsets,
    at: new Int32Array(total),
    group: new Int32Array(total),
  };
  const fill = offsets.slice(0, compiledMatchers);
  for (let i = 0; i < count; i += 1) {
    const id = ids[i] ?? -1;
    if (id >= 0) placeCandidates(index, fill, headStart[id] ?? 0, headStart[id + 1] ?? 0, i);
    const casedId = casedIds[i] ?? -1;
    if (casedId >= 0) {
      placeCandidates(index, fill, casedStart[casedId] ?? 0, casedStart[casedId + 1] ?? 0, i);
    }
  }
  return index;
}

function isCompiled(): boolean {
  return compiledMatchers === registry.length && compiledClasses === classRegistry.length;
}

function indexOf(tokens: readonly Token[]): TokenIndex {
  if (!isCompiled()) compilePending();
  if (recent?.tokens === tokens && recent.version === version) return recent;
  if (older?.tokens === tokens && older.version === version) {
    const found = older;
    older = recent;
    recent = found;
    return found;
  }
  older = recent;
  recent = buildIndex(tokens);
  return recent;
}

/** First position in the sorted range [low, high) of `list` holding a value ≥ `value`. */
function lowerBound(list: Int32Array, low: number, high: number, value: number): number {
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    if ((list[middle] ?? 0) < value) lo = middle + 1;
    else hi = middle;
  }
  return lo;
}

/** The longest phrase of group g that starts at token i and ends by `to`. */
function longestAt(ids: Int32Array, i: number, g: number, to: number): Entry | undefined {
  const { packed, packedStart, entryStart, entries } = tables;
  const end = packedStart[g + 1] ?? 0;
  let e = entryStart[g] ?? 0;
  for (let p = packedStart[g] ?? 0; p < end; e += 1) {
    const length = packed[p] ?? 1;
    if (i + length <= to) {
      let k = 1;
      while (k < length && ids[i + k] === packed[p + k]) k += 1;
      if (k === length) return entries[e];
    }
    p += length;
  }
  return undefined;
}

/**
 * Builds a matcher over lexicon categories, compiled on first use. Matching is case-insensitive
 * on tokens, unless `isCaseSensitive` (single tokens, compared with the original spelling).
 */
export function createPhraseMatcher(
  lexicon: Record<string, readonly string[]>,
  options: { isCaseSensitive?: boolean } = {},
): PhraseMatcher {
  const isCaseSensitive = options.isCaseSensitive === true;
  const matcher = registry.length;
  registry.push({ lexicon, isCaseSensitive });
  return {
    find(tokens, from = 0, to = tokens.length) {
      const matches: PhraseMatch[] = [];
      const index = indexOf(tokens);
      const ids = isCaseSensitive ? index.casedIds : index.ids;
      const end = index.offsets[matcher + 1] ?? 0;
      let cursor = from;
      for (let k = lowerBound(index.at, index.offsets[matcher] ?? 0, end, from); k < end; k += 1) {
        const i = index.at[k] ?? to;
        if (i >= to) break;
        if (i < cursor) continue;
        const entry = longestAt(ids, i, index.group[k] ?? 0, to);
        if (entry === undefined) continue;
        cursor = i + entry.ids.length;
        matches.push({ category: entry.category, phrase: entry.phrase, from: i, to: cursor });
      }
      return matches;
    },
  };
}

/**
 * Builds a look-up of single words in several lists at once (bit k for list k), compiled on
 * first use into the shared vocabulary, so it costs an array read per token, not a hash look-up.
 * Words are compared with the token lower-cased; at most 32 lists.
 */
export function createWordClasses(lists: readonly (readonly string[])[]): WordClasses {
  const registered: RegisteredClasses = { lists, bits: new Uint32Array(0) };
  classRegistry.push(registered);
  return {
    of(tokens, i) {
      const id = indexOf(tokens).ids[i] ?? -1;
      return id < 0 ? 0 : (registered.bits[id] ?? 0);
    },
  };
}

/** Expands "build built builds" lexicon entries into a flat list of word forms. */
export function expandForms(entries: readonly string[]): string[] {
  return entries.flatMap((entry) => entry.split(" ").filter((form) => form !== ""));
}
