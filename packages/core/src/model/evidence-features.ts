import type { FeatureName } from "./features.ts";

// Which model features a "hurts" highlight stands for. A highlight is shown as hurting its
// dimension only when one of these features pushed that dimension's score down.
const byTag: Record<string, readonly FeatureName[]> = {
  buzzword: ["unbacked_buzzwords", "buzz_density"],
  no_framing: ["is_framed_early", "is_framed"],
  hedge: ["hedge_density"],
  tangent: ["tangents"],
  generic_motivation: ["generic_motivation", "mission_mentions"],
  cliche: ["cliches"],
  untied_number: ["effort_counts", "untied_share"],
  vague_scale: ["vague_scale"],
  status_outcome: ["status_outcomes"],
  delegated_action: ["delegated_actions", "other_actions"],
  distanced: ["disclaimers"],
  lesson: ["generic_reflection"],
  deflection: ["deflections", "evasions"],
};

/** The features behind a highlight's tag (none for tags that only ever support). */
export function evidenceFeatures(tag: string): readonly FeatureName[] {
  return byTag[tag] ?? [];
}
