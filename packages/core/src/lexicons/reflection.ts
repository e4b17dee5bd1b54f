// Lessons, changes for next time and prevention: the reflection beat.

/** Phrases that introduce a lesson. */
export const lessonCues = [
  "lesson", "lessons", "i learned", "i learnt", "learned that", "takeaway", "what i took",
  "i took from", "taught me", "i realised", "i realized", "in hindsight", "looking back",
  "the main thing i learned", "key takeaway", "less experienced", "i'd want to learn", "my gap",
  "where i'm weaker", "i'd expect to lean",
] as const;

/** Phrases that say what would change next time. */
export const changeCues = [
  "next time", "if i did it again", "if i were doing it again", "would do differently",
  "do differently", "i'd change", "what i'd change", "i would have", "i should have",
  "should have", "i'd push", "i'd build", "i'd add", "i'd invest", "i'd start", "i'd scale",
  "i'd get", "would have caught", "now i", "these days i", "from now on", "i'd settle",
  "i'd do", "if i had more time",
] as const;

/** Phrases that show prevention or follow-up work. */
export const preventionCues = [
  "prevention", "to stop it coming back", "to prevent", "prevent", "so it can't", "never again",
  "i added an alert", "alert when", "runbook", "review checklist", "checklist",
  "postmortem", "post-mortem", "follow-up", "follow up", "regression test", "a test that fails",
  "moved that", "under cert-manager", "guardrail", "lint rule", "on a calendar",
  "put the alerts", "alert 14 days",
] as const;

/** Lessons so general they could close any story. */
export const genericLessons = [
  "i learned a lot", "communication is key", "communication was key", "how important monitoring is",
  "good learning experience", "first-class citizen", "bringing people together",
  "sometimes you just have to", "teamwork", "it's about understanding", "always think about",
] as const;
