// Verbs that show hands-on engineering versus verbs that describe managing other people's work.
// Each entry lists the forms a candidate writes ("build built builds building").

/** Concrete engineering actions: designing, writing, debugging, operating. */
export const concreteVerbForms = [
  "design designed designs designing", "build built builds building", "implement implemented implements",
  "write wrote writes written writing", "code coded", "add added adds adding", "fix fixed fixes",
  "debug debugged", "roll rolled", "migrate migrated migrates", "profile profiled", "reproduce reproduced",
  "trace traced", "pull pulled", "measure measured", "partition partitioned", "rewrite rewrote rewritten",
  "refactor refactored", "deploy deployed", "ship shipped ships", "benchmark benchmarked", "test tested",
  "instrument instrumented", "diagnose diagnosed", "patch patched", "replace replaced", "move moved",
  "switch switched", "configure configured", "automate automated", "generate generated",
  "distribute distributed", "restart restarted", "review reviewed", "prototype prototyped",
  "propose proposed", "choose chose chosen", "consider considered", "decide decided",
  "analyse analysed analyze analyzed", "investigate investigated", "find found", "confirm confirmed",
  "diff diffed", "replay replayed", "run ran runs", "gather gathered", "create created",
  "remove removed", "delete deleted", "change changed", "split", "merge merged", "cache cached",
  "index indexed", "shard sharded", "tune tuned", "optimise optimised optimize optimized",
  "compare compared", "own owned owns", "handle handled", "document documented", "model modelled modeled",
  "store stored", "encode encoded", "compute computed", "train trained", "script scripted",
  "integrate integrated", "upgrade upgraded", "flip flipped", "backfill backfilled", "wire wired",
  "export exported", "set", "setup", "dig dug", "isolate isolated", "narrow narrowed", "rollback",
  "revert reverted", "query queried", "calculate calculated", "estimate estimated", "sketch sketched",
  "draft drafted", "spec specced", "mentor mentored", "operate operated", "maintain maintained",
  "secure secured", "validate validated", "verify verified", "enforce enforced", "limit limited",
  "throttle throttled", "scale scaled", "reduce reduced", "cut", "lower lowered", "redesign redesigned",
  "rebuilt rebuild", "wrap wrapped", "collapse collapsed", "batch batched", "dedupe deduped",
  "discover discovered", "spot spotted", "notice noticed", "emulate emulated", "simulate simulated",
  "pair paired", "led lead leads", "argue argued", "credit credited", "agree agreed", "patch",
] as const;

/** Coordinating or delegating verbs: real work, but not the speaker's engineering. */
export const managerialVerbForms = [
  "drive drove driven", "champion championed", "push pushed", "facilitate facilitated",
  "coordinate coordinated", "align aligned", "keep kept", "ensure ensured", "oversee oversaw",
  "manage managed", "present presented", "monitor monitored", "send sent", "kick kicked",
  "spearhead spearheaded", "help helped", "support supported", "escalate escalated",
  "identify identified", "deliver delivered", "bring brought", "put", "establish established",
  "introduce introduced", "define defined", "focus focused", "watch watched", "sync synced",
  "communicate communicated", "liaise liaised", "partner partnered", "work worked",
  "collaborate collaborated", "lead",
] as const;

/** "I had X do it", "I got the team to", "I asked Y to": the work happened elsewhere. */
export const delegationVerbForms = ["have had", "get got", "ask asked", "let", "make made", "assign assigned", "tell told"] as const;

/** Words that mark someone else as the actor of a sentence. */
export const otherActors = [
  "he", "she", "they", "someone", "somebody", "my colleague", "a colleague", "my teammate",
  "a teammate", "my manager", "our manager", "the team", "the platform team", "the other team",
  "another engineer", "two teammates", "the experimentation team", "leadership",
] as const;

/** Admissions that the speaker was not hands-on. */
export const distanceDisclaimers = [
  "wasn't involved", "wasn't super involved", "wasn't really involved", "wasn't very involved",
  "was not involved", "more watching", "just watching", "wasn't part of", "someone else did",
  "not really my part",
] as const;
