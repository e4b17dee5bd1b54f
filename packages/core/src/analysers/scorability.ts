import type { AnswerContext } from "./context.ts";

/** Why a text cannot be scored as an answer. */
export type UnscorableReason =
  | "empty"
  | "not_english"
  | "placeholder"
  | "gibberish"
  | "prompt_echo"
  | "repetition"
  | "keyword_list";

export interface Scorability {
  reason: UnscorableReason;
  /** One sentence for the candidate, saying what Debrief saw and what to do. */
  message: string;
}

// The most frequent function words of each language. English prose is 35–50% function words;
// text in another language, or random letters, has almost none of the English ones.
const englishWords = new Set(
  (
    "the a an and or but of to in on at for with from by as is are was were be been being it its " +
    "this that these those i we you he she they me us my our your their them there here what " +
    "which who when where why how not no so if then than too very can could would should will " +
    "did do does had has have just also about into over after before up out all some any more " +
    "most one first because while until only"
  ).split(" "),
);
const otherLanguages: { name: string; words: Set<string> }[] = [
  {
    name: "Spanish",
    words: new Set(
      "el la los las de del que y en un una es por con para no se su al lo como más pero sus le ya fue este esta porque cuando muy sin sobre también me hasta hay donde quien desde todo nos durante".split(
        " ",
      ),
    ),
  },
  {
    name: "French",
    words: new Set(
      "le la les de des du et en un une est que qui dans pour pas sur au avec ce cette il elle nous vous je ne se plus par mais ou son sa ses leur été être avait".split(
        " ",
      ),
    ),
  },
  {
    name: "German",
    words: new Set(
      "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wir ich sie aber nach bei oder wenn wurde hat haben war".split(
        " ",
      ),
    ),
  },
  {
    name: "Portuguese",
    words: new Set(
      "o a os as de do da dos das e em um uma que não para com por se mais mas como foi ao ele ela eu nós isso está são também muito".split(
        " ",
      ),
    ),
  },
  {
    name: "Italian",
    words: new Set(
      "il lo la gli le di del della e è in un una che non per con su sono ma come anche io noi questo questa perché più molto era".split(
        " ",
      ),
    ),
  },
  {
    name: "Dutch",
    words: new Set(
      "de het een en van in is dat op te zijn met voor niet aan er maar om ook als bij ik we wij was werd naar dan nog".split(
        " ",
      ),
    ),
  },
];
const loremWords = new Set(
  "lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt labore dolore magna aliqua enim minim veniam quis nostrud exercitation ullamco laboris nisi aliquip commodo consequat".split(
    " ",
  ),
);

const letters = /\p{L}/u;
const keywordList: Scorability = {
  reason: "keyword_list",
  message:
    "This is a list of keywords, not sentences. Tell what happened and what you did, in full sentences.",
};

/** A sentence's words, lower-cased, as one string: equal for a sentence repeated verbatim. */
function sentenceKey(ctx: AnswerContext, sentence: AnswerContext["sentences"][number]): string {
  let key = "";
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    const token = ctx.tokens[i];
    if (token !== undefined && (token.type === "word" || token.type === "number")) {
      key += key === "" ? token.lower : ` ${token.lower}`;
    }
  }
  return key;
}

/**
 * Says why a text is not an answer Debrief can score (another language, placeholder text,
 * random letters, the question pasted back, one sentence repeated, a bare keyword list), or
 * undefined when it is one. Thresholds are deliberately far from any real answer: a candidate
 * who writes badly still gets a score; only text that is not an answer is refused.
 */
export function checkScorability(ctx: AnswerContext): Scorability | undefined {
  if (ctx.words === 0) {
    return {
      reason: "empty",
      message: "Write an answer first: the feedback reads your own words.",
    };
  }
  const wordTokens = ctx.tokens.filter((t) => t.type === "word" && letters.test(t.text));
  const total = wordTokens.length;
  if (total === 0) {
    return {
      reason: "gibberish",
      message: "This has no words Debrief can read. Write your answer in sentences.",
    };
  }
  let english = 0;
  let lorem = 0;
  for (const token of wordTokens) {
    if (englishWords.has(token.lower)) english += 1;
    else if (loremWords.has(token.lower)) lorem += 1;
  }
  if (total >= 4 && lorem / total >= 0.3) {
    return {
      reason: "placeholder",
      message: "This is placeholder text (lorem ipsum), not an answer. Replace it with your own.",
    };
  }
  if (total >= 6 && english / total < 0.12) {
    // Only text that is not English pays for naming its language.
    const foreign = otherLanguages.map(
      (language) => wordTokens.filter((t) => language.words.has(t.lower)).length,
    );
    let best = -1;
    otherLanguages.forEach((_, i) => {
      if ((foreign[i] ?? 0) > (best < 0 ? 0 : (foreign[best] ?? 0))) best = i;
    });
    const language = best >= 0 ? otherLanguages[best] : undefined;
    if (language !== undefined && (foreign[best] ?? 0) / total >= 0.15) {
      return {
        reason: "not_english",
        message: `This looks like ${language.name}; Debrief scores English answers for now.`,
      };
    }
    const nounish = wordTokens.filter((t) => t.pos === "NOUN" || t.pos === "PROPN").length;
    if (nounish / total >= 0.5) return keywordList;
    return {
      reason: "gibberish",
      message:
        "This doesn't read as English sentences, so Debrief can't score it. Write your answer in full sentences.",
    };
  }
  const meaningful = ctx.sentences.map((s) => sentenceKey(ctx, s)).filter((s) => s !== "");
  if (meaningful.length >= 3 && new Set(meaningful).size / meaningful.length <= 0.4) {
    return {
      reason: "repetition",
      message:
        "The same sentence is repeated over and over. Write the answer once, as a story, and it will be scored.",
    };
  }
  if (isPromptEcho(ctx, total)) {
    return {
      reason: "prompt_echo",
      message:
        "This repeats the question rather than answering it. Write your own answer and it will be scored.",
    };
  }
  let verbs = 0;
  for (const token of ctx.tokens) if (token.pos === "VERB" || token.pos === "AUX") verbs += 1;
  if (total >= 8 && verbs / total < 0.04) return keywordList;
  return undefined;
}

/** Most of the answer's word trigrams come from the prompt. */
function isPromptEcho(ctx: AnswerContext, answerWords: number): boolean {
  // Plain words of the prompt: running the tagger over it would cost as much as a short answer.
  const prompt = ctx.prompt.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  // A pasted prompt repeated many times is caught as repetition; an echo is about its length.
  if (prompt.length < 3 || answerWords > 3 * prompt.length) return false;
  const promptTrigrams = new Set<string>();
  for (let i = 0; i + 2 < prompt.length; i += 1) {
    promptTrigrams.add(`${prompt[i]} ${prompt[i + 1]} ${prompt[i + 2]}`);
  }
  const answer = ctx.tokens.filter((t) => t.type === "word").map((t) => t.lower);
  if (answer.length < 3) return false;
  let echoed = 0;
  let trigrams = 0;
  for (let i = 0; i + 2 < answer.length; i += 1) {
    trigrams += 1;
    if (promptTrigrams.has(`${answer[i]} ${answer[i + 1]} ${answer[i + 2]}`)) echoed += 1;
  }
  return trigrams > 0 && echoed / trigrams >= 0.6;
}
