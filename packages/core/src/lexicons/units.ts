// Units tell a claim from a bare number: "120 ms" is a measurement, "47 messages in the incident
// channel" counts effort. Matched on the token(s) right after a number.

/** Units of measurement: a number followed by one of these is a quantified claim. */
export const measureUnits = [
  "ms", "millisecond", "milliseconds", "µs", "us", "ns", "%", "percent", "per cent", "pct", "qps",
  "rps", "tps", "rpm", "req/s", "gb", "tb", "mb", "kb", "pb", "gib", "mib", "tib", "k", "m", "b",
  "x", "times", "bps", "gbps", "mbps", "ghz", "cores", "vcpus", "pp", "percentage points",
  "seconds", "second", "sec", "secs", "s",
] as const;

/** Things systems count; a claim when the sentence also measures or compares. */
export const countNouns = [
  "requests", "request", "rows", "row", "events", "event", "jobs", "job", "users", "customers",
  "calls", "queries", "errors", "pods", "nodes", "gpus", "instances", "replicas", "servers",
  "machines", "shards", "partitions", "tables", "services", "pipelines", "deploys", "deployments",
  "releases", "incidents", "complaints", "tickets", "sessions", "records", "transactions",
  "orders", "reports", "features", "files", "bugs", "crashes", "alerts", "connections", "lines",
  "duplicates", "duplicate", "texts", "notifications", "keys", "entities", "clusters", "regions",
  "tests", "endpoints", "devices", "photos", "lookups", "round trips", "batches", "writes",
  "reads", "messages", "items", "documents", "accounts", "merchants", "stores", "inspectors",
  "visits", "upgrades", "dashboards queries", "executions", "runs", "builds", "pages a week",
  "pages", "deploys a day", "dollars", "million", "billion", "thousand", "hundred", "times a day",
] as const;

/** Durations: honest but weaker evidence than a measured metric. */
export const durationUnits = [
  "minutes", "minute", "mins", "min", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "quarters",
  "quarter", "sprints", "sprint",
] as const;

/** Counts of effort or people: numbers that describe the story, not the system. */
export const effortCounts = [
  "people", "persons", "engineers", "developers", "teammates", "colleagues", "person-hours",
  "meetings", "syncs", "dashboards", "slides", "pots", "cups", "coffees", "pizzas", "tabs",
  "messages in", "emails", "rollbacks", "pots of coffee", "pages long", "members", "interviews",
  "stakeholders", "teams",
] as const;

/** Words that turn a count into a measurement: comparisons, rates and metric names. */
export const claimCues = [
  "from", "dropped", "fell", "rose", "increased", "decreased", "reduced", "cut",
  "peak", "per", "a second", "a minute", "a day", "a week", "a month", "an hour", "each", "rate",
  "latency", "average", "median", "p50", "p90", "p95", "p99", "throughput", "cost", "bill",
  "within", "less than", "more than", "out of", "instead of", "saved", "handled",
  "serve", "serves", "served", "processed", "processes", "went", "grew", "shrank", "load",
  "traffic", "capacity", "budget", "target", "took", "takes", "needed", "produced", "only", "none", "under", "over",
  "wait", "waiting", "runs in", "time",
] as const;

/** Scale words that promise a magnitude without giving one. */
export const vagueScaleWords = [
  "huge", "massive", "a ton", "tons of", "a lot", "lots of", "significantly", "significant",
  "much faster", "far more", "way more", "way faster", "dramatically", "drastically", "greatly",
  "hugely", "tremendously", "noticeably", "considerably", "substantially", "at scale", "high scale",
  "serious scale", "bigger scale", "large scale", "web scale", "massive scale", "very successful",
  "big reduction", "big impact", "quite a bit", "quite a few", "a good number of", "countless",
  "enormous", "immense", "incredibly", "lightning fast", "super fast", "much better", "much more",
  "across the board", "a bunch of", "a big", "highly scalable", "very large", "really fast",
  "way better", "many more", "so much", "a great deal",
] as const;
