import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

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

// Loading the model costs ~100 ms, so it happens once, on first use, and only the two
// pipeline stages the analysers read are enabled (sentence boundaries and part of speech).
function loadNlp(): Nlp {
  if (cachedNlp === undefined) cachedNlp = winkNLP(model, ["sbd", "pos"]);
  return cachedNlp;
}

// wink keeps some contractions whole ("I'm" at a sentence start); splitting them here gives
// the analysers one shape for "I" + verb however the library tokenised it.
const contraction = /^([A-Za-z]+)(['’](?:m|ve|d|ll|re|s))$/;
const contractionSubjects = new Set(["i", "we", "you", "they", "he", "she", "it", "that", "there"]);

function foldLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replaceAll("’", "'") : lower;
}

/** Splits text into sentences and part-of-speech tagged tokens with exact character offsets. */
export function analyseText(text: string): TextAnalysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  if (text.trim() === "") return { text, tokens, sentences };
  const nlp = loadNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const types = all.out(its.type) as string[];
  const tags = all.out(its.pos) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const sentenceOfRaw = new Int32Array(values.length);
  spans.forEach(([from, to], index) => {
    for (let i = from; i <= to && i < values.length; i += 1) sentenceOfRaw[i] = index;
  });

  let offset = 0;
  let sentence = -1;
  let lastRawSentence = -1;
  let isAfterLineBreak = false;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? "";
    const space = spaces[i] ?? "";
    offset += space.length;
    if (value.trim() === "") {
      // wink emits line breaks and tabs as tokens; they only matter as sentence breaks.
      if (value.includes("\n")) isAfterLineBreak = true;
      offset += value.length;
      continue;
    }
    // wink should reproduce the text exactly; if it ever does not, resynchronise on the value.
    if (!text.startsWith(value, offset)) {
      const found = text.indexOf(value, offset);
      if (found < 0) continue;
      offset = found;
    }
    const rawSentence = sentenceOfRaw[i] ?? 0;
    // A line break also ends a sentence: bullet lists and headings rarely end with a period.
    if (
      rawSentence !== lastRawSentence ||
      isAfterLineBreak ||
      space.includes("\n") ||
      sentence < 0
    ) {
      closeSentence(sentences, tokens);
      sentence += 1;
      sentences.push({ start: offset, end: offset, firstToken: tokens.length, endToken: 0 });
      lastRawSentence = rawSentence;
    }
    isAfterLineBreak = false;
    const type = types[i] ?? "word";
    const pos = tags[i] ?? "X";
    const match = value.includes("'") || value.includes("’") ? contraction.exec(value) : null;
    if (
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
