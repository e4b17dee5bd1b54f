// Reliability and business vocabulary. Each term is fine when it is tied to a system or a
// number; a sentence made of them and nothing else is what the rubric calls stuffing.

/** Reliability and engineering-culture vocabulary. */
export const buzzwords = [
  "slo", "slos", "sli", "slis", "slo-driven", "error budget", "error budgets", "error budget policy",
  "golden signals", "backpressure", "retry storms", "circuit breakers", "circuit breaker",
  "circuit breaking", "bulkheads", "load shedding", "graceful degradation",
  "graceful degradation patterns", "observability", "distributed tracing", "high-cardinality metrics",
  "high-cardinality", "blameless postmortems", "chaos engineering", "chaos game days", "game days",
  "dead-letter queues", "exponential backoff", "idempotent retries", "structured logging",
  "fault-tolerant", "resilient", "resilience", "resilience initiative", "scalable", "battle-tested",
  "first-class citizen", "reliability posture", "synergy", "leverage", "best practices",
  "best-in-class", "world-class", "cutting-edge", "paradigm", "holistic", "robust", "seamless",
  "move the needle", "north star", "game changer", "mission-critical", "next level", "data-driven",
  "single source of truth", "shift left", "full visibility", "front and center", "p99s",
  "maintainable", "future-proof", "cloud-native", "value add", "end-to-end ownership",
  "poison messages", "cascading failures", "saturation", "uptime",
] as const;
