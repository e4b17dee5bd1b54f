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

// Every lexicon word gets a small integer id, and all matchers share one table from a phrase's
// first word to the matchers' phrase groups. An answer's tokens are then looked up once (one
// hash look-up per token, for every matcher together); each matcher visits only the positions
// where one of its phrases can start and compares integers, not strings.
const registry: Registered[] = [];
const classRegistry: { lists: readonly (readonly string[])[]; bits: Uint32Array }[] = [];
let compiledClasses = 0;
/** Bumped by every compile, so an index built before it is rebuilt. */
let version = 0;
const words = new Map<string, number>();
/** Case-sensitive lexicons hold single tokens, compared with the answer's original spelling. */
const casedWords = new Map<string, number>();
/** Head groups by word id; `casedGroups` by cased word id. */
const groups: HeadGroup[][] = [];
const casedGroups: HeadGroup[][] = [];
let compiledCount = 0;
let hasLowerCasedWord = false;
// The same tables flattened for the per-answer pass: word id w starts the head groups
// headGroups[headStart[w]] .. headGroups[headStart[w + 1] - 1], whose matchers are headMatcher[...].
// Contiguous integers keep that pass, which touches every token, cheap.
let headStart = new Int32Array(1);
let headMatcher = new Int32Array(0);
let headGroups: HeadGroup[] = [];
let casedStart = new Int32Array(1);
let casedMatcher = new Int32Array(0);
let casedHeadGroups: HeadGroup[] = [];

function flatten(table: readonly (HeadGroup[] | undefined)[], size: number) {
  const start = new Int32Array(size + 1);
  const flat: HeadGroup[] = [];
  for (let w = 0; w < size; w += 1) {
    for (const group of table[w] ?? []) flat.push(group);
    start[w + 1] = flat.length;
  }
  return { start, matcher: Int32Array.from(flat, (group) => group.matcher), flat };
}

function idOf(map: Map<string, number>, word: string): number {
  let id = map.get(word);
  if (id === undefined) {
    id = map.size;
    map.set(word, id);
  }
  return id;
}

// Phrases are tokenised with the answers' tokenizer (so "dead-letter" or "I'd" split the same
// way), which needs the NLP model: compile lazily, on the first search, every matcher so far.
function compilePending(): void {
  version += 1;
  for (const registered of classRegistry.slice(compiledClasses)) {
    for (const list of registered.lists) for (const word of list) idOf(words, word);
  }
  for (let matcher = compiledCount; matcher < registry.length; matcher += 1) {
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
    const table = isCaseSensitive ? casedGroups : groups;
    for (const [head, entries] of byHead) {
      // Longest phrase first, so "dead-letter queues" wins over "queues"; the sort is stable,
      // so lexicon order breaks ties.
      entries.sort((a, b) => b.ids.length - a.ids.length);
      const list = table[head] ?? [];
      list.push({ matcher, entries });
      table[head] = list;
    }
  }
  compiledCount = registry.length;
  const lower = flatten(groups, words.size);
  headStart = lower.start;
  headMatcher = lower.matcher;
  headGroups = lower.flat;
  hasLowerCasedWord = [...casedWords.keys()].some((word) => word === word.toLowerCase());
  const cased = flatten(casedGroups, casedWords.size);
  casedStart = cased.start;
  casedMatcher = cased.matcher;
  casedHeadGroups = cased.flat;
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

function isCompiled(): boolean {
  return compiledCount === registry.length && compiledClasses === classRegistry.length;
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
  group: (HeadGroup | undefined)[];
}

// The last two token arrays searched (an answer and its prompt). Every analyser searches the
// same array, so the index is built once per answer. A WeakMap keyed by the array cost more in
// garbage collection than building the index.
let recent: TokenIndex | undefined;
let older: TokenIndex | undefined;

function buildIndex(tokens: readonly Token[]): TokenIndex {
  const count = tokens.length;
  const ids = new Int32Array(count);
  const casedIds = new Int32Array(count);
  const offsets = new Int32Array(compiledCount + 1);
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
    if (id >= 0) countCandidates(offsets, headStart, headMatcher, id);
    if (casedId >= 0) countCandidates(offsets, casedStart, casedMatcher, casedId);
  }
  for (let m = 0; m < compiledCount; m += 1) {
    offsets[m + 1] = (offsets[m + 1] ?? 0) + (offsets[m] ?? 0);
  }
  const total = offsets[compiledCount] ?? 0;
  const at = new Int32Array(total);
  const group = new Array<HeadGroup | undefined>(total);
  const fill = offsets.slice(0, compiledCount);
  for (let i = 0; i < count; i += 1) {
    const id = ids[i] ?? -1;
    if (id >= 0) {
      for (let g = headStart[id] ?? 0; g < (headStart[id + 1] ?? 0); g += 1) {
        const matcher = headMatcher[g] ?? 0;
        const slot = fill[matcher] ?? 0;
        at[slot] = i;
        group[slot] = headGroups[g];
        fill[matcher] = slot + 1;
      }
    }
    const casedId = casedIds[i] ?? -1;
    if (casedId >= 0) {
      for (let g = casedStart[casedId] ?? 0; g < (casedStart[casedId + 1] ?? 0); g += 1) {
        const matcher = casedMatcher[g] ?? 0;
        const slot = fill[matcher] ?? 0;
        at[slot] = i;
        group[slot] = casedHeadGroups[g];
        fill[matcher] = slot + 1;
      }
    }
  }
  return { tokens, version, ids, casedIds, offsets, at, group };
}

function countCandidates(offsets: Int32Array, start: Int32Array, matchers: Int32Array, id: number) {
  for (let g = start[id] ?? 0; g < (start[id + 1] ?? 0); g += 1) {
    const matcher = matchers[g] ?? 0;
    offsets[matcher + 1] = (offsets[matcher + 1] ?? 0) + 1;
  }
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

/** The longest entry that starts at token i and ends by `to`. */
function longestAt(
  ids: Int32Array,
  i: number,
  entries: readonly Entry[],
  to: number,
): Entry | undefined {
  for (const entry of entries) {
    const length = entry.ids.length;
    if (i + length > to) continue;
    let k = 1;
    while (k < length && ids[i + k] === entry.ids[k]) k += 1;
    if (k === length) return entry;
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
        const group = index.group[k];
        if (i < cursor || group === undefined) continue;
        const entry = longestAt(ids, i, group.entries, to);
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
  const registered = { lists, bits: new Uint32Array(0) };
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
