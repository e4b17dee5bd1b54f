import type { QuestionKind } from "../rubric.ts";

/** One beat of a kind's arc and the phrases that signal it. */
export interface Beat {
  key: string;
  label: string;
  cues: readonly string[];
}

const lessonBeat: Beat = {
  key: "lessons",
  label: "what you learned or would change",
  cues: [
    "lesson", "learned", "learnt", "next time", "differently", "if i did it again", "in hindsight",
    "looking back", "what i took", "takeaway", "i'd change", "should have", "what would i do",
  ],
};

/** The arc each kind expects, in order (RUBRIC.md, structure). */
export const structureBeats: Record<QuestionKind, readonly Beat[]> = {
  deep_dive: [
    { key: "context", label: "the context", cues: ["context", "at", "i was on", "i was one of", "this was", "the project", "the team", "last year", "we had", "the service", "the system"] },
    { key: "problem", label: "the problem", cues: ["problem", "issue", "pain", "were seeing", "missing", "failed", "slow", "stale", "complaints", "broke", "couldn't", "inconsistent", "took about", "wasted", "duplicate", "patchwork"] },
    { key: "constraints", label: "the constraints", cues: ["constraint", "constraints", "budget", "deadline", "without breaking", "couldn't touch", "had to", "must", "requirement", "limited", "couldn't stop", "no breaking"] },
    { key: "role", label: "your role", cues: ["my role", "i owned", "i was tech lead", "i led", "i was asked to lead", "my part", "i was one of", "i was the", "my colleague", "i designed", "i built"] },
    { key: "decisions", label: "the key decisions", cues: ["decision", "decided", "chose", "went with", "option", "options", "considered", "instead of", "rather than", "approach", "the idea was", "switched"] },
    { key: "execution", label: "how it was built and rolled out", cues: ["rollout", "rolled out", "shipped", "migrated", "migration", "shadow", "behind a flag", "staged", "backfill", "launched", "moved", "rewrote", "implemented"] },
    { key: "result", label: "the measured result", cues: ["result", "results", "went from", "dropped", "reduced", "cut", "improved", "after a month", "by the end", "went down", "now runs", "in the end"] },
    lessonBeat,
  ],
  debugging: [
    { key: "symptoms", label: "the symptoms", cues: ["symptoms", "started", "crash", "crashing", "errors", "timing out", "failing", "alert", "paged", "outage", "users were seeing", "showing", "broken", "went from", "falling over"] },
    { key: "signals", label: "the signals you read", cues: ["signals", "logs", "dashboard", "dashboards", "metrics", "showed", "graph", "trace", "noticed", "what we saw", "crash reports", "looked at", "the errors"] },
    { key: "hypotheses", label: "the hypotheses you narrowed", cues: ["hypothesis", "hypotheses", "i thought", "suspected", "ruled out", "pointed me", "narrowed", "theory", "either", "argued against", "at first", "that pointed"] },
    { key: "root_cause", label: "the root cause", cues: ["root cause", "turned out", "the cause", "traced", "found", "because", "caused by", "the reason"] },
    { key: "fix", label: "the fix", cues: ["the fix", "fixed", "fix was", "rolled back", "patched", "hotfix", "i changed", "i moved", "i fixed", "resolved"] },
    { key: "prevention", label: "prevention and lessons", cues: ["prevention", "prevent", "to stop it", "alert", "runbook", "checklist", "lesson", "learned", "next time", "looking back", "should have", "automated", "again"] },
  ],
  cross_functional: [
    { key: "context", label: "the partners and the decision", cues: ["product", "security", "research", "infra", "infrastructure", "legal", "partner", "partners", "between", "sales", "design", "finance"] },
    { key: "concerns", label: "each side's constraints and risks", cues: ["risk", "concern", "worried", "constraint", "requirement", "wanted", "needed", "problem", "hated"] },
    { key: "evidence", label: "the evidence you gathered", cues: ["data", "logs", "found that", "numbers", "measured", "pulled", "evidence", "explained", "reframed"] },
    { key: "options", label: "the options you laid out", cues: ["options", "option", "design doc", "proposed", "alternatives", "versus", "trade"] },
    { key: "agreement", label: "how the decision was made", cues: ["agreed", "decided", "signed off", "aligned", "compromised", "experiment", "the call"] },
    { key: "execution", label: "what you built", cues: ["i built", "i implemented", "i wrote", "launched", "shipped", "built", "implemented", "rolled out"] },
    { key: "result", label: "the result", cues: ["result", "hit the target", "dropped", "reduced", "went from", "since", "launched", "recovered"] },
  ],
  conflict: [
    { key: "shared_goal", label: "the shared goal", cues: ["shared goal", "both wanted", "same thing", "the goal", "we both", "goal was", "common goal"] },
    { key: "evidence", label: "the evidence", cues: ["evidence", "numbers", "data", "measured", "benchmark", "example", "pulled", "gathered", "showed", "argument"] },
    { key: "options", label: "the options", cues: ["option", "options", "proposed", "alternative", "compromise", "hybrid", "wanted", "i thought", "his approach", "her model"] },
    { key: "experiment", label: "a reversible experiment", cues: ["prototype", "experiment", "test", "trial", "pilot", "spike", "a/b", "reversible", "replay", "staging"] },
    { key: "decision", label: "a documented decision", cues: ["decision record", "documented", "design doc", "rfc", "adr", "we wrote", "ended up", "in the end", "decided", "we agreed"] },
    { key: "commit", label: "committing to the call", cues: ["agreed", "committed", "went along", "signed off", "moved forward", "credited", "commit", "lesson", "learned", "differently"] },
  ],
  intro: [
    { key: "current_role", label: "your current role", cues: ["i'm a", "i am a", "currently", "i work", "engineer at", "developer at", "i've been at", "i've spent", "right now i"] },
    { key: "strengths", label: "your strengths", cues: ["best at", "strength", "strengths", "good at", "i specialise", "i specialize", "i focus", "what i enjoy", "i'm strongest", "i build", "i like"] },
    { key: "impact", label: "a representative result", cues: ["example", "recently", "i led", "dropped", "reduced", "cut", "improved", "went from", "i built", "i rebuilt"] },
    { key: "why_role", label: "why this role", cues: ["this role", "interested in", "looking at this", "why", "your team", "excited", "looking for", "next step", "what draws me"] },
  ],
  motivation: [
    { key: "the_work", label: "the engineering work in this role", cues: ["your team", "the role", "job post", "posting", "this team", "your platform", "the work", "the problems", "your inference", "your data", "the team's"] },
    { key: "my_fit", label: "what you have done that fits", cues: ["i've built", "i own", "i built", "at my current", "i've been", "for the past", "i've got good", "i run", "i solved"] },
    { key: "contribution", label: "what you would bring or learn", cues: ["contribute", "bring", "less experienced", "learn", "i'd expect", "i could", "apply that", "gap"] },
  ],
  logistics: [],
};

/** Beats a deep-dive monologue hits; in an intro they signal the wrong shape. */
export const deepDiveShapeCues = [
  "the big design question", "i proposed replacing", "i went with", "the cost was", "exactly-once",
  "at-least-once", "side by side", "if i did it again", "the problem was", "rollout", "i considered",
  "i chose", "the cost", "the hard choice", "the hard part", "next time i'd", "rolled it out",
  "i'll describe", "i'll walk through", "my part was", "my role", "the main decision", "went from",
] as const;
