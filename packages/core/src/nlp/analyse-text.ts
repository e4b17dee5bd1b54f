import winkNLP from "wink-nlp";
import model from "./wink-model.ts";

/** One token of the answer, with exact offsets into the original string. */
export interface Token {
  text: string;
  /** Lower-cased, with typographic apostrophes folded to ASCII, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** wink token type: word, number, punctuation, symbol, currency, emoji, ... */
  type: string;
  /** Universal part-of-speech tag (VERB, NOUN, PRON, NUM, ...). */
  pos: string;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token, inclusive. */
  firstToken: number;
  /** Index after the last token, exclusive. */
  endToken: number;
}

export interface TextAnalysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let cachedNlp: Nlp | undefined;

// Loading the model costs ~100 ms, so it happens once, on first use. Only part-of-speech
// tagging runs: its tags are identical without wink's sentence stage (checked on the dev set),
// and splitting sentences on the tokens below costs a fraction of that stage.
function loadNlp(): Nlp {
  if (cachedNlp === undefined) cachedNlp = winkNLP(model, ["pos"]);
  return cachedNlp;
}

const sentenceEnders = new Set([".", "!", "?", "?!", "!?", "!!", "??"]);
const closers = new Set(['"', "'", "”", "’", ")", "]", "»"]);

// wink keeps some contractions whole ("I'm" at a sentence start); splitting them here gives
// the analysers one shape for "I" + verb however the library tokenised it.
const contraction = /^([A-Za-z]+)(['’](?:m|ve|d|ll|re|s))$/;
const contractionSubjects = new Set(["i", "we", "you", "they", "he", "she", "it", "that", "there"]);

function foldLower(text: string): string {
  // Most tokens are already lower-case ASCII: return them as they are, since toLowerCase always
  // allocates a new string (which every lexicon look-up would then hash afresh).
  let isFolded = true;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) {
      isFolded = false;
      break;
    }
  }
  if (isFolded) return text;
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replaceAll("’", "'") : lower;
}

// wink's tokenizer splits on runs of these characters and keeps them as a token's preceding
// spaces; line breaks and tabs become tokens of their own. Reading the runs from the text here
// gives the same offsets as asking wink for every token's preceding spaces, without that pass.
function isWinkSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 ||
    code === 0x200a ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** Splits text into sentences and part-of-speech tagged tokens with exact character offsets. */
export function analyseText(text: string): TextAnalysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  if (text.trim() === "") return { text, tokens, sentences };
  const nlp = loadNlp();
  const its = nlp.its;
  const all = nlp.readDoc(text).tokens();
  const values = all.out(its.value) as string[];
  const types = all.out(its.type) as string[];
  const tags = all.out(its.pos) as string[];

  let offset = 0;
  let sentence = -1;
  let isAfterLineBreak = false;
  // Set after ".", "!" or "?" (and any closing quote or bracket) followed by whitespace.
  let isAfterSentenceEnd = false;
  let isPendingEnd = false;
  let isAfterTab = false;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? "";
    const spaceStart = offset;
    while (offset < text.length && isWinkSpace(text.charCodeAt(offset))) offset += 1;
    const hasSpace = offset > spaceStart || isAfterTab;
    isAfterTab = false;
    if (value.trim() === "") {
      // wink emits line breaks and tabs as tokens; they only matter as sentence breaks (a tab
      // after a full stop is whitespace like any other).
      if (value.includes("\n")) isAfterLineBreak = true;
      else isAfterTab = true;
      offset += value.length;
      continue;
    }
    // wink should reproduce the text exactly; if it ever does not, resynchronise on the value.
    if (!text.startsWith(value, offset)) {
      const found = text.indexOf(value, offset);
      if (found < 0) continue;
      offset = found;
    }
    // wink keeps "U.S.", "e.g." and "0.8" whole, so a lone "." really is a full stop; it ends the
    // sentence only when whitespace follows ("v2.3.1" does not split). A line break also ends
    // one: bullet lists and headings rarely end with a period.
    if (isPendingEnd && !closers.has(value)) {
      isAfterSentenceEnd = hasSpace;
      isPendingEnd = false;
    }
    if (isAfterSentenceEnd || isAfterLineBreak || sentence < 0) {
      closeSentence(sentences, tokens);
      sentence += 1;
      sentences.push({ start: offset, end: offset, firstToken: tokens.length, endToken: 0 });
    }
    isAfterLineBreak = false;
    isAfterSentenceEnd = false;
    if (sentenceEnders.has(value)) isPendingEnd = true;
    const type = types[i] ?? "word";
    const pos = tags[i] ?? "X";
    const match = value.includes("'") || value.includes("’") ? contraction.exec(value) : null;
    // wink splits "partner's" into "partner" + "'s" until the whole word has been seen once:
    // its cache then keeps the word whole. Splitting every possessive here gives the same tokens
    // whatever the process read before, so a score never depends on earlier answers.
    const possessive =
      match?.[1] !== undefined &&
      match[2] !== undefined &&
      /^['’]s$/.test(match[2]) &&
      !contractionSubjects.has(match[1].toLowerCase());
    if (possessive && match?.[1] !== undefined && match[2] !== undefined) {
      const head = match[1];
      const tail = match[2];
      tokens.push({
        text: head,
        lower: foldLower(head),
        start: offset,
        end: offset + head.length,
        type,
        pos: pos === "PROPN" && head[0] === head[0]?.toLowerCase() ? "NOUN" : pos,
        sentence,
      });
      tokens.push({
        text: tail,
        lower: foldLower(tail),
        start: offset + head.length,
        end: offset + value.length,
        type,
        pos: "PART",
        sentence,
      });
    } else if (
      match?.[1] !== undefined &&
      match[2] !== undefined &&
      contractionSubjects.has(match[1].toLowerCase())
    ) {
      const head = match[1];
      const tail = match[2];
      tokens.push({
        text: head,
        lower: foldLower(head),
        start: offset,
        end: offset + head.length,
        type,
        pos: "PRON",
        sentence,
      });
      const tailStart = offset + head.length;
      tokens.push({
        text: tail,
        lower: foldLower(tail),
        start: tailStart,
        end: tailStart + tail.length,
        type,
        pos: "AUX",
        sentence,
      });
    } else {
      tokens.push({
        text: value,
        lower: foldLower(value),
        start: offset,
        end: offset + value.length,
        type,
        pos,
        sentence,
      });
    }
    offset += value.length;
  }
  closeSentence(sentences, tokens);
  return { text, tokens, sentences };
}

function closeSentence(sentences: Sentence[], tokens: Token[]): void {
  const open = sentences[sentences.length - 1];
  if (open === undefined || open.endToken !== 0) return;
  open.endToken = tokens.length;
  const last = tokens[tokens.length - 1];
  open.end = last === undefined ? open.start : last.end;
}

/** Tokenises a lexicon phrase the same way answers are tokenised, as lower-case strings. */
export function tokenisePhrase(phrase: string): string[] {
  return analyseText(phrase).tokens.map((token) => token.lower);
}
