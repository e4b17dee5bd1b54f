// Mission and culture enthusiasm: the motivation an interviewer hears from everyone.

/** Generic company enthusiasm, not about the role's engineering. */
export const missionCues = [
  "mission", "huge fan", "big fan", "passionate", "passion", "culture", "bigger than myself",
  "change the world", "dream", "amazing", "super smart", "move fast", "big bets", "important things",
  "what i do actually matters", "fast learner", "adaptable", "wherever i'm needed", "the vision",
  "the future", "love the company", "excited to be part", "impact on the world", "next level",
  "heard good things", "the engineering culture", "smart people", "grow", "growth",
] as const;

/** Phrases that tie motivation to this team's engineering. */
export const roleTieCues = [
  "your team", "the team's", "job post", "posting", "the role itself", "this team", "your platform",
  "your inference", "your data", "the problems", "your post", "the team's post", "on this team",
] as const;
