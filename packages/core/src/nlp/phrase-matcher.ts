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

/** Finds lexicon phrases in tokens, longest first, without overlaps. */
export interface PhraseMatcher {
  find(tokens: readonly Token[], from?: number, to?: number): PhraseMatch[];
}

/**
 * Builds a matcher over lexicon categories. Phrases are tokenised with the same tokenizer as
 * answers (so "dead-letter" or "I'd" split the same way), lazily on first use.
 */
export function createPhraseMatcher(
  lexicon: Record<string, readonly string[]>,
  options: { isCaseSensitive?: boolean } = {},
): PhraseMatcher {
  let index: Map<string, Entry[]> | undefined;
  const isCaseSensitive = options.isCaseSensitive === true;

  function build(): Map<string, Entry[]> {
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

  return {
    find(tokens, from = 0, to = tokens.length) {
      if (index === undefined) index = build();
      const matches: PhraseMatch[] = [];
      let i = from;
      while (i < to) {
        const token = tokens[i];
        const key = token === undefined ? undefined : isCaseSensitive ? token.text : token.lower;
        const candidates = key === undefined ? undefined : index.get(key);
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
