// What no tagger knows: the nouns that make an answer technical. Matched case-insensitively
// on whole tokens, longest phrase first.

/** Generic system boundaries and parts: clients, APIs, storage, queues, caches, deployment. */
export const systemNouns = [
  "api", "apis", "endpoint", "endpoints", "service", "services", "microservice", "microservices",
  "server", "servers", "client", "clients", "database", "databases", "db", "table", "tables",
  "index", "indexes", "unique index", "schema", "schemas", "query", "queries", "query plan",
  "queue", "queues", "job queue", "topic", "topics", "stream", "streams", "cache", "caches",
  "cache layer", "keys", "key-value", "hash", "worker", "workers", "consumer", "consumers",
  "producer", "producers", "relay", "cron job", "batch job", "jobs", "pipeline", "pipelines",
  "cluster", "clusters", "node", "nodes", "pod", "pods", "container", "containers", "replica",
  "replicas", "shard", "shards", "partition", "partitions", "load balancer", "reverse proxy", "gateway",
  "cdn", "dns", "certificate", "intermediate ca", "tls", "mtls", "mutual tls", "sidecar",
  "sidecars", "namespace", "service mesh", "mesh", "connection pool", "pool", "connections",
  "connection", "thread", "threads", "memory", "cpu", "gpu", "gpus", "disk", "network",
  "transaction", "transactions", "lock", "locks", "row lock", "mutex", "library", "sdk",
  "schema registry", "config", "feature flag", "flag", "deploy", "release", "hotfix", "rollback",
  "staging", "production", "ci", "pull request", "test suite", "unit test", "integration test",
  "screen tests", "emulator", "histogram", "alert", "metric", "metrics", "logs", "trace",
  "profiler", "dashboard", "state", "payload", "payloads", "webhook", "vendor adapters",
  "scheduler", "checkpoint", "file", "files", "prefix", "bucket", "dag", "materialised view",
  "materialized view", "column",
  "columns", "row", "rows", "records", "phone", "device", "browser", "app", "backend",
  "frontend", "storefront", "data model", "dimension table", "fact table", "data catalog",
  "event", "events", "streaming state", "scripts", "script tag", "banner", "cookie", "cookies",
  "consent management platform", "tag manager", "outbox", "write path", "hot path", "read path", "sync", "upload",
  "uploads", "offline", "migration", "backfill", "autoscaler", "autoscalers", "replica counts",
  "rate table", "carrier systems", "feature store", "feature vectors", "ml model", "inference",
  "batching", "admission control", "scheduler", "weighted queues", "rate limits", "lint rule",
  "visual regression tests", "component library", "design system", "http client", "card processor",
  "timeout", "timeouts", "retry", "retries", "ttl", "expiry", "session", "sessions", "token",
  "tokens", "auth", "oauth", "saml", "sso", "signature validation", "dns record", "domain verification",
  "identity provider", "encryption", "kms", "secrets", "audit log", "bundle", "render",
  "server-side rendering", "graphql", "grpc", "websocket", "websockets", "protobuf",
] as const;

/** Named technologies, matched case-insensitively. */
export const technologies = [
  "postgres", "postgresql", "mysql", "sqlite", "redis", "memcached", "kafka", "rabbitmq", "sqs",
  "sns", "kinesis", "pubsub", "spark", "flink", "airflow", "dbt", "snowflake", "bigquery",
  "redshift", "s3", "gcs", "dynamodb", "cassandra", "mongodb", "elasticsearch", "opensearch",
  "clickhouse", "kubernetes", "k8s", "docker", "terraform", "helm", "istio", "envoy", "nginx",
  "haproxy", "pgbouncer", "debezium", "kafka connect", "rocksdb", "parquet", "avro", "msgpack",
  "json", "protobuf", "cert-manager", "logstash", "fluentd", "prometheus", "grafana", "datadog",
  "opentelemetry", "jaeger", "sentry", "pagerduty", "react", "typescript", "javascript",
  "node.js", "nodejs", "python", "java", "kotlin", "scala", "rust", "golang", "c++", "ruby",
  "rails", "django", "flask", "fastapi", "android", "ios", "swift", "storybook",
  "webpack", "vite", "lambda", "ec2", "ecs", "eks", "gke", "aws", "gcp", "azure", "cloudflare",
  "tableau", "looker", "sql", "spark structured streaming", "structured streaming", "hadoop",
  "hive", "presto", "trino", "vault", "consul", "etcd", "zookeeper", "celery", "sidekiq",
  "graphql", "grpc", "cuda", "pytorch", "tensorflow", "triton", "ray", "slurm", "jenkins",
  "github actions", "argo", "spinnaker", "launchdarkly", "stripe", "twilio", "okta",
] as const;

/** Names that are also ordinary English words, matched only with the original casing. */
export const caseSensitiveTechnologies = [
  "Go", "Room", "Node", "Rust", "Ray", "Swift", "Spring", "Vault", "REST", "Model",
] as const;

/** Mechanisms at implementation depth: how the system guarantees something. */
export const mechanisms = [
  "idempotency key", "idempotency keys", "idempotency", "unique constraint", "uniqueness constraint",
  "uniqueness constraints", "unique index", "dedupe", "deduplication", "dedupe step", "dedupes",
  "skip locked", "for update", "row lock", "optimistic locking", "version number", "compare-and-swap",
  "two-phase commit", "transactional outbox", "change data capture", "dual writes", "exactly-once",
  "at-least-once", "at-most-once", "watermarking", "watermark", "checkpointing", "checkpoint",
  "backoff", "retry budget", "rate limiting", "token bucket", "leader election", "consistent hashing",
  "sharding", "partitioned", "partitioning", "replication", "read replica", "read replicas",
  "failover", "write-ahead log", "snapshot", "compaction", "ttl", "random offset", "jitter",
  "cache invalidation", "cache stampede", "write-through", "write-behind", "lookback window",
  "merge", "upsert", "backfill", "shadow", "in shadow", "canary", "staged rollout", "staged release",
  "percentage rollout", "feature flag", "blue-green", "preemption", "preemptible", "checkpoint",
  "priority", "reserved pool", "admission control", "weighted queues", "batching", "pipelined",
  "pipeline call", "connection pooling", "pool size", "slowly changing dimension", "valid-from",
  "point-in-time", "denormalised", "denormalized", "normalised", "materialised", "materialized",
  "index", "query plan", "last write wins", "most recent edit wins", "merge conflicts", "crdt",
  "vector clock", "schema evolution", "compatibility", "backwards compatible", "versioned",
  "signature validation", "domain verification", "mutual tls", "hpa", "horizontal pod autoscalers",
  "scale-down window", "lease", "heartbeat", "circuit breaker on", "dead-letter queue for",
  "outbound call", "transaction-duration", "pool-wait-time", "language-neutral", "locale",
] as const;
