import { clicheCues, missionCues, roleTieCues } from "../lexicons/motivation.ts";
import { createPhraseMatcher } from "../nlp/phrase-matcher.ts";
import type { Evidence } from "../types.ts";
import { type AnswerContext, pushEvidence, tokenEvidence } from "./context.ts";

export interface MotivationAnalysis {
  missionMentions: number;
  roleTies: number;
  cliches: number;
  evidence: Evidence[];
}

const missionMatcher = createPhraseMatcher({ mission: missionCues });
const roleMatcher = createPhraseMatcher({ role: roleTieCues });
const clicheMatcher = createPhraseMatcher({ cliche: clicheCues });

/** Counts mission-and-culture enthusiasm against ties to the role's engineering work. */
export function analyseMotivation(ctx: AnswerContext): MotivationAnalysis {
  const evidence: Evidence[] = [];
  const mission = missionMatcher.find(ctx.tokens);
  const roles = roleMatcher.find(ctx.tokens);
  for (const match of mission) {
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "delivery",
        "hurts",
        "generic_motivation",
        "Enthusiasm anyone could say; tie it to the engineering work.",
      ),
    );
  }
  for (const match of roles) {
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "structure",
        "supports",
        "role_tie",
        "Ties your motivation to this team's work.",
      ),
    );
  }
  const cliches = clicheMatcher.find(ctx.tokens);
  for (const match of cliches) {
    pushEvidence(
      evidence,
      tokenEvidence(
        ctx,
        match.from,
        match.to,
        "delivery",
        "hurts",
        "cliche",
        "A stock phrase; show it with an example instead.",
      ),
    );
  }
  return {
    missionMentions: mission.length,
    roleTies: roles.length,
    cliches: cliches.length,
    evidence,
  };
}
