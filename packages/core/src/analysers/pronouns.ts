import {
  concreteVerbForms,
  delegationVerbForms,
  distanceDisclaimers,
  managerialVerbForms,
  otherActors,
} from "../lexicons/ownership.ts";
import { createPhraseMatcher, createWordClasses, expandForms } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, clampScore, pushEvidence, tokenEvidence } from "./context.ts";

export interface OwnershipAnalysis {
  firstPersonSingular: number;
  firstPersonPlural: number;
  /** Concrete engineering verbs with "I" as the subject. */
  concreteActions: number;
  /** Coordinating verbs with "I" as the subject (drove, facilitated, made sure). */
  managerialActions: number;
  /** "I had X build", "I asked Y to": the work was done by someone else. */
  delegatedActions: number;
  /** Verbs with "we" as the subject. */
  teamActions: number;
  /** Concrete verbs done by a named other person or team. */
  otherActions: number;
  passiveClauses: number;
  disclaimers: number;
  isHidden: boolean;
  score: number;
  evidence: Evidence[];
}

// Every word class this analyser asks about, as bits of one look-up per token.
const wordClasses = createWordClasses([
  ["i", "me", "my", "mine", "myself"],
  ["we", "us", "our", "ours", "ourselves"],
  expandForms(concreteVerbForms),
  expandForms(managerialVerbForms),
  expandForms(delegationVerbForms),
  ["was", "were", "been", "being", "is", "are", "got"],
]);
const isSingular = 1;
const isPlural = 2;
const isConcrete = 4;
const isManagerial = 8;
const isDelegation = 16;
const isBeForm = 32;
const actorMatcher = createPhraseMatcher({ actor: otherActors });
const disclaimerMatcher = createPhraseMatcher({ disclaimer: distanceDisclaimers });

type Subject = "i" | "we" | "other" | undefined;

function verbClass(classes: number): "concrete" | "managerial" | "delegation" | undefined {
  if ((classes & isDelegation) !== 0) return "delegation";
  if ((classes & isConcrete) !== 0) return "concrete";
  if ((classes & isManagerial) !== 0) return "managerial";
  return undefined;
}

/** Counts pronouns and attributes actions to I, we or others; scores ownership 0–4. */
export function analyseOwnership(ctx: AnswerContext): OwnershipAnalysis {
  const { tokens } = ctx;
  const evidence: Evidence[] = [];
  let firstPersonSingular = 0;
  let firstPersonPlural = 0;
  let concreteActions = 0;
  let managerialActions = 0;
  let delegatedActions = 0;
  let teamActions = 0;
  let otherActions = 0;
  let passiveClauses = 0;

  const actorStarts = new Map<number, number>();
  for (const match of actorMatcher.find(tokens)) actorStarts.set(match.from, match.to);

  let subject: Subject;
  let subjectSentence = -1;
  let isDelegating = false;
  let subjectIndex = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.sentence !== subjectSentence) {
      subject = undefined;
      isDelegating = false;
    }
    const classes = wordClasses.of(tokens, i);
    if (
      (classes & isSingular) !== 0 &&
      (token.lower !== "i" || token.text === "I" || token.text === "i")
    ) {
      firstPersonSingular += 1;
      if (token.lower === "i") {
        subject = "i";
        subjectSentence = token.sentence;
        subjectIndex = i;
        isDelegating = false;
      }
      continue;
    }
    if ((classes & isPlural) !== 0) {
      // "us" is often the country ("the US"): only count it in lower case.
      if (token.lower === "us" && token.text !== "us") continue;
      firstPersonPlural += 1;
      if (token.lower === "we") {
        subject = "we";
        subjectSentence = token.sentence;
      }
      continue;
    }
    const actorEnd = actorStarts.get(i);
    if (actorEnd !== undefined || (token.pos === "PROPN" && tokens[i + 1]?.pos === "VERB")) {
      subject = "other";
      subjectSentence = token.sentence;
      if (actorEnd !== undefined) i = actorEnd - 1;
      continue;
    }
    if (token.pos !== "VERB" && !(token.pos === "AUX" && (classes & isDelegation) !== 0)) {
      if ((classes & isBeForm) !== 0) {
        const next = tokens[i + 1];
        if (
          next?.pos === "VERB" &&
          next.lower.endsWith("ed") &&
          subject !== "i" &&
          subject !== "we"
        )
          passiveClauses += 1;
      }
      continue;
    }
    const kind = verbClass(classes);
    if (kind === undefined || subject === undefined) continue;
    // A gerund or infinitive continues the previous verb ("started by bringing").
    const previous = tokens[i - 1];
    if (token.lower.endsWith("ing") || previous?.lower === "to") continue;
    // After "the" or "a" the tagger's VERB is a noun ("the deploy", "a fix").
    if (previous?.pos === "DET") continue;
    if (subject === "i") {
      if (kind === "delegation") {
        // "I had our data scientist train..." but not "I had to", "I got it down" or "what made".
        const next = tokens[i + 1];
        let back = i - 1;
        while (back >= 0 && (tokens[back]?.pos === "ADV" || tokens[back]?.pos === "AUX")) back -= 1;
        if (tokens[back]?.lower !== "i") continue;
        if (
          next !== undefined &&
          next.lower !== "to" &&
          next.pos !== "ADV" &&
          (next.pos === "DET" || next.pos === "PROPN" || next.pos === "PRON" || next.pos === "NOUN")
        ) {
          const after = tokens.slice(i + 1, i + 5);
          const isHandOff =
            after.some((t) => t.pos === "VERB" || t.lower === "to") && next.lower !== "it";
          if (isHandOff) {
            delegatedActions += 1;
            isDelegating = true;
            const clauseEnd = Math.min(i + 6, ctx.sentences[token.sentence]?.endToken ?? i + 1);
            pushEvidence(
              evidence,
              tokenEvidence(
                ctx,
                back,
                clauseEnd,
                "ownership",
                "hurts",
                "delegated_action",
                "Someone else did this work; say what you built yourself.",
              ),
            );
          }
        }
        continue;
      }
      if (isDelegating) continue;
      if (kind === "concrete") {
        concreteActions += 1;
        pushEvidence(
          evidence,
          tokenEvidence(
            ctx,
            // Include the "I" when it is close: "I rolled back the deploy", not "rolled back the".
            subjectIndex >= 0 && i - subjectIndex <= 3 ? subjectIndex : i,
            Math.min(i + 3, ctx.sentences[token.sentence]?.endToken ?? i + 1),
            "ownership",
            "supports",
            "first_person_action",
            "Your own action, in the first person.",
          ),
        );
      } else {
        managerialActions += 1;
      }
    } else if (subject === "we") {
      if (kind !== "delegation") teamActions += 1;
    } else if (kind === "concrete") {
      otherActions += 1;
    }
  }
  const disclaimerMatches = disclaimerMatcher.find(tokens);
  for (const match of disclaimerMatches) {
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "ownership",
        "hurts",
        "distanced",
        "You say you were not hands-on here.",
      ),
    );
  }
  const disclaimers = disclaimerMatches.length;
  const isHidden =
    disclaimers > 0 ||
    (teamActions >= 3 && concreteActions <= 1) ||
    (teamActions >= 5 && teamActions >= 2.5 * concreteActions) ||
    (delegatedActions + otherActions >= 3 &&
      delegatedActions + otherActions + managerialActions > 2 * concreteActions) ||
    // Hands-off: work handed to others, and as much coordinating as building. Plenty of "I",
    // but the engineering belongs to someone else.
    (delegatedActions > 0 && managerialActions + delegatedActions >= concreteActions);
  const score = scoreOwnership({
    concreteActions,
    managerialActions,
    delegatedActions,
    teamActions,
    otherActions,
    passiveClauses,
    disclaimers,
    firstPersonSingular,
  });
  return {
    firstPersonSingular,
    firstPersonPlural,
    concreteActions,
    managerialActions,
    delegatedActions,
    teamActions,
    otherActions,
    passiveClauses,
    disclaimers,
    isHidden,
    score: isHidden ? Math.min(score, 1) : score,
    evidence,
  };
}

interface OwnershipCounts {
  concreteActions: number;
  managerialActions: number;
  delegatedActions: number;
  teamActions: number;
  otherActions: number;
  passiveClauses: number;
  disclaimers: number;
  firstPersonSingular: number;
}

/** Maps attributed actions to the 0–4 ownership scale. */
export function scoreOwnership(c: OwnershipCounts): number {
  const speaksForSelf = c.firstPersonSingular >= 5;
  let score =
    c.concreteActions >= 5
      ? 4
      : c.concreteActions >= 3 || (c.concreteActions >= 1 && speaksForSelf)
        ? 3
        : c.concreteActions >= 1 || c.firstPersonSingular >= 3
          ? 2
          : c.firstPersonSingular > 0
            ? 1
            : 0;
  // Others' work only counts against you when it crowds out your own; a clear "they built X,
  // I built Y" split is good ownership.
  const elsewhere = c.teamActions + c.delegatedActions + c.passiveClauses;
  if (elsewhere > 2 * Math.max(1, c.concreteActions)) score -= 1;
  if (c.managerialActions > c.concreteActions && c.managerialActions >= 3) score -= 1;
  if (c.disclaimers > 0) score -= 1;
  return clampScore(score);
}
