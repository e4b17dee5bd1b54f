import { analyseText, type Sentence, type Token } from "../nlp/analyse-text.ts";
import type { DimensionKey, QuestionKind } from "../rubric.ts";
import type { Evidence } from "../types.ts";

/** Everything the analysers share about one answer, computed once. */
export interface AnswerContext {
  kind: QuestionKind;
  prompt: string;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Whitespace-separated chunks containing a letter or digit, as an editor counts words. */
  words: number;
  /** The prompt's tokens, for the items a logistics question asks; analysed on first use. */
  readonly promptTokens: Token[];
}

const wordChar = /[\p{L}\p{N}]/u;
const space = /\s/;

function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code >= 0x80 && space.test(String.fromCharCode(code));
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** Counts words the way an editor does: whitespace-separated chunks with a letter or digit. */
export function countWords(text: string): number {
  // One pass over the characters; splitting on /\s+/ and testing each chunk allocates a string
  // per word. Non-ASCII characters are tested by code point, as the /u regex would.
  let count = 0;
  let hasWordChar = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (hasWordChar) count += 1;
      hasWordChar = false;
      continue;
    }
    if (hasWordChar) continue;
    if (code < 0x80) {
      hasWordChar = isAsciiWordChar(code);
    } else {
      const point = text.codePointAt(i) ?? code;
      hasWordChar = wordChar.test(String.fromCodePoint(point));
      if (point > 0xffff) i += 1;
    }
  }
  if (hasWordChar) count += 1;
  return count;
}

/** Builds the shared analysis context for one answer. */
export function createContext(kind: QuestionKind, prompt: string, text: string): AnswerContext {
  const analysis = analyseText(text);
  let promptTokens: Token[] | undefined;
  return {
    kind,
    prompt,
    text,
    tokens: analysis.tokens,
    sentences: analysis.sentences,
    words: countWords(text),
    get promptTokens() {
      if (promptTokens === undefined) promptTokens = analyseText(prompt).tokens;
      return promptTokens;
    },
  };
}

/** Builds an evidence item covering tokens [from, to) of the answer. */
export function tokenEvidence(
  ctx: AnswerContext,
  from: number,
  to: number,
  dimension: DimensionKey,
  effect: Evidence["effect"],
  tag: string,
  note: string,
): Evidence | undefined {
  const first = ctx.tokens[from];
  const last = ctx.tokens[Math.max(from, to - 1)];
  if (first === undefined || last === undefined || last.end <= first.start) return undefined;
  return { start: first.start, end: last.end, dimension, effect, tag, note };
}

/** Builds an evidence item covering a whole sentence. */
export function sentenceEvidence(
  ctx: AnswerContext,
  sentenceIndex: number,
  dimension: DimensionKey,
  effect: Evidence["effect"],
  tag: string,
  note: string,
): Evidence | undefined {
  const sentence = ctx.sentences[sentenceIndex];
  if (sentence === undefined || sentence.end <= sentence.start) return undefined;
  return { start: sentence.start, end: sentence.end, dimension, effect, tag, note };
}

/** The exact text of tokens [from, to), for quoting the candidate's own words. */
export function quoteTokens(ctx: AnswerContext, from: number, to: number): string {
  const first = ctx.tokens[from];
  const last = ctx.tokens[Math.max(from, to - 1)];
  if (first === undefined || last === undefined) return "";
  return ctx.text.slice(first.start, last.end);
}

/** The exact text of one sentence. */
export function quoteSentence(ctx: AnswerContext, sentenceIndex: number): string {
  const sentence = ctx.sentences[sentenceIndex];
  return sentence === undefined ? "" : ctx.text.slice(sentence.start, sentence.end);
}

/** Clamps a raw score into the rubric's 0–4 integer scale. */
export function clampScore(value: number): number {
  return Math.max(0, Math.min(4, Math.round(value)));
}

/** Pushes only defined evidence items. */
export function pushEvidence(list: Evidence[], item: Evidence | undefined): void {
  if (item !== undefined) list.push(item);
}
