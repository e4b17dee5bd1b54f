import type { QuestionKind } from "@debrief/core/rubric";

/**
 * Practice question bank. Rows are upserted by `slug`: never rename a slug once it has shipped.
 * Example answers are written to score highly on the rubric for their kind
 * (see docs/rubric.md): framed arc, first-person ownership, numbers with units,
 * named components, tradeoffs with costs, a measured result, and a lesson.
 */
export interface BankQuestion {
  /** Stable unique key, kebab-case. */
  slug: string;
  kind: QuestionKind;
  /** Short label for lists, at most 60 characters. */
  title: string;
  /** The question as an interviewer would ask it. */
  prompt: string;
  /** Two to four lines of advice for this question, separated by "\n". */
  guidance: string;
  /** A model answer in the first person. */
  exampleAnswer: string;
}

/** Guidance lines, one per line. */
const lines = (...parts: string[]): string => parts.join("\n");
/** Answer paragraphs, separated by a blank line. */
const paragraphs = (...parts: string[]): string => parts.join("\n\n");

const deepDive: BankQuestion[] = [
  {
    slug: "deep-dive-migration-you-led",
    kind: "deep_dive",
    title: "A data migration you led",
    prompt:
      "Walk me through a migration you led. What moved, how did you keep it safe, and how did you know it worked?",
    guidance: lines(
      "Frame it in two sentences: what moved from where to where, and the one constraint that made it hard (no downtime, data volume, consistency).",
      "Spend most of your time on the correctness strategy: how reads and writes stayed consistent during the move, how you verified it, and how you could roll back.",
      "Say what you built versus the team, then close with before-and-after numbers and the one thing you'd plan differently.",
    ),
    exampleAnswer: paragraphs(
      "I'll walk through the orders database migration I led at Harborline, an online home-goods retailer, in 2023. In short, we moved 900 million order rows from a single MySQL instance to a partitioned Postgres cluster without downtime, under the constraint that checkout could never pause for more than a minute. I'll cover the dual-write design, the cutover, and the numbers afterwards.",
      "Context: every order, line item and status change lived in one MySQL primary with two read replicas. The orders table had grown to 2.1 TB, peak writes reached about 1,500 per second during sales, and a schema change took 14 hours with an online schema-change tool. Twice that year replica lag passed 10 minutes during a sale, and customers saw recent orders missing from their history.",
      "My role: I was tech lead for a team of three. I wrote the design doc, built the dual-write layer and the verification job, and ran the cutover. One teammate owned the backfill workers; the other moved the reporting queries.",
      "The key decision was how to keep two databases consistent during the move. I compared change data capture from the MySQL binlog with dual writes from the application. CDC would have avoided touching application code, but nobody on the team had run Kafka Connect, and I wanted the failure handling in code we could read and test. I chose application dual writes behind a feature flag: MySQL stayed the source of truth, every write also went to Postgres in the same request, and any failed Postgres write landed on an SQS repair queue keyed by order ID. The cost was extra write latency, about 6 ms at p99, and a period where two systems had to agree. I mitigated the second part with a nightly verifier that hashed every order changed that day in both stores and re-copied any mismatch.",
      "Execution took 11 weeks. The backfill copied historical orders in primary-key ranges of 50,000 rows, throttled to keep replica lag under 5 seconds, and finished in 9 days. I then moved reads in steps of 1%, 10%, 50% and 100% of traffic, after a week of shadow reads that compared both responses; the shadow diff caught two timezone bugs in date columns before any customer saw them. The final cutover flipped the source of truth during a 40-second write freeze at 4 a.m.",
      "Results: p99 for order-history reads went from 850 ms to 120 ms, because monthly partitions meant most queries touched only recent data. Most schema changes dropped from 14 hours to under a minute, and we had zero replica-lag incidents in the next two sales.",
      "What I'd do differently: I underestimated the reporting queries, which added three weeks. Next time I'd inventory every reader of the table, including cron jobs and analyst dashboards, before writing the design doc.",
    ),
  },
  {
    slug: "deep-dive-system-designed-from-scratch",
    kind: "deep_dive",
    title: "A system you designed from scratch",
    prompt:
      "Tell me about a system you designed from scratch. What did the architecture look like and what were the key decisions?",
    guidance: lines(
      "Open with the problem the system solved and its hard requirements (delivery guarantees, latency, team size) before any architecture.",
      "Name the components and the path a request takes through them, then pick the two decisions that mattered most and give the alternative, the reason and the cost for each.",
      "Finish with a measured result against the old baseline and a lesson about something you got wrong.",
    ),
    exampleAnswer: paragraphs(
      "I'll describe the webhook delivery service I designed from scratch at Tallyset, an invoicing API for small businesses. The problem was that customers missed payment events; the constraints were at-least-once delivery, no change to our public event format, and a team of two. I'll cover the architecture, the retry and isolation decisions, and the results.",
      "Before this, our API servers sent webhooks inline: when an invoice was paid, the request handler made an HTTP POST to the customer's endpoint with a 10-second timeout and gave up on failure. About 3% of events never arrived, support handled around 90 tickets a month about it, and one slow customer endpoint could tie up API workers during busy hours.",
      "I owned the design and most of the code; a second engineer built the delivery log in the customer dashboard.",
      "The design: the API writes each event to a Postgres events table in the same transaction as the business change, a relay publishes new rows to SQS, and a pool of delivery workers consumes them. Each delivery carries an event ID and an HMAC-SHA256 signature over a timestamp and the body, so customers can dedupe and reject replays. Failed deliveries retry with exponential backoff and jitter for up to 72 hours, then move to a dead-letter queue that customers can replay from the dashboard.",
      "Two decisions mattered most. First, a queue per customer versus a shared queue. Per-customer queues give perfect isolation, but we had 14,000 customers and I didn't want to manage that many queues. I chose a shared queue plus a per-endpoint circuit breaker: after 20 consecutive failures, that endpoint's deliveries park in Postgres and a probe retries once a minute. The cost is that parked events arrive late when the endpoint recovers, which I mitigated by draining them in order at a capped 50 per second so we don't flood a recovering server. Second, ordering. Customers asked for strict order, but that would have forced one in-flight delivery per customer. I chose not to guarantee order, and instead put a sequence number and the resource's current state in every payload and documented how to handle out-of-order events.",
      "I rolled it out behind a per-customer flag, starting with 50 internal and friendly accounts, then everyone over three weeks.",
      "Results over the first quarter: delivery within 5 minutes went from 97% to 99.96%, webhook tickets dropped from about 90 a month to 8, and API p99 fell from 640 ms to 310 ms because handlers no longer waited on customer servers.",
      "What I learned: my circuit-breaker thresholds were guesses, and in the first week they parked a few healthy endpoints that were returning 429s. Now I treat rate-limit responses separately from failures, and I'd start any breaker in log-only mode to tune thresholds on real traffic.",
    ),
  },
  {
    slug: "deep-dive-performance-project",
    kind: "deep_dive",
    title: "A performance project you drove",
    prompt:
      "Tell me about a time you made a system significantly faster. How did you find the problem and what did you change?",
    guidance: lines(
      "State the latency or throughput target, the baseline, and the constraint you couldn't break (relevance, correctness, budget) in your opening lines.",
      "Show measurement before changes: how you profiled, what the data said, and which cost you went after first and why.",
      "For each change, name the alternative you rejected and the cost you accepted, then give before-and-after numbers at the percentile that mattered.",
    ),
    exampleAnswer: paragraphs(
      "The project I'd pick is cutting search latency at Shelfwise, a grocery delivery marketplace, where I was a senior backend engineer on the search team. Product search p99 was 1.4 seconds during the evening peak, the constraint was that relevance could not drop, measured by add-to-cart rate from search, and I had one quarter. I'll cover how I found the cost, the changes, and the results.",
      "Context: the mobile and web clients call a Kotlin search API, which queries a 12-node Elasticsearch cluster holding about 6 million documents, one per store and product pair, at around 2,500 queries per second at peak. Latency had crept up as we added stores, and slow searches correlated with abandoned sessions.",
      "I owned the investigation and the fixes; a data scientist on the team owned the relevance evaluation.",
      "I started by profiling instead of guessing. Running the Elasticsearch profile API on a sample of 5,000 slow queries, I found two costs. 40% of slow queries used leading-wildcard matching for typo tolerance, which scans the term dictionary. And every query filtered to the user's store after scoring, so Elasticsearch scored products from all 800 stores and threw away 99% of them.",
      "For the wildcards, I compared three options: keep them and add nodes, switch to fuzzy queries, or index edge n-grams. More nodes cost about $9,000 a month and only treated the symptom. Fuzzy queries helped typos but hurt prefix matching while typing. I chose edge n-grams on product names, which made the index 35% larger and reindexing slower; I mitigated that by building the new index alongside the old one and switching an alias, so rollback was a one-line change. For the store filter, I moved it into a non-scoring filter clause and routed documents by store ID, so each query hits one shard instead of all 24.",
      "I also added a 60-second Redis cache for the top 2,000 queries per store, which cover about 30% of traffic. The tradeoff was stock status up to a minute stale, which product accepted after a test showed out-of-stock clicks rose by only 0.2%.",
      "I shipped each change behind a flag and ran a two-week A/B test on 10% of users.",
      "Results: p99 went from 1.4 seconds to 210 ms and p50 from 180 ms to 45 ms, add-to-cart from search rose 3.1%, and we shrank the cluster from 12 nodes to 8, saving about $6,000 a month.",
      "Looking back, I should have built a per-query-type latency dashboard first; I spent the first two weeks on hand-run samples. I now add those metrics at the start of any performance project.",
    ),
  },
  {
    slug: "deep-dive-project-that-failed",
    kind: "deep_dive",
    title: "A project that didn't go as planned",
    prompt:
      "Tell me about a project that failed or that you had to stop. What happened, and what did you learn?",
    guidance: lines(
      "Own the failure plainly in the first lines: what you set out to build, the constraint, and that it didn't work. Don't blame partners or timing.",
      "Explain the decision that went wrong and why it seemed right at the time, then how you noticed, measured the gap and chose to stop or change course.",
      "Interviewers want the recovery: what you shipped instead, its measured result, and how you scope projects differently now.",
    ),
    exampleAnswer: paragraphs(
      "I'll talk about an in-house feature store I led at Quillmark, a lending startup, which we shut down after five months. The goal was to give our credit model identical features online and offline; the constraints were a 50 ms budget on the loan-decision path and a team of three. I'll cover what I built, why it failed, what we did instead, and what I changed in how I scope projects.",
      "Context: our credit model scored about 40,000 loan applications a day. Data scientists computed features in Spark for training, and backend engineers re-implemented them in Python for the decision service. The two versions drifted, and in one quarter we found 11 features with different logic online and offline, which cost about two points of AUC in production.",
      "I proposed and led the project. I wrote the design doc, built the feature definition language and the online serving path on Redis, and led two engineers who built the Spark backfill.",
      "The core decision was to build a general system: every feature defined once in our own DSL, computed in batch by Spark and in streaming by Flink, served from Redis. I chose to build it ourselves rather than adopt Feast, because Feast at the time didn't support the point-in-time joins we needed on loan events, and I believed a general tool would pay off across future models.",
      "That was the mistake. By month four the DSL and batch path worked, but streaming was behind, and the DSL covered only 60% of real features; the rest still needed custom code. Meanwhile the credit team was waiting on a model refresh. I measured progress against the original goal, and we were at least four months from replacing the old path.",
      "So I recommended stopping. I wrote a one-page postmortem and proposed a much smaller fix: keep feature logic in one Python package, call it from both the Spark training job and the decision service, and run a nightly parity check that computes every feature both ways for 10,000 sampled applications and alerts on any mismatch above 0.1%. The cost was that Spark had to run Python UDFs, which made training feature generation 40% slower; I mitigated it by caching daily feature outputs in Parquet. I built it in three weeks.",
      "Results: online-offline mismatches went from 11 features to zero within a month, the parity check caught four regressions in the next half year, and the model refresh shipped with the AUC gap closed. Decision-path latency stayed at 32 ms p99.",
      "What I learned: I scoped a platform when the problem was one model's correctness. Now I ship the smallest thing that removes the measured pain and generalise only when a second team asks for it. I also put a checkpoint date in every design doc where we compare progress with the goal and decide whether to continue.",
    ),
  },
  {
    slug: "deep-dive-most-complex-system",
    kind: "deep_dive",
    title: "The most complex system you've built",
    prompt: "What's the most technically complex thing you've built? Walk me through how it works.",
    guidance: lines(
      "Complexity needs a map: frame the system, its budget (latency, cost, scale) and your role in the first few sentences, then trace one request through it.",
      "Pick the one or two hardest decisions and show how you made them with data, such as a load test or a benchmark, including what you gave up.",
      "Cover failure handling, not just the happy path, and end with measured results and what you'd redesign.",
    ),
    exampleAnswer: paragraphs(
      "The most complex system I've built is the inference gateway for our ranking models at Brightloom, a short-video app. To frame it: we needed to serve a transformer ranking model on GPUs for every feed request, the constraint was a 60 ms p99 budget for ranking inside a 250 ms feed request, and GPU spend had to stay flat while traffic doubled. I'll cover the batching design, the failure handling, and the results.",
      "Context: the feed service sends ranking about 500 candidate videos per request, at 9,000 feed requests per second at peak. Before my project, each feed pod called a Triton inference server directly, one request at a time. GPUs ran at 25% utilisation, ranking p99 was 95 ms, and we were buying more GPUs every quarter.",
      "I was the lead engineer: I designed the gateway, wrote the batching scheduler in Go, and owned the rollout. Two ML engineers handled model export and quantisation.",
      "The gateway sits between the feed service and a fleet of 40 Triton servers. It groups incoming requests by model version and sequence-length bucket, waits at most 4 ms to fill a batch, and sends each batch to the least-loaded server, using queue depth that each server reports every 100 ms.",
      "The hardest decision was the batching window. A longer window fills batches and raises throughput but adds latency to every request. I load-tested windows from 1 to 10 ms with production traffic shapes and chose 4 ms with a maximum batch of 32 requests: that raised GPU utilisation to 70% while adding only 4 ms at p99. I also chose a central gateway over client-side batching in each feed pod, because no single pod saw enough traffic to fill batches. The cost was an extra network hop and a new service to operate, which I mitigated by running three gateway replicas per zone and giving the client a fallback that calls Triton directly if the gateway is unhealthy.",
      "Failure handling took as long as the happy path. I added load shedding: when a server's queue exceeds 50 ms of estimated work, the gateway returns a score from a small CPU model instead, so feeds degrade rather than time out.",
      "I rolled it out region by region over four weeks, comparing engagement against a holdout group.",
      "Results: ranking p99 went from 95 ms to 48 ms, GPU utilisation from 25% to 70%, and we served twice the traffic on 40 GPUs instead of the 85 the old plan required, about $110,000 a month avoided. Fallback scores covered 0.3% of requests at the worst peak.",
      "What I'd do differently: I tuned the batching window by hand, and it went stale when models got larger. I'd make it adaptive from day one, sized from measured per-batch latency.",
    ),
  },
  {
    slug: "deep-dive-reliability-project",
    kind: "deep_dive",
    title: "A reliability project you led",
    prompt:
      "Tell me about a project where you improved the reliability of a service. What was failing and what did you change?",
    guidance: lines(
      "Quantify unreliability up front: availability against target, incident count, pages per month. Then say what the evidence showed was causing it.",
      "Name the mechanisms you added (timeouts, circuit breakers, bulkheads, SLO alerts) and why each fits a failure you actually saw, plus the bigger redesign you didn't do and why.",
      "Be clear about which changes you implemented yourself, and close with the same metrics after, plus what you'd involve others in earlier.",
    ),
    exampleAnswer: paragraphs(
      "I'll walk through a reliability project I led on the checkout service at Forkful, a restaurant delivery app, in 2022. The problem was frequent checkout outages triggered by dependencies; the constraint was that we couldn't change the payment provider or freeze features for more than one sprint. I'll cover how I measured it, the three mechanisms I added, and what changed.",
      "Context: checkout is a Java service behind our API gateway. Each order calls six dependencies, including pricing, promotions, restaurant availability and the payment provider. At dinner peak it handles about 1,100 orders per minute. In the first half of 2022 we had 9 checkout incidents, availability was 99.5% against a 99.9% target, and the team got about 35 pages a month.",
      "I was a senior engineer on a team of six and proposed the project after the third incident. I wrote the reliability review, defined the SLOs, and implemented the timeout and circuit-breaker changes myself; two teammates took the load tests and runbooks.",
      "First I classified every incident from the past year. Seven of nine started in a non-critical dependency, usually promotions, and spread because checkout waited on it with a 30-second default timeout, so request threads piled up until the pool of 200 was exhausted.",
      "The decisions were about what checkout must have versus what it can skip. I split dependencies into critical, pricing and payment, and optional, promotions and delivery-time estimates. For optional calls I set timeouts from measured p99 plus margin, 300 ms instead of 30 seconds, and wrapped them in Resilience4j circuit breakers, so checkout proceeds without a promo when promotions fails. I considered moving the whole order flow onto a queue, which would isolate dependencies better, but it meant changing the client contract and a quarter of work. The cost of my approach was that customers occasionally paid without a promo applied; I mitigated that by logging every skipped promotion and running a job that refunds the difference automatically within an hour.",
      "I also gave each dependency its own thread pool, a bulkhead, so one slow call can't take all 200 threads, and replaced 14 threshold alerts with SLO burn-rate alerts.",
      "I shipped each change behind a config flag, tested it with fault injection in staging, then ran a game day in production at low traffic.",
      "Results over the next six months: availability rose from 99.5% to 99.96%, pages dropped from about 35 a month to 6, and we had one checkout incident instead of nine. Automatic promo refunds averaged about 40 a week, under $300 in total.",
      "What I'd change: I should have agreed the critical-versus-optional split with product at the start; two calls I marked optional mattered to restaurants and needed rework.",
    ),
  },
  {
    slug: "deep-dive-cost-reduction",
    kind: "deep_dive",
    title: "A cost reduction you drove",
    prompt:
      "Tell me about a time you significantly reduced infrastructure cost. How did you decide what to change?",
    guidance: lines(
      "Lead with the bill, its trend and the requirement you had to keep (retention, latency, incident response), so the savings have context.",
      "Show that you measured usage before redesigning: what was stored or computed versus what was actually read, and which options you priced.",
      "Say what got worse as a result of your choice and how you softened it, then give the cost before and after plus any operational gains.",
    ),
    exampleAnswer: paragraphs(
      "I'll describe how I cut our logging costs at Northdeck, a B2B scheduling platform, by about 60%. The context was a logging bill growing faster than revenue; the constraints were keeping 30 days of searchable logs for support and security and not slowing incident response. I'll cover where the money went, the architecture change, the tradeoff we accepted, and the savings.",
      "Our 150 services wrote about 4 TB of logs a day into a self-managed Elasticsearch cluster of 36 nodes. The cluster cost $52,000 a month and took an engineer about one day a week for shard and disk problems. Finance flagged it when it passed 12% of our cloud bill.",
      "I was on the observability team of four. I did the cost analysis, wrote the design doc, built the routing pipeline and ran the migration; a teammate updated the dashboards and alert queries.",
      "First I measured what we stored against what we read. I sampled a week of logs and a month of search history: 55% of volume came from debug and info logs from three chatty services, and 92% of searches looked at the last 48 hours.",
      "I priced three options: a hosted vendor, shorter retention, or tiered storage. The vendor quote was $61,000 a month at our volume, more than we paid already. Cutting retention to 7 days broke the security team's 30-day requirement. I chose tiering: Vector agents route logs by level and service, the last 3 days go to a smaller Elasticsearch cluster, and everything is also written as compressed Parquet to S3, partitioned by date and service, and queried through Athena for older searches.",
      "The cost was that searching older logs went from seconds to about 40 seconds, and engineers had a second query tool to learn. I mitigated that with a search page that routes each query to the right tier based on its time range, so people still used one box. I also sampled debug logs at 10%, with a per-service override that on-call can flip during an incident.",
      "I migrated service by service over six weeks, running both paths in parallel and comparing daily document counts per service, which caught one service whose multiline stack traces were being split.",
      "Results: the monthly cost went from $52,000 to $21,000, the Elasticsearch cluster shrank from 36 nodes to 9, and cluster-related pages went from about 6 a month to 1. Median search time during incidents didn't change, because almost all incident searches hit the hot tier.",
      "What I'd do differently: I'd bring the security team in earlier. Their audit queries had patterns I hadn't tested, and two of them needed rewriting for Athena the week before an audit.",
    ),
  },
  {
    slug: "deep-dive-api-you-designed",
    kind: "deep_dive",
    title: "An API you designed",
    prompt:
      "Tell me about an API you designed. Who used it, what did the contract look like, and what would you change?",
    guidance: lines(
      "Start with who calls the API and the hard requirements (payload size, partial failure, how long you'll support it), since those drive the contract.",
      "Walk through the contract concretely: resources, the request flow, idempotency, error reporting, and how clients learn the outcome.",
      "Name the design choices you debated (atomic vs partial success, sync vs async), the cost of each choice, and the adoption or support numbers afterwards.",
    ),
    exampleAnswer: paragraphs(
      "I'll walk through the bulk import API I designed at Payloft, an HR and payroll platform. Enterprise customers needed to sync employee records from their HR systems; the constraints were imports of up to 200,000 employees, partial failures that couldn't silently corrupt payroll data, and a public contract we'd support for years. I'll cover the contract, the key decisions, and how it performed.",
      "Before this, customers called our single-record REST endpoint in a loop. A 50,000-employee sync took about 6 hours at our limit of 10 requests per second, and when it failed halfway customers had no clean way to resume, so support spent about 20 hours a month repairing half-imported records.",
      "I owned the API design and the backend: I wrote the design doc, ran the review with three customers' engineering teams, and implemented the import service. A frontend engineer built the import status page.",
      "The contract has three steps. The client creates an import job with an idempotency key and receives upload URLs, uploads newline-delimited JSON in chunks of up to 10,000 records directly to S3, then calls commit. A worker validates every record and writes a per-record result file, and the job resource reports progress and links to the error report. Clients poll the job or receive a webhook when it finishes.",
      "The main decision was all-or-nothing versus partial success. Atomic imports are easier to reason about, but one bad row among 200,000 would block an entire payroll sync. I chose partial success with a result for every record, keyed by the customer's own employee ID, and made each record an upsert on that ID, backed by a unique constraint on customer and external ID, so re-running the same file is safe. The cost is that customers must read the error report, which I mitigated by making error codes stable and documented and adding a dry-run flag that validates without writing.",
      "I also chose asynchronous jobs over one large synchronous request. Synchronous was simpler for clients, but our load balancer times out at 60 seconds and large imports take minutes.",
      "Before opening it up, I gave it to five design-partner customers for a month. Their main feedback was that they wanted to send only changed records, so I added an updated-since mode to our export endpoint to pair with it.",
      "Results: a 50,000-employee import went from about 6 hours to 7 minutes, import-related support time dropped from 20 hours a month to 3, and 60% of enterprise customers adopted it within two quarters.",
      "What I'd change: I'd treat error codes as part of the versioned contract from day one. I renamed two after launch and broke a customer's parser, so now every public enum in our APIs goes through the same review as the endpoints.",
    ),
  },
];

const debugging: BankQuestion[] = [
  {
    slug: "debugging-production-incident-on-call",
    kind: "debugging",
    title: "A production incident you handled on call",
    prompt:
      "Tell me about a production incident you were on call for. Walk me through it from the first alert.",
    guidance: lines(
      "Tell it in order: symptoms with numbers, the signals you checked, the hypotheses you ruled out and why, then the root cause.",
      "Separate mitigation (how you stopped the bleeding) from the fix (what you changed so it can't recur), and say what you did personally.",
      "Close with prevention: the alert, dashboard or review rule you added, and the lesson in one sentence.",
    ),
    exampleAnswer: paragraphs(
      "The incident I'd pick happened at Tandem, a fitness app, where I was the on-call backend engineer on a Monday morning in January, our busiest week of the year. I'll go through what we saw, how I narrowed it down, the root cause, and what we changed.",
      "Symptoms: at 7:02 a.m. the home-feed API, which the mobile app calls on launch, went from a p99 of 300 ms to over 8 seconds, and the 5xx rate climbed to 22%.",
      "Signals: the Postgres primary was at 100% CPU, and the slow-query log showed one query, the weekly challenge leaderboard, running about 1,400 times a minute instead of the usual 20. The Redis cache that normally serves that leaderboard looked healthy, but its hit rate for leaderboard keys had fallen from 99% to near zero at exactly 7:00.",
      "I had three hypotheses: a bad deploy, Redis evictions, or something time-based. There had been no deploy since Friday, and Redis memory sat at 40% with no evictions, so I focused on timing. Every leaderboard key had a TTL ending at 7:00 on Monday, because they were set to expire when the weekly challenge rolled over.",
      "Root cause: a cache stampede. When all the keys expired together, every request missed, and each one ran the 600 ms leaderboard query against Postgres. With 5,000 app launches a minute at that hour, the queries saturated the database, each got slower, and more requests piled in behind them.",
      "To mitigate, I ran the leaderboard job by hand to repopulate Redis, and the API recovered in about four minutes. Total impact was 31 minutes of degraded feeds.",
      "The fix, which I wrote that week, had two parts. First, request coalescing: on a miss, one request takes a short lock with Redis SET NX and recomputes, while the others serve the previous value, which I kept in a second key without a TTL. Second, I moved leaderboard computation into a scheduled job that writes the new week's data five minutes before rollover, so the read path never computes it. I considered only adding jitter to the TTLs, but that spreads misses out rather than removing them, and this query was too expensive for the request path.",
      "Prevention: I added an alert on cache hit rate per key prefix, a dashboard panel for Postgres queries per second by query fingerprint, and a review checklist item for cache keys that expire at the same moment. The lesson for me was that a cache hiding an expensive query is a dependency with its own failure mode, so I now ask what happens on a cold cache before approving any caching change.",
    ),
  },
  {
    slug: "debugging-intermittent-duplicate-charges",
    kind: "debugging",
    title: "An intermittent bug that was hard to pin down",
    prompt:
      "Tell me about an intermittent bug, one that only happened occasionally. How did you track it down?",
    guidance: lines(
      "Intermittent bugs are about narrowing: show how you turned anecdotes into a dataset and what pattern (time, load, client, version) it revealed.",
      "Name each hypothesis and the evidence that eliminated it, then explain the root cause as a sequence of events a listener can follow.",
      "Cover the fix, the cleanup of past damage, and the check that would catch the whole class of bug next time.",
    ),
    exampleAnswer: paragraphs(
      "The bug I'd pick was intermittent duplicate charges at Corvane, an event ticketing platform, where I was on the payments team. It hit about 1 in 4,000 purchases, so it took careful narrowing. I'll cover the symptoms, the signals, how I narrowed the hypotheses, the root cause, the fix and prevention.",
      "Symptoms: support was getting 15 to 20 tickets a week from customers charged twice for the same tickets. Each case showed two successful charges with our card processor a few seconds apart, but only one order in our database.",
      "Signals: I joined a month of processor charge records against our orders and found 212 duplicates, about 0.025% of purchases. They clustered during big on-sales, when checkout p99 rose above 25 seconds. In the load balancer logs, every duplicate's first request ended in a 504, and a second request arrived from the same client 1 to 3 seconds later.",
      "Hypotheses: either users were double-clicking, or something was retrying. Double clicks didn't fit, because the web client disables the button and the gap was too regular. So I checked retries. Our mobile and web clients retry once on a 504. The load balancer's idle timeout was 30 seconds, while the checkout service's call to the processor could take 40 seconds under load.",
      "Root cause: the load balancer gave up at 30 seconds and returned a 504, but the checkout service kept running and completed the charge. The client retried, and the retry created a second charge. Its order insert then failed on a unique constraint on the cart ID, which the service logged and swallowed, but by then the second charge had already gone through.",
      "The fix: I added idempotency keys end to end. The client generates a key per checkout attempt and sends it on retries. The service stores the key in a payment_attempts table with a unique constraint before calling the processor, and passes the same key in the processor's idempotency header. A retry with a known key returns the stored result or waits for the in-flight attempt. I also set the service's processor timeout to 25 seconds, below the load balancer's 30, and wrote a one-off script that found and refunded the 212 historical duplicates.",
      "Result: duplicates went from about 50 a week at peak to zero over the next three months, including two large on-sales.",
      "Prevention: I added a daily reconciliation job that compares processor charges with orders and alerts on any mismatch, and a rule in our service template that every outbound timeout must be shorter than the upstream one. The lesson was that a swallowed constraint error was the clearest signal we had, and nothing alerted on it.",
    ),
  },
  {
    slug: "debugging-memory-leak",
    kind: "debugging",
    title: "Tracking down a memory leak",
    prompt:
      "Walk me through how you tracked down a memory leak or resource leak in a production service.",
    guidance: lines(
      "Describe the shape of the symptom (sawtooth memory, restarts, how fast it grows and what it correlates with), because that shape is your first clue.",
      "Show the tools you used to narrow it, such as heap snapshots, profiles or diffs between releases, and what they pointed at, rather than reading code at random.",
      "End with the fix, a test that proves it, and the monitoring or logging change that would have surfaced it sooner.",
    ),
    exampleAnswer: paragraphs(
      "This was a memory leak in the Node.js service that renders signing pages at Inkstone, an e-signature company. I'll walk through the symptoms, the signals I used, how I narrowed it, the root cause, and what we changed afterwards.",
      "Symptoms: after a release in March, the service's pods started restarting every 5 to 6 hours, OOMKilled by Kubernetes. Each restart dropped in-flight requests, so about 0.5% of page loads failed, and on-call was paged four or five times a day.",
      "Signals: the container memory graph was a clean sawtooth, climbing about 250 MB an hour from a 300 MB baseline until it hit the 1.5 GB limit. The slope tracked traffic, slower overnight, which pointed at something retained per request rather than a timer or a cache warming up.",
      "The release diff gave me three hypotheses: a new PDF library version, a change to our logging middleware, and a new feature-flag client. Rather than read all three diffs line by line, I took heap snapshots from one pod at 10 minutes and at 2 hours after start, through the inspector port over a kubectl port-forward, and compared them in Chrome DevTools. Nearly all the growth was closures and strings retained by a single EventEmitter that had about 900,000 listeners.",
      "That narrowed it to the feature-flag client. Root cause: our wrapper called the SDK's on-change subscription inside the request handler, so every request added a listener to a process-wide emitter that lived forever. Each listener captured the request context, including the rendered HTML, which is why memory grew so fast. Node had printed a MaxListenersExceededWarning on startup, but our logging config filtered process warnings out.",
      "The fix: I moved the subscription to module initialisation, one listener per process that updates an in-memory flag snapshot, and handlers now read that snapshot. I added a test that runs 10,000 simulated requests and asserts the listener count stays constant. I deployed it the same afternoon, and memory stayed flat at about 320 MB over the following week, with no OOM restarts and failed page loads back to zero.",
      "Prevention: I turned process warnings back on and routed them to an error-tracking alert, added a per-pod heap panel with an alert at 80% of the memory limit, and wrote a runbook for taking heap snapshots safely in production, because setting it up the first time cost me an hour. The lesson I took is that we had silenced the one signal that described the bug exactly, so I now review log filters as carefully as code.",
    ),
  },
  {
    slug: "debugging-data-pipeline-wrong-numbers",
    kind: "debugging",
    title: "A data pipeline producing wrong numbers",
    prompt:
      "Tell me about a time a data pipeline or report was producing wrong numbers. How did you find out why?",
    guidance: lines(
      "Quantify the discrepancy and how long it had existed, then explain how you compared at the record level rather than the totals.",
      "Walk through hypotheses (ingestion, transformation, time boundaries, late data) and the check that ruled each one in or out.",
      "Cover the fix, the backfill of bad history, the reconciliation that now runs automatically, and what the business stopped having to do by hand.",
    ),
    exampleAnswer: paragraphs(
      "The one I'd pick is a data bug at Crateful, a meal-kit subscription company, where the daily revenue table used by finance and the growth team was about 3% low and nobody could say why. I was a data engineer on the platform team and took it on. I'll go from symptoms through the root cause, the fix and prevention.",
      "Symptoms: finance's month-end close showed October revenue in our warehouse $410,000 below the payment processor's statements, about 3.2%. The gap appeared every month, varied between 2% and 4%, and had been there since at least June.",
      "Signals: I reconciled at the record level instead of comparing totals. I exported 2.1 million processor charges for October and joined them to our Snowflake fact table on charge ID. 96.8% matched exactly. The missing 3.2% weren't random: 88% of them were charges created between 23:00 and 01:00 UTC, and most of the rest were retries of failed payments.",
      "Hypotheses: a timezone bug at the day boundary, events dropped by our streaming job, or refunds netted incorrectly. Refunds didn't fit, because the missing rows were charges. To separate the other two, I compared the raw events in our S3 landing bucket with the Spark job's output. The missing charges were in S3, so ingestion was fine and the Spark job was discarding them.",
      "Root cause: the Spark Structured Streaming job aggregated by event time with a 30-minute watermark. Our payment service publishes charge events to Kafka after the processor's webhook arrives, and retried or delayed webhooks often arrive hours later. Anything behind the watermark was silently dropped from the aggregate. The midnight cluster came from the processor's nightly batch of payment retries at 23:30.",
      "The fix: I split the pipeline. The streaming job still produces a fast number for dashboards, now labelled provisional, and a nightly batch job recomputes each of the last 7 days from the raw S3 events; that table is what finance reads. I considered raising the watermark to 24 hours, but that meant holding a day of state in memory and delaying every dashboard. I backfilled June through October from S3 in about four hours of cluster time.",
      "Result: the November close matched the processor to within 0.05%, and finance retired their manual adjustment spreadsheet, which had taken two people a day each month.",
      "Prevention: I added a daily reconciliation check that compares warehouse totals with the processor's settlement report and alerts above 0.5%, and a graph of events dropped by the watermark, a metric Spark exposes that we had never plotted. The lesson for me was to reconcile record by record early, because totals hide the pattern.",
    ),
  },
  {
    slug: "debugging-latency-regression-after-upgrade",
    kind: "debugging",
    title: "A latency regression after a release",
    prompt:
      'Describe a performance regression you diagnosed after a release. How did you get from "it\'s slow" to the cause?',
    guidance: lines(
      "Give the before-and-after latency and resource numbers, and say whether the regression was more work or slower work, since that splits the search space.",
      "Show the database or profiling evidence you used (query stats, EXPLAIN plans, flame graphs) and which hypotheses it eliminated.",
      "Explain why you chose your fix over the alternatives, and the CI or rollout guard that stops the same class of regression.",
    ),
    exampleAnswer: paragraphs(
      "The one I'd pick is a latency regression at Copperline, an accounting SaaS, right after we upgraded our ORM. I owned the upgrade, so I owned the regression. I'll take it from what we saw, through the signals and hypotheses, to the root cause, the fix and prevention.",
      "Symptoms: the day after the release, p99 for the invoice list endpoint went from 180 ms to 2.6 seconds, and CPU on the Postgres primary went from 35% to 80% during business hours. Nothing failed outright, but accountants use our app all day, and support had 40 tickets by noon.",
      "Signals: pg_stat_statements showed one query taking 60% of database time, the invoice lookup by account ID and status. Its mean time had gone from 3 ms to 900 ms. Calls per minute hadn't changed, so this wasn't extra load; each call had become slower.",
      "Hypotheses: stale table statistics, an index dropped by a migration, or a change in the SQL itself. Statistics were fresh, since autovacuum had analysed the table that morning, and the index on account ID and status was still there. So I captured the exact SQL and bound parameters from the logs and ran EXPLAIN ANALYZE. The plan was a sequential scan over 40 million invoice rows instead of an index scan.",
      "Root cause: the new ORM version bound the account ID parameter as numeric instead of bigint. Postgres cast the column to numeric to compare it, and a btree index on a bigint column can't serve a numeric comparison, so the planner fell back to a full scan. The ORM changelog mentioned the new default mapping for large integers in a single line.",
      "The fix: I rolled back the release first, which restored p99 within ten minutes. Then I pinned the parameter type to bigint for all ID columns in our ORM configuration, redeployed, and confirmed with EXPLAIN that every hot query used its index again. I chose the global type mapping over explicit casts in each query because 140 queries took ID parameters, and per-query casts would be easy to forget in new code.",
      "Result: p99 went back to 170 ms and database CPU to 33%.",
      "Prevention: I added a CI step that runs EXPLAIN on our 50 most frequent queries against a production-sized schema with sampled statistics, and fails the build if any plan switches from an index scan to a sequential scan on a table over 1 million rows. We also now canary data-layer upgrades on 5% of traffic for a day. The lesson I took is that library upgrades change SQL in ways unit tests don't see, so I compare query plans, not only test results, whenever I touch the data layer.",
    ),
  },
  {
    slug: "debugging-frontend-performance",
    kind: "debugging",
    title: "A frontend performance problem you debugged",
    prompt:
      "Tell me about a frontend performance problem you debugged. How did you find what was slow?",
    guidance: lines(
      "Use real-user numbers for the symptom (INP, LCP, long tasks at p75) and show how you segmented them (page, device, data size) to find who was affected.",
      'Reproduce it, profile it, and name what the profile showed, then explain the root cause in terms of rendering or loading, not just "React was slow".',
      "Say what you changed and what you deliberately didn't, then the performance test or budget that keeps it fixed.",
    ),
    exampleAnswer: paragraphs(
      "The bug I'd pick is input lag at Tasklane, a project-management web app where I was a senior frontend engineer: typing in task comments had become sluggish. I'll go through the symptoms, the signals, how I narrowed the cause, the fix and how we kept it from coming back.",
      "Symptoms: after our March release, support received about 30 complaints in a week that typing in the comment box lagged, mostly from large boards. Our real-user monitoring showed Interaction to Next Paint on board pages going from 140 ms to 520 ms at p75, well past the 200 ms threshold for a good experience.",
      "Signals: I broke INP down by page and board size. Boards under 200 tasks were unaffected; boards over 1,000 tasks were at 900 ms. I reproduced it on a 2,000-task test board and recorded a Chrome performance profile while typing. Each keystroke blocked the browser's main thread with a 600 ms long task, almost all of it React render work.",
      "Hypotheses: the new rich-text editor in that release, a change to our analytics script, or unnecessary re-renders. Disabling analytics changed nothing. The React Profiler showed every keystroke re-rendering all 2,000 task cards, which ruled out the editor as the direct cause and pointed at state.",
      "Root cause: the release had moved the comment draft into our board-level React context so drafts would survive navigation. Every component reading that context, including each task card, re-rendered on every keystroke, even though no card used the draft.",
      "The fix: I considered virtualising the board, which would help large boards in general, but it was a two-week change touching drag and drop and wouldn't fix the cause, so I scheduled it separately. Instead I moved draft state out of the shared context into a small store with selector-based subscriptions, so only the comment box re-renders while typing, and persisted drafts to localStorage on a 500 ms debounce to keep them across navigation. I also wrapped task cards in React.memo with stable props. The cost was a second state pattern next to context, which I mitigated with a short team guide on when to use each.",
      "Result: p75 INP on board pages went from 520 ms to 110 ms, and the keystroke long task went from 600 ms to under 20 ms on the 2,000-task board. The complaints stopped within a week.",
      "Prevention: I added a Playwright performance test that types 50 characters on a 2,000-task board and fails CI if any long task exceeds 100 ms. The lesson was that our test boards had 50 tasks, so we never saw what large customers saw. Now I seed test data at the size of our 95th-percentile customer before any state change ships.",
    ),
  },
  {
    slug: "debugging-ml-model-silently-wrong",
    kind: "debugging",
    title: "A system that looked healthy but was wrong",
    prompt:
      "Tell me about a bug where every dashboard was green but the system was producing wrong results.",
    guidance: lines(
      "Explain how the problem surfaced without any alert, and which signal told you the inputs or outputs had changed, since infrastructure metrics didn't.",
      "Show how you isolated the layer at fault by replaying or diffing (same inputs offline vs online, artifact vs pipeline) before naming the root cause.",
      "Cover the rollback, the real fix, and the validation you added so correctness is checked at rollout, not discovered by an analyst.",
    ),
    exampleAnswer: paragraphs(
      "The one I'd pick is a silent quality drop in hotel recommendations at Fernway, a travel booking site, where I was the ML platform engineer on call for model serving. Every dashboard was green, but the results were wrong. I'll go through the symptoms, the signals, the hypotheses I ruled out, the root cause and what we changed.",
      "Symptoms: two days after a routine model update, a product analyst flagged that click-through on the recommended-hotels module had dropped from 8.1% to 7.2%, an 11% relative drop. Latency, error rate and throughput on the serving stack were all normal.",
      "Signals: the new model had scored 2% better than the old one in offline evaluation, so I compared its offline and online score distributions. In production it gave 40% of hotels nearly identical scores, something we never saw offline. That told me the model was receiving different inputs in production than in evaluation.",
      "Hypotheses: a bad model artifact, a change in the feature pipeline, or a mismatch between the model and its inputs. I replayed 1,000 logged production requests through the new model offline, with features fetched from the offline store, and the scores looked normal, so the artifact was fine and the problem was in what production fed it. Next I logged the actual feature vectors the serving path built for 500 requests and diffed them against the offline store. The hotel embedding features didn't match.",
      "Root cause: the new model was trained on version 3 of our hotel embeddings, which used a different dimension order from version 2. The online feature service cached embeddings in Redis keyed by hotel ID only, without the embedding version, so it kept serving version 2 vectors to the new model. Same length, different meaning, so nothing errored.",
      "The fix: I rolled the model back within an hour of confirming, which restored click-through the same day. Then I added the embedding version to the cache key, made each model's metadata declare the feature versions it requires, and added a check at model load that refuses to serve if the feature service can't provide those versions. We re-released the model a week later, and click-through rose to 8.3%, above the old baseline.",
      "Prevention: I added shadow scoring to every model rollout: the new model scores 1% of traffic in shadow for 24 hours, and we compare its score distribution with offline evaluation before it serves users. I also set up an alert on prediction-distribution drift. The lesson I took is that healthy infrastructure metrics say nothing about correctness in ML serving, so the rollout itself has to check the outputs.",
    ),
  },
  {
    slug: "debugging-could-not-reproduce",
    kind: "debugging",
    title: "A bug you couldn't reproduce at first",
    prompt:
      "Tell me about a bug you couldn't reproduce at first. What did you do when the usual approach didn't work?",
    guidance: lines(
      "Say why reproduction failed and what you switched to instead, such as per-session logs, timelines or traces from affected users.",
      "Walk through the narrowing with numbers (how many sessions you examined, how many fit the pattern) and explain the exact sequence that triggers the bug.",
      "If the fix had a security, cost or compatibility tradeoff, name it and who agreed to it, then the test and monitoring that now cover the case.",
    ),
    exampleAnswer: paragraphs(
      "The one I'd pick is a logout bug at Kestrel Health, a telehealth app, where I was on the identity team. Users were signed out at random and we couldn't reproduce it for two weeks; I'll go through the symptoms, the signals that narrowed it, the root cause, the fix and prevention.",
      "Symptoms: starting the week we turned on refresh-token rotation, about 2% of mobile users a day were forced to log in again, up from a background rate of 0.2%. Patients lost progress mid-booking, and support got about 150 tickets a week. On our test devices, everything worked.",
      "Signals: in our auth service logs, every forced logout began with a refresh-token reuse detection event. With rotation, each refresh invalidates the old token, and if an old one is presented again we assume theft and revoke the whole token family, logging the user out. So either tokens were being stolen at an implausible rate, or our own app was reusing them.",
      "Instead of another attempt to reproduce it, I pulled request timelines for 50 affected sessions. In 47 of them, two refresh requests with the same token arrived within 300 ms of each other. The other three were genuine reuse from old devices.",
      "Root cause: when the app returned from the background with an expired access token, several screens fired API calls at once, each got a 401, and each independently called refresh with the same refresh token. The first refresh succeeded and rotated the token; the second looked like reuse and revoked everything. It only happened when the app resumed after the 15-minute access-token lifetime with several screens loaded, which our quick device checks never did.",
      "The fix had two sides. On the client, I worked with the mobile engineers to make refresh single-flight: one refresh in progress, and other requests wait for its result. On the server, I added a 30-second grace window in which the previous token returns the same new token pair instead of triggering revocation, because old app versions would stay in use for months. I reviewed the security cost with our security lead: a stolen token gains at most 30 seconds of use, and only if presented before the real client. We accepted that and logged every grace-window use.",
      "Result: forced logouts returned to 0.2% within a week on the server change alone, and related tickets dropped from 150 a week to under 10.",
      "Prevention: I added a concurrent-refresh case to our integration tests and a dashboard of reuse-detection events by app version, with an alert on spikes. The lesson: I should have pulled per-session timelines in week one instead of trying to reproduce it by hand.",
    ),
  },
];

const crossFunctional: BankQuestion[] = [
  {
    slug: "cross-functional-security-and-product",
    kind: "cross_functional",
    title: "Aligning security and product on a design",
    prompt:
      "Tell me about a time you had to get security and product aligned on a technical design.",
    guidance: lines(
      "Start with each partner's real constraint, stated so they'd agree with it, and show how you checked it with data.",
      "Describe the design you proposed at implementation depth and what each side gave up, in their terms.",
      "Cover sequencing (how you rolled it out without breaking either side), what you personally built, and the outcome for both partners.",
    ),
    exampleAnswer: paragraphs(
      "At Maplecrest, a property-management platform, I led the backend work when our security and product teams disagreed about tenant personal data. Security wanted every PII field encrypted at the application level after an audit finding; product needed landlords to search tenants by email and phone, which encryption would break. I was the engineer between them, and I'll cover how I framed the risk, the design we agreed on, and how we sequenced it.",
      "First I made each side's constraint concrete. Security's real requirement was that a database dump or a leaked replica wouldn't expose PII, which the audit had shown it would for 3.4 million tenant records. Product's requirement was exact-match search on email and phone in under 200 ms. They didn't need partial matching: I confirmed from search logs that 97% of searches were full emails or numbers.",
      "I wrote a design doc with three options. Encryption at rest alone didn't satisfy the audit. Encrypting the fields and decrypting everything to search in memory would take seconds per query. I proposed envelope encryption with AWS KMS for the fields, plus a blind index: a keyed HMAC of the normalised email and phone stored in an indexed column, so search becomes an exact lookup on the hash without decrypting anything. I spelled out the cost to each side. Security accepts that equal values produce equal hashes, which reveals whether two tenants share an email; product gives up any future partial search. Security agreed once I put the HMAC key in KMS with rotation and restricted it to the search service.",
      "Sequencing was the hard part, because 3.4 million rows needed backfilling without downtime. I agreed a six-week plan with product: dual-write encrypted and plaintext columns behind a flag, backfill in batches of 20,000 rows at night, then switch reads and drop the plaintext columns after two weeks of comparing results.",
      "I implemented the encryption library and the backfill, and a teammate built the key rotation job. We closed the audit finding on schedule, search p95 stayed at 45 ms, and no landlord-facing feature changed. If I did it again, I'd bring security into the search-log analysis earlier; that data ended the debate faster than any argument.",
    ),
  },
  {
    slug: "cross-functional-deadline-vs-risk",
    kind: "cross_functional",
    title: "A product deadline that clashed with a technical risk",
    prompt:
      "Tell me about a time a product deadline conflicted with a technical risk you saw. How did you work it out with the product team?",
    guidance: lines(
      "Translate the risk into the partner's units (money, customers affected, launch risk) rather than engineering adjectives.",
      "Show the design doc or API contract that made the fix concrete, and the options you gave product on scope and dates.",
      "End with what got shipped when, the measured outcome, and who did what.",
    ),
    exampleAnswer: paragraphs(
      "At Gigpath, a marketplace for freelance drivers, product committed to launching instant payouts, where drivers cash out earnings in minutes instead of weekly, for a marketing push six weeks out. I was the backend lead for payouts, and I saw a serious risk: our ledger wasn't built for money leaving more than once a week. I'll cover how I explained the risk, the design doc and contract we agreed, the sequencing, and the outcome.",
      "The partners were the product manager, whose date was tied to a paid campaign; finance, who cared about reconciliation; and our payments provider's integration team. The technical risk was double payouts. Our weekly batch read a driver's balance, paid it, and then zeroed it, with no lock between those steps. With instant payouts, a double tap or a retry after a timeout could pay the same balance twice.",
      "Instead of calling it risky, I put it in money terms. From load tests I estimated a race window of about 2 seconds per payout, and at the expected 30,000 payouts a week, I showed that even a 0.1% duplicate rate meant about $45,000 a month of unrecoverable loss. That made it a finance question rather than an engineering preference.",
      "I wrote a design doc with the fix and the schedule. Each payout becomes a ledger entry created first with a unique idempotency key, the balance is debited in the same Postgres transaction under a row lock, and only then do we call the provider with that same key. I agreed the API contract with the mobile team: the payout endpoint returns 202 with a payout ID, and the app polls its status instead of retrying the POST.",
      "For sequencing, I gave product a choice: a full launch in nine weeks, or a launch in six weeks to 5% of drivers with a $500 daily cap while the reconciliation job was finished. Product chose the capped launch, and the campaign targeted that group first.",
      "I implemented the ledger changes and the idempotency layer; a teammate built reconciliation against the provider's reports. We opened it to all drivers in week nine. In the first quarter we processed 410,000 instant payouts with zero duplicates, and weekly driver retention rose 6%. The lesson I kept is that putting a risk in dollars moves a deadline conversation more than any technical argument.",
    ),
  },
  {
    slug: "cross-functional-research-to-production",
    kind: "cross_functional",
    title: "Taking a research model to production",
    prompt:
      "Tell me about a time you worked with a research or data science team to get their work into production.",
    guidance: lines(
      "Lay out the gap in numbers: what the research artifact needs versus the latency, cost and capacity production can give.",
      "Show how you made the gap a shared calculation, and the API contract or design doc you wrote with the researchers.",
      "Describe the rollout order and the production result, including what the compromise cost.",
    ),
    exampleAnswer: paragraphs(
      "At Sundial, a calendar and scheduling app, our applied research team built a model that suggested meeting times from email threads, and I was the backend engineer responsible for getting it into production. The partners were the two researchers who built it, the product manager for scheduling, and the infrastructure team that owned our GPU budget. I'll cover the constraints, how I framed the gap, the contract we wrote, and the rollout.",
      "The gap was large. The research model had 3 billion parameters and took 1.8 seconds per request on a single A100, and product wanted suggestions to appear as the user opened a thread, which meant under 300 ms. Infra had a fixed budget of 8 GPUs for the feature. At our expected 150 requests per second, the model as it stood needed about 270.",
      "I didn't want to ask research for a smaller model without showing why, so I ran a test: I replayed 2,000 real threads to measure which requests needed the model at all. 62% had no scheduling intent. I proposed a two-stage design: a small classifier on CPU filters out those threads in 15 ms, and only the remaining 38% reach the model.",
      "I wrote the design doc with the researchers, including the API contract between their model server and my service: the input schema, a 250 ms timeout, and a defined empty response on timeout so the UI shows nothing instead of a spinner. The researchers agreed to distil the model to 400 million parameters if offline accuracy stayed within 2 points of the original, and they got it within 1.3. The cost was five weeks of distillation, which delayed launch by a month; product accepted that once I showed the original model needed 30 times the GPU budget.",
      "For sequencing, I built the classifier and serving path first, shipped them to 5% of users with a rule-based fallback, and swapped in the distilled model when it was ready.",
      "At full launch, p95 latency was 210 ms, the feature ran on 6 GPUs, and 41% of users who saw a suggestion accepted it. Next time I'd run the traffic replay in the first week; it turned a negotiation about model size into a shared calculation.",
    ),
  },
  {
    slug: "cross-functional-platform-deprecation",
    kind: "cross_functional",
    title: "When another team's plan put your system at risk",
    prompt:
      "Tell me about a time another team's plans put your team's system at risk. How did you work it out with them?",
    guidance: lines(
      "Acknowledge the other team's constraint as legitimate before stating yours, and quantify both.",
      'Replace "we\'re worried" with tested specifics, then propose a joint plan with a clear split of work and what you took on to make it fair.',
      "Finish with the outcome for both teams and what you would raise sooner next time.",
    ),
    exampleAnswer: paragraphs(
      "This was at Redwick, a logistics software company, when our infrastructure partners on the platform team announced they would shut down our old self-managed Kafka cluster in eight weeks and move everyone to a managed service. My team's shipment-tracking pipeline consumed 40,000 events per second from that cluster and fed customer-facing delivery ETAs, so a rushed cutover would mean wrong delivery times for about 900 business customers. I was the senior engineer on tracking, and I'll cover both sides' constraints, how I made the risk visible, the plan we wrote, and how it went.",
      "Their constraint was real: the old cluster ran an unsupported Kafka version, the hosting contract ended in ten weeks, and two engineers spent a day a week patching it. Ours was that our consumers relied on transactions and on offsets we stored ourselves, and the managed service used a different authentication model and partition count.",
      "I considered asking them to delay the shutdown, but the hosting contract made a delay expensive for them, so I didn't. Instead I spent two days testing our consumers against a trial managed cluster and wrote a short risk note with specifics: our custom offset store would replay up to 6 hours of events at cutover, producing duplicate ETA updates, and the partition count change would break per-shipment ordering. I estimated the fix at three weeks of work on our side.",
      "Then I wrote a migration design doc that both teams signed. Their team would run MirrorMaker 2 replication from the old cluster to the new one with matching partition counts; my team would move consumers topic by topic, translating offsets from the checkpoints MirrorMaker publishes; producers would switch last. The cost to them was running replication for four extra weeks; to offset it, I took on the on-call runbook for the mirror during our migration.",
      "I implemented the offset translation and a comparison job that checked ETA outputs from both clusters for a week before each switch. We moved 14 topics in five weeks and finished ten days before the hosting contract ended. ETA accuracy stayed at 96% within 15 minutes throughout the cutover, the same as the month before, and duplicate ETA updates went from an estimated 1.2 million in a naive cutover to zero. The platform team retired the old cluster on schedule, which cut their patching work from two engineer-days a week to none, and reused my offset translation script for six other teams. What I'd change is raising the risk on day one instead of day four; concrete numbers made the conversation easy once I had them.",
    ),
  },
  {
    slug: "cross-functional-design-doc-many-teams",
    kind: "cross_functional",
    title: "A design doc several teams had to agree on",
    prompt:
      "Tell me about a design doc you wrote that several teams needed to agree on. How did you get to agreement?",
    guidance: lines(
      "Show each team's constraint and the cost each was already paying because the problem was unsolved.",
      "Walk through the contract in the doc (schemas, compatibility rules, versioning) and the choice you made where teams disagreed, with its cost.",
      "Explain the rollout order across teams and the adoption and quality numbers afterwards.",
    ),
    exampleAnswer: paragraphs(
      "At Brambleway, a language-learning app, I wrote the design doc for a shared analytics event schema that had to work for the iOS, Android and web teams, data engineering, and the growth product managers. I was a backend engineer on the data platform team. I'll walk through each group's constraints, how I explained the problem, the contract we agreed, the rollout order, and the result.",
      "The problem: each client team named and shaped events its own way. The same lesson-completed event existed in 11 variants, and growth's retention numbers differed by up to 8% depending on which platform's events they used. The constraints pulled in different directions. Mobile teams release every two weeks through app store review, so any schema change takes a month to reach most users. Data engineering wanted strict types, because their pipelines broke about twice a month. Product managers wanted to add events without waiting on engineers.",
      "I framed the problem as the cost each group was already paying: data engineering's two monthly pipeline failures, product's inconsistent retention numbers, and the hours client teams spent answering analytics questions. That got agreement that a contract was worth some overhead.",
      "The doc proposed event schemas in a shared Git repository as JSON Schema, validated in CI and published to a schema registry, with generated typed client libraries for Swift, Kotlin and TypeScript. The compatibility rules were the key part: new optional fields are always allowed, but removing or renaming a field requires a new event version, and the pipeline accepts both versions for 90 days. I chose JSON Schema over Protobuf, which data engineering preferred, because the web team and product managers could read and edit it without new tooling; the cost was weaker type evolution, which I mitigated with the CI compatibility check.",
      "Sequencing: the 20 most-used events first, starting with web because it releases daily, then mobile in their normal release trains, with the pipeline accepting old and new names during the transition.",
      "I built the registry, the CI check and the code generator. Within two quarters, 90% of event volume used the shared schemas, pipeline breakages dropped from two a month to zero the following quarter, and retention numbers across platforms agreed within 0.5%. Next time I'd ship the code generator first; teams adopted fastest when the contract removed work for them.",
    ),
  },
  {
    slug: "cross-functional-non-technical-stakeholder",
    kind: "cross_functional",
    title: "Explaining a technical constraint to legal",
    prompt:
      "Tell me about a time you had to explain a technical constraint to a non-technical partner, like legal or compliance, and reach a decision together.",
    guidance: lines(
      "Restate the non-technical partner's requirement precisely, including what evidence they need, before explaining the constraint.",
      "Explain the constraint with a plain analogy, then give options in their terms, each with its cost.",
      "Describe the written decision, what you built, and the measurable outcome for the partner.",
    ),
    exampleAnswer: paragraphs(
      "At Lumio, a photo-printing service with about 2 million European customers, our legal team asked engineering to guarantee that account deletions removed all personal data within 30 days, to meet GDPR. I was the backend engineer assigned to it, working with our privacy counsel, the customer support lead and the infrastructure team. I'll cover their constraints, how I explained the technical problem, the design we agreed on, and how we delivered it.",
      "Legal's constraint was the 30-day deadline plus evidence they could show a regulator. Support needed order records kept for seven years for tax purposes. Infra's constraint was our database backups: daily Postgres snapshots kept for 35 days, which can't be edited row by row.",
      "The hard part was explaining that deleting a row doesn't delete it from backups, without sounding like engineering was refusing. I avoided database vocabulary and described it as a filing cabinet with photocopies made every night: we can shred the original today, but the copies exist until they age out. Then I gave them options in their terms. Shortening backup retention to 25 days met the deadline but shrank our recovery window. Encrypting each customer's data with its own key and deleting the key, called crypto-shredding, made backup copies unreadable immediately but meant two months of work.",
      "I wrote a two-page decision doc that counsel could forward to our regulator contact. We chose to shorten backups to 25 days now and crypto-shred customer photos, the largest and most sensitive data, in a second phase. We accepted a shorter recovery window, and to limit that risk I added a weekly automated restore test, so we knew every one of those 25 days of backups could actually be restored. For tax records, I proposed keeping order totals and dates but replacing names and addresses with a pseudonymous ID, which counsel confirmed met both obligations.",
      "I built the deletion pipeline: a deletion request goes onto a queue, a worker removes data from Postgres, S3 and our email vendor through its API, and each step writes a timestamped receipt to an audit table that legal can query.",
      "Deletion time went from an untracked manual process averaging about 45 days to 2 days, and we passed an external privacy audit that quarter with no findings on deletion. The lesson for me was that an analogy made the constraint clear in five minutes, after two meetings of technical explanation had failed.",
    ),
  },
  {
    slug: "cross-functional-mobile-api-contract",
    kind: "cross_functional",
    title: "An API change with mobile release cycles",
    prompt:
      "How have you worked with mobile teams on an API change, given their slower release cycles?",
    guidance: lines(
      "Make the release-cycle constraint concrete: version distribution, how long old clients stay active, how many users a breaking change would hit.",
      "Describe the contract you agreed (versioning, idempotency, conflict handling) and the disagreement between partners you resolved.",
      "Explain the release order across backend and apps, how you could turn it off without a release, and the outcome.",
    ),
    exampleAnswer: paragraphs(
      "At Stridewise, a running app, I was the backend engineer on a change to how workouts sync, and the partners were the iOS and Android teams, the product manager for premium features, and QA. The shape of the problem: the backend deploys ten times a day, but a mobile release takes two weeks plus app store review, and about 15% of users stay on app versions older than six months. I'll cover how I framed that constraint, the contract we wrote, the sequencing, and the outcome.",
      "Product wanted workouts to sync across devices with edits, which our old API couldn't do: it accepted a full workout upload once and never updated it. My first job was making the version risk concrete. I pulled the version distribution and showed that changing the existing endpoint would give 300,000 active users on old versions errors on upload. That ruled out a breaking change in the first meeting.",
      "I wrote the design doc and the API contract, and reviewed them with both mobile leads line by line. The new sync endpoint uses per-workout revision numbers: the client sends its last known revision, the server returns a 409 with the current version if they differ, and the client merges. Every write carries a client-generated UUID as an idempotency key, because mobile networks retry. I kept the old upload endpoint working by writing its uploads into the new model as revision 1.",
      "The main disagreement was conflict handling. Android wanted automatic merging on the server so the client stayed simple; iOS wanted to show conflicts to users. I proposed last-writer-wins per field, done on the server, because our data showed only 0.3% of workouts were ever edited, let alone on two devices at once. The cost was occasionally losing a concurrent edit, which I mitigated by keeping prior revisions for 30 days.",
      "Sequencing: backend shipped first behind a feature flag, both apps built against a staging contract, and then we enabled sync per app version with a server-side flag, so we could turn it off without a release.",
      "I implemented the sync service, and it launched on both platforms in the same release train. Sync-related support tickets dropped from about 120 a month to 15, and the old endpoint now carries under 4% of uploads.",
    ),
  },
  {
    slug: "cross-functional-slo-with-product-and-sre",
    kind: "cross_functional",
    title: "Agreeing a reliability target with product and SRE",
    prompt: "Tell me about a time you helped product and operations agree on a reliability target.",
    guidance: lines(
      "Convert availability targets into something partners can feel, such as minutes of downtime a month, and compare with what customers actually experienced.",
      "Show the document you wrote (SLO definition, error-budget policy) and the priced option for the higher target.",
      "Describe the sequence of fixes you led first and the measured result against the agreed target.",
    ),
    exampleAnswer: paragraphs(
      "At Finchpoint, a search API for e-commerce sites, I was tech lead of the query-serving team when product and our SRE group disagreed about reliability. Product had promised a large retail customer 99.99% availability in a sales call; SRE said our architecture supported 99.9% at best and wanted to freeze features. I'll cover each side's constraints, how I translated the numbers, the SLO document we agreed, and what happened.",
      "Product's constraint was a renewal worth about $1.2 million a year with a customer that had seen two outages in a quarter. SRE's constraint was a single-region deployment on one Elasticsearch cluster, with on-call already taking about 25 pages a month.",
      "I started by translating the targets into minutes. 99.9% allows about 43 minutes of downtime a month; 99.99% allows about 4, less than our average incident recovery time. Then I measured what the customer had actually experienced: 99.93% over six months, with 70% of the downtime from two causes, index rebuilds that overloaded the cluster and deploys without canaries.",
      "I wrote an SLO document with the SRE lead. It set an internal target of 99.95%, measured as successful queries under 500 ms at the load balancer, a contractual 99.9% for the customer, and an error-budget policy: if we burn more than half the monthly budget, feature work pauses for reliability fixes. For the 99.99% the customer wanted, I priced the real option, a second region serving active-active, at about $30,000 a month and a quarter of work, so product could sell it instead of promising it for free.",
      "For sequencing, I proposed fixing the two main causes first. I moved index rebuilds to a separate cluster with an alias swap at the end, and added canary deploys to 5% of traffic with automatic rollback on error rate. The second region went on the roadmap for the next half, tied to the renewal.",
      "Over the next two quarters we measured 99.97%, pages dropped from about 25 a month to 9, and the customer renewed with the 99.9% commitment and a paid upgrade path to multi-region. The lesson I took is to turn availability numbers into minutes early; it changed the conversation from who was right to what each option cost.",
    ),
  },
];

const conflict: BankQuestion[] = [
  {
    slug: "conflict-disagreed-with-a-peer",
    kind: "conflict",
    title: "A technical disagreement with a teammate",
    prompt:
      "Tell me about a time you disagreed with a teammate on a technical approach. How did it get resolved?",
    guidance: lines(
      "Open with the goal you both shared, then the disagreement, described fairly enough that your colleague would sign off on it.",
      "Show evidence and options rather than opinions, and a small reversible experiment that could prove you wrong.",
      "End with the written decision, how you both committed to it, and the result.",
    ),
    exampleAnswer: paragraphs(
      "At Quaymark, a shipping-labels API, a senior teammate and I disagreed about our rate-quote service, a six-year-old Ruby service that was slow and hard to change. We shared the goal: quotes under 300 ms at p95 and a codebase the team could change without fear. He wanted to rewrite it in Go over a quarter. I believed an incremental refactor would get us there faster and with less risk.",
      "I kept it about evidence. I profiled a week of production traces and found that 80% of the 850 ms p95 came from two places: sequential calls to carrier APIs, and an N+1 pattern loading surcharge rules, about 40 queries per quote. Neither was a language problem. His counterpoint was fair: the service had almost no tests, and every change took days of manual checking.",
      "I laid out three options in a short doc: a full Go rewrite, estimated at 12 weeks with a feature freeze; an incremental refactor that parallelised carrier calls and batched the surcharge query, estimated at 3 weeks; or a strangler approach that moved endpoints to Go one at a time behind the gateway. I listed the risk and cost of each.",
      "To settle it without a debate, I proposed a two-week experiment that was easy to undo. I would parallelise the carrier calls and fix the N+1 behind a feature flag, and he would spend the same two weeks writing characterisation tests for the quote endpoint, which both plans needed. If p95 didn't fall below 400 ms, we'd go with his plan.",
      "The flagged change cut p95 from 850 ms to 260 ms at 10% of traffic, and it held at 100%. His suite of 400 recorded request-response pairs caught two regressions in my change before they shipped.",
      "I wrote the decision record: keep Ruby for now, make his tests a merge requirement, and revisit a rewrite if a new requirement such as real-time carrier bidding demands it. He agreed and took ownership of the test suite, and a year later the service was still under 300 ms. What I learned is that an experiment which also produced something he valued made it easy for both of us to agree.",
    ),
  },
  {
    slug: "conflict-disagreed-with-manager",
    kind: "conflict",
    title: "Disagreeing with your manager",
    prompt: "Tell me about a time you disagreed with your manager on a technical decision.",
    guidance: lines(
      "Frame the shared outcome first, and give your manager's position its strongest form, since the constraint they're holding is usually real.",
      "Bring evidence and offer options sized to the disagreement; a two-day test is easier to say yes to than a one-week delay.",
      "Show the documented decision, how you committed, and what changed in the team's process afterwards.",
    ),
    exampleAnswer: paragraphs(
      "At Pollen, a grocery loyalty app, my manager and I disagreed about whether to skip load testing a new coupon service before a national promotion. We both wanted the same outcome: the promotion launching on the date marketing had committed to, without the app falling over in front of 2 million users. His view was that the service was simple, the deadline was fixed, and a full load test would cost a week we didn't have.",
      "I brought evidence rather than a general worry. The previous year's promotion peaked at 6,500 coupon claims per second in the first 10 minutes, and the new service did a Postgres write with a uniqueness check on user and coupon for every claim. A quick test on our small staging environment showed lock waits at about 800 claims per second on a single popular coupon, because every claim updated the same remaining-count row.",
      "I gave him three options: launch as is and accept the risk; delay a week for full load testing; or spend two days on a targeted test of only the claim path at production scale, with a fallback ready. I recommended the third because it was cheap and reversible: if the test passed, we'd have lost two days.",
      "He agreed to the two-day test, and I ran it. At 5,000 claims per second, p99 reached 4 seconds and the database showed heavy contention on the counter row, confirming the risk. I replaced the counter with pre-allocated claim slots in Redis, one DECR per claim, reconciled to Postgres every 10 seconds, and added a feature flag to switch claims into a queued mode if latency passed 1 second.",
      "I documented the decision and the test results in the launch doc, including his point that the date was fixed, which is why I kept the fix to the smallest change. On the retest, p99 went from 4 seconds to 120 ms, holding 7,000 claims per second. We launched on the original date, peaked at 6,100 claims per second, and had no incidents.",
      "Afterwards my manager added a targeted load test of the hot path to our launch checklist. The lesson I took was to size the experiment to the disagreement; a two-day test was easy to say yes to, and next time I'd propose it in the first conversation rather than after a week of back and forth.",
    ),
  },
  {
    slug: "conflict-architecture-decision",
    kind: "conflict",
    title: "A disagreement over an architecture choice",
    prompt:
      "Tell me about a disagreement you had over an architecture decision. How did the team decide?",
    guidance: lines(
      "Show that you found what the disagreement was really about (often cost or ownership, not technology) using data.",
      "Lay out the options, including a hybrid, and test the riskiest assumption on one bounded piece behind a flag.",
      "Record the decision with a trigger to revisit it, and show how you addressed the other side's concern after the call.",
    ),
    exampleAnswer: paragraphs(
      "At Hearthly, a home-services marketplace, I disagreed with our frontend lead about how the new mobile app should fetch data. We shared the goal: cut home-screen load time, which was 3.2 seconds at p75 on Android, and stop mobile engineers waiting on backend changes for every screen. She wanted to adopt GraphQL federation across our 14 backend services. I was a backend engineer on the platform team, and I argued for a backend-for-frontend, a single Node service shaping responses for the app.",
      "I grounded it in data. I traced the home screen and found it made 9 sequential REST calls, and 70% of its load time was round trips over mobile networks, not server work. Either design would fix that by making it one request. So the real difference was cost: federation meant 14 teams each adding a GraphQL subgraph and learning a new schema process, while a BFF meant one team owning one service. Her strongest argument was that a BFF turns into a bottleneck team, which I'd seen happen.",
      "I wrote up three options: federation everywhere, a plain BFF, or a BFF that exposes GraphQL to the app but calls our REST services underneath, so the app gets flexible queries without every team changing. I proposed trying it on the home screen only, which was reversible because the old REST calls would stay in the app behind a flag.",
      "We built the hybrid for the home screen in three weeks; I wrote the resolvers and the batching with DataLoader so the BFF called services in parallel. p75 load time went from 3.2 seconds to 1.1. Then we tested her bottleneck concern: in the next month the mobile team added two screens without filing a single backend ticket, because the resolvers reused existing endpoints.",
      "I wrote the decision record with her: the hybrid for now, and revisit federation if more than three teams need to own their own GraphQL types. She agreed, and I committed to a two-day turnaround on resolver requests to keep her concern honest. The lesson was that our disagreement was about team cost rather than technology, and naming that early would have saved us a week of debate.",
    ),
  },
  {
    slug: "conflict-pushback-in-code-review",
    kind: "conflict",
    title: "Pushing back in a code review",
    prompt:
      "Tell me about a time you pushed back on someone's code in a review, especially someone more senior.",
    guidance: lines(
      "Make it about the system's behaviour, not the author: state the shared goal and the specific failure mode you were worried about.",
      "Quantify the risk, move the discussion out of comment threads, and propose a test you could both trust.",
      "Close with what changed in the code, what got written down for the team, and what you contributed to the final version.",
    ),
    exampleAnswer: paragraphs(
      "At Glassline, a B2B messaging platform, I pushed back on a pull request from a staff engineer that added automatic retries to every call from our API to the message store. We shared the goal: fewer failed sends, which ran at 0.4% during busy periods. The disagreement was about how the retries would behave when the store was overloaded rather than flaky.",
      "I didn't want the review to become opinions in comments, so I collected evidence. The two biggest outages that year had both started with the message store slowing down under load. His change retried three times with a fixed 100 ms delay on any error, including timeouts, across 120 API pods. I modelled it: at our peak of 3,000 writes per second, a store slowdown would turn into up to 12,000 attempts per second, four times the load on a system that was already struggling.",
      "I suggested we talk instead of trading comments, and we laid out the options together: merge as written; add exponential backoff with jitter; or add backoff plus a retry budget, where each pod allows retries only up to 10% of its recent request volume, and never retry a write without an idempotency key. He pointed out that retry budgets were more code to maintain, which was true.",
      "I proposed an experiment that cost little and changed nothing in production: run both versions in our load-test environment, inject a 50% slowdown in the message store, and compare. With his version, the store's queue grew without limit and took 9 minutes to recover after the fault cleared. With the budgeted version, load rose 10% and recovery took 40 seconds. In the healthy case, both cut failed sends from 0.4% to 0.05%.",
      "We recorded the outcome in the PR description and added a short rule to our reliability guidelines: retries need backoff, a budget, and an idempotency key. He reworked the PR with the budget, and I implemented idempotency keys on the message-store side. The lesson for me was that a shared load test settled in an afternoon what a comment thread would have argued about for a week.",
    ),
  },
  {
    slug: "conflict-when-you-were-wrong",
    kind: "conflict",
    title: "A disagreement where you turned out to be wrong",
    prompt: "Tell me about a technical disagreement where you turned out to be wrong.",
    guidance: lines(
      "Describe your original position honestly, including why it seemed right, without softening it after the fact.",
      "Show the evidence and the cheap experiment that decided it, and your part in running it.",
      "Spend real time on what you changed in your own habits; that's what this question is testing.",
    ),
    exampleAnswer: paragraphs(
      "At Tidewell, a property-insurance startup, I argued with a teammate about how to fix slow policy search in our internal underwriting tool, and I turned out to be wrong. We shared the goal: underwriters were waiting 4 to 6 seconds for results on a Postgres table of about 30 million policies, and we wanted it under 500 ms.",
      "My proposal was to add Elasticsearch and sync policies into it from our existing Kafka events. I'd used that setup successfully before, and I assumed search needs would grow. My teammate argued the problem was missing indexes and a bad query, and that a search cluster meant new infrastructure, a sync pipeline and a consistency problem for a tool with 200 users.",
      "We agreed to look at evidence first. She ran EXPLAIN ANALYZE on the 10 slowest search patterns from our logs. Eight did sequential scans, because the search used ILIKE with leading wildcards on the insured name and filtered on status and region without a composite index. My counterpoint was that fuzzy name search would still be slow, which was partly right.",
      "We wrote down the options: Elasticsearch, estimated at five weeks plus ongoing operations; Postgres with a trigram GIN index and a composite index, estimated at three days; or the indexes first and Elasticsearch later if needed. The experiment was cheap and reversible: she built the indexes on a replica, and I wrote a script to replay a day of real searches against it. If p95 stayed above 500 ms, we'd move to Elasticsearch.",
      "The replay cut p95 from 4.8 seconds to 180 ms. The new index added about 4 GB and slowed the nightly bulk import by 15%, which we offset by raising the import's batch size.",
      "I wrote up the decision in our architecture log, including my original proposal and why we didn't take it, and I committed to her approach: I built the index migration and paired with her to ship it the following week. The lesson I took was to check how far the existing system can go before adding a new one. Next time I'll ask for a query plan before proposing any search or caching layer, including my own.",
    ),
  },
  {
    slug: "conflict-build-versus-buy",
    kind: "conflict",
    title: "A build-versus-buy disagreement",
    prompt: "Tell me about a build-versus-buy disagreement you were part of. How was it decided?",
    guidance: lines(
      "Put both sides' costs on the table, including engineering time, which is the cost people most often leave out.",
      "Propose a bake-off with a measurable quality bar agreed before the results come in.",
      "Show the documented decision with an exit plan or revisit trigger, how you committed, and the outcome.",
    ),
    exampleAnswer: paragraphs(
      "At Loftbook, a marketplace for used textbooks, I disagreed with our CTO about search. He wanted a hosted search vendor; I wanted us to run OpenSearch ourselves. We shared the goal: relevant results for ISBN, title and author searches within 100 ms, on a catalogue of about 8 million listings, without our team of two spending its time on search infrastructure.",
      "I gathered evidence for both sides rather than defending my position. The vendor's price at our volume, about 40 million searches a month, came to $14,000 a month; a managed OpenSearch cluster sized from our data would cost about $3,500 plus engineering time. His argument was that engineering time was the expensive part: typo handling, synonyms and relevance tuning came built in with the vendor, and we had no search specialist.",
      "I put three options into a one-page comparison: the vendor, self-run OpenSearch, or the vendor now with a clear exit path. I proposed a two-week bake-off we could walk away from: I would index the full catalogue in both, replay 50,000 real queries from our logs, and have two people from the support team label the top five results for 300 queries. We agreed the quality bar before seeing results.",
      "The results favoured him more than I expected. The vendor's out-of-the-box relevance scored 0.81 on our labels, against 0.68 for my OpenSearch setup, and closing that gap would have taken me weeks of tuning. OpenSearch won on cost and on exact ISBN lookups.",
      "We documented the decision: adopt the vendor, keep our indexing pipeline vendor-neutral by writing to an internal document format first, and revisit if the monthly cost passes $25,000. I committed fully and led the integration. Search-to-purchase conversion rose from 4.2% to 5.6% in the first two months, and I reused the labelled query set as a regression test for every relevance change. The lesson was that my cost model had left out my own time, and I now include engineering weeks in every build-versus-buy estimate.",
    ),
  },
  {
    slug: "conflict-disagree-and-commit",
    kind: "conflict",
    title: "When a decision went against you",
    prompt:
      "Tell me about a time a technical decision went against you. What did you do afterwards?",
    guidance: lines(
      "Show that you argued with evidence, and acknowledge the other side's evidence when it was strong.",
      "Describe the test or comparison that informed the call and who made it.",
      "The heart of the answer is commitment: what you personally took on to make the chosen path succeed, and how it turned out.",
    ),
    exampleAnswer: paragraphs(
      "At Orbitel, a mobile gaming studio, I argued against moving our player-profile store from Postgres to DynamoDB, and the decision went the other way. We shared the goal: the profile service had to handle a launch expected to triple traffic to about 60,000 reads per second, without the manual sharding work that had cost us two weekends the year before.",
      "My concern was our access patterns. The leaderboard and friend features queried profiles by several fields, and in DynamoDB each of those would need a global secondary index or a redesign. I showed that 14 of our 31 queries weren't simple key lookups. The backend lead's evidence was strong too: our Postgres primary ran at 70% CPU at current load, vertical scaling had one step left, and DynamoDB's on-demand mode removed capacity planning for a launch we couldn't predict.",
      "We wrote down three options: Postgres with read replicas and a Redis cache; Postgres with Citus for sharding; or DynamoDB with the 14 queries redesigned. To make it less of a debate, I proposed a reversible test: replay a recorded hour of production traffic at three times the rate against a DynamoDB prototype and against Postgres with replicas. DynamoDB held p99 at 12 ms; Postgres with replicas reached 85 ms with 4 seconds of replica lag, which broke read-after-write for players who had just edited their profile. That weakened my position, though the redesign cost was still real.",
      "The lead chose DynamoDB, and the decision record included my query analysis as the list of work to do. I committed: I took the 14 hard queries myself, moved leaderboards to a Redis sorted set, and designed the key schema and two secondary indexes for the friend queries. I also wrote the dual-write and backfill for 45 million profiles.",
      "At launch the service handled 64,000 reads per second at peak with p99 under 15 ms, against 85 ms for Postgres in our test, and we had no capacity incidents. What I learned is that committing well meant turning my objections into the migration's risk list; all 14 hard queries were handled before cutover, and we needed no rollback.",
    ),
  },
  {
    slug: "conflict-shipping-a-model",
    kind: "conflict",
    title: "Disagreeing with a data scientist about a launch",
    prompt:
      "Tell me about a disagreement with a data scientist or researcher about shipping a model.",
    guidance: lines(
      "Name the metric you both cared about and the competing evidence (offline gains versus latency or cost), with numbers.",
      "Look for an intermediate option and test all arms in a reversible A/B experiment instead of arguing about one.",
      "Record the decision, say what you committed to build, and give the online result.",
    ),
    exampleAnswer: paragraphs(
      "At Vantle, a job-matching platform, I was the ML infrastructure engineer responsible for our ranking service, and I disagreed with a senior data scientist about shipping her new model. We shared the goal: better job matches, measured by applications per search. Her model improved offline NDCG by 6%, but it added 140 ms at p99 to a search path with a 400 ms budget that was already at 330 ms. Our search service retrieves 500 candidates from an embedding index, then calls the ranking model on a GPU-backed Triton server to order them.",
      "I kept the discussion on numbers. I benchmarked her model on our serving hardware at production batch sizes and showed p99 going from 330 ms to 470 ms. From an earlier experiment, we knew each extra 100 ms of search latency cost about 1.5% of applications. She made a fair argument that a 6% offline gain would outweigh that, and that I was assuming offline gains wouldn't transfer.",
      "We listed the options together: ship as is; use her model to re-rank only the top 50 results instead of 500; or quantise it to INT8 to cut inference time. I proposed A/B testing both the full model and the top-50 version against the current model for two weeks, on 5% of traffic each, since it only needed a config change and could be turned off in seconds.",
      "I built the re-ranking path, which sends only the top 50 candidates from the current model to hers, plus the latency dashboards; she owned the analysis. The full model raised applications by 2.1% despite the latency, which proved her point that the offline gain transferred. The top-50 version raised them by 2.6% with only 20 ms of added latency.",
      "We wrote the decision into our model launch doc: ship top-50 re-ranking now, and I would work on INT8 quantisation so the full model could fit the budget later. I committed to that and delivered it six weeks later, bringing the full model to 360 ms p99, and it then beat top-50 by a further 0.4%. The lesson for me was that we were both partly right, and an experiment with more than two arms showed it where an argument couldn't. I now propose an intermediate option in every A/B test plan.",
    ),
  },
];

const intro: BankQuestion[] = [
  {
    slug: "intro-tell-me-about-yourself",
    kind: "intro",
    title: "Tell me about yourself",
    prompt: "Let's start simple: tell me about yourself.",
    guidance: lines(
      "Keep it to 60–90 seconds in four beats: current role and scope, what you're strongest at, one project with a number, and why this role.",
      "Pick the one project that best matches this job rather than listing several, and say what you personally did on it.",
      "End on why this role, naming a technical problem the team works on, so the interviewer has an easy next question.",
    ),
    exampleAnswer: paragraphs(
      "I'm a backend engineer who builds payment systems that have to stay correct when something fails halfway. For the past four years I've done that at Fennec Pay, a payroll payments company, on the services that move about $1.4 billion a month from employers to employees by bank transfer. The stack is mostly Go on Postgres, with Kafka between services.",
      "My strengths are idempotency and reconciliation design, and making money-moving systems easy to reason about. On my team I'm usually the one who designs the idempotency, ledger and reconciliation parts of a feature.",
      "The clearest example is our bank-file reconciliation. The old daily batch job left about 1.8% of transactions unmatched against the bank's return files, and finance cleared them by hand. I redesigned the matching around stable transfer IDs that we now send to the bank, added a state machine for each transfer, and built an exceptions dashboard. Unmatched transactions dropped from 1.8% to 0.1%, which saved finance about 30 hours a month and caught two bank-side errors in the first quarter.",
      "I'm interested in this role because your platform does real-time payments in several countries, and the settlement and multi-currency ledger problems that come with that are the next step from the work I do now.",
    ),
  },
  {
    slug: "intro-walk-me-through-your-background",
    kind: "intro",
    title: "Walk me through your background",
    prompt: "Walk me through your background. How did you end up where you are now?",
    guidance: lines(
      "A background walk is still an intro: one or two sentences on the path, then spend most of the time on where you are now.",
      'Turn the path into a strength ("having done both sides, I…") and back it with one project and one number.',
      "Finish with why this role is the logical next step, tied to the team's actual technical work.",
    ),
    exampleAnswer: paragraphs(
      "The short version is that I started on mobile, moved to the backend, and now design the APIs that mobile apps depend on. I spent three years as an Android developer at Zipto, a ride-sharing startup, building the driver app. I moved to the backend four years ago because most of my mobile problems, like sync conflicts, were really API design problems. Today I'm a senior backend engineer at Runlog, a running app with about 4 million monthly users, on the team that owns workout sync and the mobile API.",
      "Having worked on both sides, my strength is designing APIs that survive slow app release cycles: versioning, idempotent writes, and server-side flags instead of forced upgrades.",
      "The project that shows it best is our sync rewrite last year. I designed the revision-based sync protocol with idempotency keys on every write, built the service in Kotlin on Postgres, and agreed the contract with both mobile teams. Failed syncs dropped from 1.5% of uploads to 0.1%, support tickets went from about 140 a month to 20, and we haven't needed a forced app upgrade since.",
      "I'm looking at this role because your team owns the API layer for several client apps at around 40 million users, and I want to work on the gateway and schema-evolution problems that come with that scale.",
    ),
  },
  {
    slug: "intro-sixty-second-version",
    kind: "intro",
    title: "The 60-second version of your background",
    prompt: "I've read your resume, but give me the 60-second version in your own words.",
    guidance: lines(
      "The interviewer has your resume, so don't recite it; give the headline of what you do and what you're known for.",
      "One representative project with a before-and-after number does more than three job titles.",
      "Close with the specific problem on this team that you want to work on, in one sentence.",
    ),
    exampleAnswer: paragraphs(
      "I'm an ML infrastructure engineer at Reelbox, a short-video app, where I've spent three years on the systems that serve our ranking and recommendation models. Before that I was a backend engineer at a fintech for two years, so I came to ML from the serving side rather than the modelling side.",
      "I'm strongest at GPU serving performance and at the handoff between researchers and production: taking a model that works in a notebook and making it meet a latency budget and a cost budget at the same time.",
      "The project I'm proudest of is our inference gateway. I designed and built a batching layer in Go in front of our Triton servers, and it cut ranking p99 from 110 to 55 milliseconds while raising GPU utilisation from 30% to 72%. That let us absorb a doubling of traffic without buying the 40 extra GPUs we had budgeted.",
      "I'm talking to you because your team serves large language models, where the cost of one request varies by a factor of a hundred, so batching and scheduling get much harder than in ranking, and that's the problem I want to work on next.",
    ),
  },
  {
    slug: "intro-staff-level-scope",
    kind: "intro",
    title: "Tell me about yourself and your scope",
    prompt: "Tell me about yourself, and give me a sense of the scope you've been operating at.",
    guidance: lines(
      "For senior and staff roles, scope is part of the answer: how many engineers or services your decisions touch, and how you influence them.",
      "Show that you still go deep, with one project where you wrote the design and built the critical piece, plus its measured result.",
      "Say why this role's scope is the right next step, naming the system or problem, not the title.",
    ),
    exampleAnswer: paragraphs(
      "I'm a staff engineer at Cobaltic, a cloud backup company that stores about 60 petabytes for 30,000 business customers. I've been there six years, and for the last two I've set technical direction for our storage platform, which four teams and about 35 engineers build on. In practice that means I write the key design docs, review the others, and still build the critical pieces myself.",
      "My strengths are durability and cost engineering in storage systems, and getting several teams to adopt a change without formal authority.",
      "A representative project: cold backups were stored with three full replicas, which made storage our largest cost. I designed the move to Reed-Solomon erasure coding with a ten-plus-four layout, built the repair scheduler that rebuilds the most at-risk data first after a disk failure, and led the migration of 40 petabytes over five months. Storage cost fell 45%, from $74,000 to $41,000 a month, and we haven't lost an object.",
      "I'm interested in this role because your object storage team is redesigning its metadata layer for billions of keys per bucket, and that's the part of storage systems I want to own next.",
    ),
  },
  {
    slug: "intro-early-career",
    kind: "intro",
    title: "Tell me about yourself (early career)",
    prompt: "Tell me a bit about yourself and what you've been working on.",
    guidance: lines(
      "Early in your career, depth beats breadth: one thing you're good at, shown by one project you drove with a measured result.",
      'Be precise about your part. "I added monitoring, found the cause and rewrote the state handling" is stronger than "I helped improve performance".',
      "For why this role, say what you want to learn and from whom, tied to the team's technical work.",
    ),
    exampleAnswer: paragraphs(
      "I'm a frontend engineer at Pinecrest, an education platform schools use for assignments and grading, and it's my first job after graduating two years ago. I work on the teacher-facing web app, which is React and TypeScript and used by about 60,000 teachers.",
      "My strengths are web performance and turning vague complaints into something measurable. When teachers say the app feels slow, I find out which interaction, on which devices, and why.",
      "The best example is the gradebook. Teachers with large classes told us it froze when they entered grades. I added real-user monitoring for interaction latency, profiled the page, and found that every keystroke re-rendered all 1,500 cells of the grid. I rewrote the state handling with a per-row store so only the edited row re-renders, then virtualised the grid so the browser renders only the 40 visible rows. The 75th-percentile interaction time went from 480 ms to 90 ms, and gradebook support tickets fell from about 50 a month to 15. I also wrote our team's performance testing guide.",
      "I'm applying here because your product is a data-heavy web app where performance is the experience, and with about 2 million daily users to our 60,000, your team has solved rendering and data-loading problems I want to learn from.",
    ),
  },
  {
    slug: "intro-career-changer",
    kind: "intro",
    title: "How you got into software engineering",
    prompt:
      "Your background is a bit unusual. Tell me about yourself and how you got into software engineering.",
    guidance: lines(
      "Tell the path briefly and without apology, then move quickly to the engineer you are today.",
      "Name what the earlier career gave you as a working strength, then prove your engineering with one project and a number.",
      "Connect the why-this-role beat to the team's systems, not to the career change itself.",
    ),
    exampleAnswer: paragraphs(
      "I started out as a high-school physics teacher, and I moved into software through data. I taught myself Python to automate my grading, took a job as a data analyst at Harvest Box, a grocery subscription company, and moved onto the data engineering team a year later. Today I'm a data engineer there, three years in, working on our Spark and Snowflake pipelines, which process about 2 billion events a month.",
      "Teaching gave me a habit I still use: explaining systems to people who don't share my vocabulary. My engineering strength is data correctness, making sure the numbers finance and product rely on match reality.",
      "The project that shows both: our revenue table ran about 2.8% below the payment processor's statements every month. I reconciled it record by record, found that our streaming job dropped payment events that arrived behind its watermark, and rebuilt the pipeline with a nightly batch recompute from the raw events in S3 plus a daily reconciliation check. The gap went from 2.8% to under 0.05%, and finance's month-end close went from five days to three.",
      "I'm applying because your team builds the pipelines behind customer billing, where correctness is the whole job, and I want to move from fixing data problems to designing systems that prevent them.",
    ),
  },
  {
    slug: "intro-hiring-manager-reliability",
    kind: "intro",
    title: "Introducing yourself to a hiring manager",
    prompt:
      "I'm the hiring manager for our infrastructure reliability team. Tell me about yourself and what you'd bring.",
    guidance: lines(
      "A hiring manager wants to picture you on their team: say what you own today and how big it is.",
      "Pick the project closest to this team's work and give the metric the team itself would care about (availability, pages, incidents).",
      "Name the gap between your experience and this role honestly, as the thing you want to grow into.",
    ),
    exampleAnswer: paragraphs(
      "I'm a site reliability engineer at Mealhop, a grocery delivery app, where I've been for four years. I'm embedded with the ordering and checkout teams, about 25 engineers, and I own our SLOs, the incident process and the Kubernetes platform those services run on, around 300 pods across two regions.",
      "My strengths are turning incident history into concrete engineering work, and making alerts trustworthy enough that people act on them.",
      "A representative project: checkout was at 99.6% availability against a 99.9% target, with eight incidents in six months. I classified every incident, found that six started in optional dependencies with 30-second timeouts, and implemented tight timeouts, circuit breakers and separate thread pools per dependency. Then I replaced our threshold alerts with SLO burn-rate alerts. Availability rose to 99.95%, and pages went from about 30 a month to 7.",
      "What I'd bring to your team is that incident-driven approach. What I want from it is scope: you own reliability for the whole platform, including multi-region failover, which I've only practised in planned drills, and I want to work on that at the infrastructure level.",
    ),
  },
  {
    slug: "intro-what-are-you-working-on",
    kind: "intro",
    title: "What are you working on these days?",
    prompt: "So what are you working on these days?",
    guidance: lines(
      'This is "tell me about yourself" in disguise: current role and scope first, then the project you\'re on right now.',
      "Describe the current project with its baseline and the result so far, and what you personally built.",
      "Connect it to why you're talking to this team, naming the harder version of the same problem they have.",
    ),
    exampleAnswer: paragraphs(
      "Right now I'm a senior engineer on the developer productivity team at Quarry, a fintech with about 300 engineers in one large monorepo. My team owns the build system, CI and the tooling engineers use every day. I've been there three years, and before that I spent four years as a backend engineer on payments.",
      "What I'm good at is treating developer experience as a performance problem: measuring where engineers wait, then fixing the biggest waits first.",
      "My main project this year has been CI time. CI had become the slowest step in shipping, and engineers were batching changes to avoid it. I instrumented every CI step, found that 60% of the time went to rebuilding and retesting unchanged code, and led our move to Bazel with a shared remote cache and test selection based on the dependency graph. I wrote the migration tooling that converted 1,400 build targets. That cut median CI time from 38 minutes to 11, and merges per engineer per week went up 25%.",
      "I'm interested in your developer platform role because your repository is ten times our size across several languages, so remote execution and flaky-test management become central problems, and those are the parts of build infrastructure I want to go deeper on.",
    ),
  },
];

const motivation: BankQuestion[] = [
  {
    slug: "motivation-why-this-team-payments",
    kind: "motivation",
    title: "Why our payments infrastructure team?",
    prompt: "Why do you want to join Coinrail, and the payments infrastructure team in particular?",
    guidance: lines(
      "Name the team's actual engineering problems (systems, scale, what they're changing) from the job post, talks or blog posts. Mission statements don't count.",
      "Map your experience onto those problems with one concrete project and its result.",
      "Say what you want to learn that you haven't done yet; it shows you've thought about the gap as well as the fit.",
    ),
    exampleAnswer: paragraphs(
      "Three things draw me: the problems your team is working on, how closely they match what I've built, and what I'd learn here.",
      "The problems: your payments infrastructure team runs the ledger and payout systems across 11 currencies, and your engineering blog describes the move from nightly batch settlement to continuous settlement. That means keeping double-entry balances correct under concurrent writes at up to 5,000 transactions per second, while reconciling against banks that still send one file a day. That gap between real-time internal state and batch external truth is the problem I find most interesting in payments.",
      "The fit: at Fennec Pay I built our payout API, which moves about $1.4 billion a month and uses idempotency keys with a unique constraint per transfer so a retry can't pay twice; duplicate payouts went from about 40 a quarter to zero. I also designed the transfer state machine and the bank-file reconciliation that cut unmatched transactions from 1.8% to 0.1% and saved finance 30 hours a month. I could contribute to your reconciliation service from the first month.",
      "What I'd learn: I've only worked with one currency and one banking partner. I want to learn multi-currency ledger design, FX rounding and settlement across time zones, and over time to own the design of a core ledger service rather than the services around it.",
    ),
  },
  {
    slug: "motivation-why-leave-current-role",
    kind: "motivation",
    title: "Why are you leaving your current role?",
    prompt: "Why are you looking to leave your current role?",
    guidance: lines(
      "Keep it forward-looking and non-critical: the work you've finished or can't do where you are, not grievances.",
      "Pivot quickly to the specific engineering problems on this team that you want to work on, with evidence you've done related work.",
      "Close with what you want to grow into, in concrete technical terms.",
    ),
    exampleAnswer: paragraphs(
      "In short, I've finished the problem I was hired to solve, and the next one I want is on your team rather than mine.",
      "I joined Quarry three years ago to fix CI. I led the move to Bazel with a shared remote cache and dependency-based test selection, which cut median push-to-green time from 38 minutes to 11. That work is now in maintenance mode, and the company's next priorities are product features, which is a reasonable call for them but not the work I want.",
      "What draws me to your developer platform team is specific. Your repository is ten times our size, across Go, Java and TypeScript, and your team's posts describe two open problems: remote build execution at around 50,000 builds a day, and flaky-test quarantine, where you estimated flaky tests cost 6% of CI capacity.",
      "I've built a working start on both. I designed our remote cache, a content-addressed store of about 40 TB on S3 with an eviction policy that kept the hit rate at 85%, and I built a flaky-test detector that retries failures and quarantines tests failing more than 2% of runs, which cut red builds from flaky tests by 70%. What I'd learn is remote execution itself: scheduling build actions across a worker pool at your volume, which is the build-infrastructure work I want to specialise in.",
    ),
  },
  {
    slug: "motivation-why-this-company-health-data",
    kind: "motivation",
    title: "Why our company?",
    prompt: "Why Lattice Health? What makes you want to work here rather than somewhere else?",
    guidance: lines(
      "\"Why us\" is answered best through the engineering: what is technically hard about this company's systems that isn't hard elsewhere.",
      "Connect one of your projects to that hard part, with a result.",
      "Name what you'd need to learn here, which makes the interest credible and specific.",
    ),
    exampleAnswer: paragraphs(
      "Three things draw me: the data problem your platform team is solving, how directly it matches what I've built, and what I'd learn.",
      "The problem: your platform ingests records from about 400 hospital systems, each with its own HL7 or FHIR dialect, and turns them into one patient timeline that clinicians trust. The hard parts aren't throughput. They're schema drift from sources you don't control, matching patients without a shared ID, and proving lineage for every field, because a wrong medication record is a safety problem rather than a dashboard glitch.",
      "The fit: at Harvest Box I own the pipelines that process about 2 billion events a month in Spark and Snowflake. I rebuilt our revenue pipeline after finding that its streaming job dropped late-arriving events behind the watermark, and I built record-level reconciliation that cut the gap against source systems from 2.8% to under 0.05%. I also built schema-change detection that routes unexpected fields to a quarantine table instead of failing the whole load, which raised our nightly load success rate from 87% to 100%. That's close to what your ingestion layer needs.",
      "What I'd learn: entity resolution and lineage at the standard healthcare requires. I haven't worked under HIPAA or with probabilistic patient matching, and I want to learn both from a team that has built them in production.",
    ),
  },
  {
    slug: "motivation-why-a-small-startup",
    kind: "motivation",
    title: "Why a small startup over a big company?",
    prompt: "We're a 30-person startup. Why us, rather than a bigger company with more stability?",
    guidance: lines(
      'Answer with the product\'s core technical problem and how much of it you would own, not with "fast pace" or "impact" in the abstract.',
      "Show you've done a smaller version of that problem, with a number.",
      "Be honest about what you're trading and why that trade fits where you want to grow.",
    ),
    exampleAnswer: paragraphs(
      "Two reasons: the engineering problem your team is working on, and how much of it I'd own compared with what I've built elsewhere.",
      "The problem: your product spins up a full preview environment for every pull request, and from your docs and your CTO's conference talk, the hard part is starting environments in under 90 seconds by snapshotting databases and reusing container layers, while keeping cost below $0.20 per environment. That's a caching and scheduling problem, and it's the one I want to work on.",
      "The fit: I've built a smaller version of it. At Quarry I ran our Kubernetes-based ephemeral test environments, and I cut their startup time from 6 minutes to 80 seconds by pre-pulling images onto nodes and restoring Postgres from a prebuilt volume snapshot instead of seeding it, which also cut cost per environment from $1.10 to $0.45. I also led our CI migration to Bazel with a shared remote cache, which took median CI time from 38 minutes to 11.",
      "On size: at a larger company, my last project was one piece of a platform other teams designed. Here I'd bring that experience to a whole subsystem, such as environment snapshots, from design through on-call, with direct feedback from customers' engineers. I'm trading some stability for that knowingly, because I want to learn to design and run a product's core infrastructure end to end.",
    ),
  },
  {
    slug: "motivation-why-move-into-ml-infra",
    kind: "motivation",
    title: "Why move into ML infrastructure?",
    prompt:
      "You've mostly been a backend engineer. Why move into ML infrastructure, and why our model serving team?",
    guidance: lines(
      "Explain what is technically different about the new area and why that difference interests you; show you understand the problems, not the hype.",
      "Bring the transferable parts of your experience as evidence, with a measured result.",
      "Name the skills you'll need to build, so the move reads as deliberate.",
    ),
    exampleAnswer: paragraphs(
      "Two reasons: the serving problems on your team are backend problems with the usual assumptions removed, and I've already built the backend half.",
      "The problems: from your job post and the team's talk on serving, a request can produce anywhere from 50 to 4,000 output tokens, GPU memory for the KV cache is the binding constraint, and you're building continuous batching and per-tenant rate limits on top of that. In web backends I could assume requests cost about the same and capacity scales by adding pods; here neither holds.",
      "The fit: at Gigpath I built the admission control and load shedding for our dispatch API, a priority queue that rejects low-value requests early once queue time passes 200 ms. During last New Year's Eve's fivefold traffic spike, dispatch p99 stayed at 380 ms, where the year before we had a 30-minute outage. For the last six months I've also worked on our ML team's model gateway, where I added request batching that cut inference cost by 35%, from $48,000 to $31,000 a month.",
      "What I'd learn is GPU scheduling and memory management for large models: how to pack requests, when to preempt, and how to give tenants fair latency. I'm less experienced on the model side, quantisation for example, and I'd expect to learn that from the team.",
    ),
  },
  {
    slug: "motivation-what-excites-you-about-role",
    kind: "motivation",
    title: "What excites you about this role?",
    prompt: "What excites you about this role specifically?",
    guidance: lines(
      "Point at a concrete piece of the role's technical work (a migration, a subsystem, a hard constraint) rather than the company's reputation.",
      "Show a matching project from your past with the number that proves you did it well.",
      "Say which part of the role would stretch you, and why you want that stretch.",
    ),
    exampleAnswer: paragraphs(
      "Two things: the storage engine work itself, and how closely it matches what I've built and what I want to learn next.",
      "The work: your object storage team is moving metadata from sharded MySQL to an in-house key-value store that partitions keys by consistent hashing, and the posting says you're adding erasure coding to the cold tier and keeping list operations under 100 ms for buckets with billions of objects. In those problems, correctness, durability and cost trade against each other in every design decision.",
      "What I've done that fits: for the past four years at Cobaltic, a backup company, I've worked on the storage data path. I led the move of 40 PB of cold backups from triple replication to Reed-Solomon erasure coding with a ten-plus-four layout, which cut storage cost per terabyte by 45%, about $400,000 a year, without losing an object. I also built a repair scheduler that uses per-stripe checksums to find damaged data and rebuilds the most at-risk stripes first after a disk failure, which cut the time to full redundancy from 9 hours to 2 hours.",
      "What I'd bring and learn: I could contribute to your erasure-coding rollout from the start. What I haven't done is the metadata layer, a store with consistent listing across billions of keys, and that's exactly what your team is building.",
    ),
  },
  {
    slug: "motivation-why-a-larger-company",
    kind: "motivation",
    title: "Why a company of our size?",
    prompt: "You've spent your career at startups. Why a company of our size?",
    guidance: lines(
      "Tie the move to technical problems that only exist at this company's scale, with their numbers if you know them.",
      "Show the smaller-scale version you've already built and what it achieved.",
      "Say what a larger team gives you (specialists, depth, operating history) that you can't get at a startup.",
    ),
    exampleAnswer: paragraphs(
      "Two reasons: the search problems your team works on only exist at your scale, and I've built the smaller version of them everywhere I've worked.",
      "The problems: your search infrastructure team serves around 100,000 queries per second over a catalogue of 400 million listings, and you've written about moving from nightly index rebuilds to near-real-time indexing so price and stock changes appear within seconds. At that size, index freshness, shard balancing and tail latency interact in ways a startup's catalogue never forces you to handle.",
      "The fit: at Shelfwise I cut product search p99 from 1.4 seconds to 210 ms on Elasticsearch by replacing wildcard queries with edge n-grams and routing each query to one shard by store, and add-to-cart from search rose 3.1%. Before that, at a 20-person startup, I built the indexing pipeline from Kafka change events, which cut index lag from 24 hours to under a minute.",
      "What a larger company adds is depth. At startups I've been the only search engineer, so I've designed everything but never worked alongside people who have run search at this size. I want to specialise in indexing and retrieval infrastructure and learn from engineers who have operated it for years.",
    ),
  },
  {
    slug: "motivation-where-you-want-to-grow",
    kind: "motivation",
    title: "Where do you want to grow, and how does this fit?",
    prompt:
      "Where do you want to grow over the next two years, and how does this role fit into that?",
    guidance: lines(
      "Make the growth goal technical and specific, then show this team's roadmap is where that growth happens.",
      "Prove you're ready for the first step with a recent project and its result.",
      "Name the parts you haven't done yet; that's what the two years are for.",
    ),
    exampleAnswer: paragraphs(
      "In short: in two years I want to be able to design an identity system end to end. Your team is building one, it extends what I've built so far, and it covers what I still need to learn.",
      "The work: you're moving 30 million users from session cookies to token-based auth across web, mobile and partner APIs, adding passkeys, and building risk-based step-up authentication. That means designing token lifetimes, rotation and revocation to be secure without logging people out, which is the exact tension I've been working in.",
      "The fit: at Kestrel Health I built the fix for a refresh-token rotation race that was logging out 2% of mobile users a day; I added a 30-second grace window on the server and single-flight refresh in the apps, which cut forced logouts from 2% to 0.2% and related tickets from 150 a week to under 10. I also implemented our OAuth flows for 40 partner clinics, including PKCE and scoped tokens.",
      "What I'd learn: the full design of an authentication system, covering protocols, key management, session storage, and the incident response when a signing key leaks. The parts I haven't done are passkeys and risk scoring, and your roadmap has both, with engineers who have shipped them to tens of millions of users.",
    ),
  },
];

const logistics: BankQuestion[] = [
  {
    slug: "logistics-recruiter-screen-essentials",
    kind: "logistics",
    title: "Authorization, location, timeline, pay, work mix",
    prompt:
      "Quick logistics before we wrap up: are you authorized to work in the US, where are you located, what's your timeline, what compensation are you targeting, and do you prefer hands-on coding or tech lead work?",
    guidance: lines(
      "Answer every item the recruiter asked, in the order they asked, in one or two sentences each.",
      "Use concrete numbers: weeks of notice, a salary range with currency, days in the office, a percentage split of coding versus leading.",
      'Stay direct and non-defensive; a clear range with "depending on level" is better than refusing to answer.',
    ),
    exampleAnswer: paragraphs(
      "Happy to. I'm a US permanent resident, so I don't need sponsorship. I live in Austin, and your hybrid setup of two days a week in the Austin office works for me. On timeline, I'd give my current employer three weeks' notice, so I could start four weeks after signing. I'm in early rounds with one other company, so nothing forces a decision before the end of next month. For compensation, I'm at $175,000 base today, and I'm targeting total compensation of $220,000 to $250,000 depending on level and the equity mix. On the work itself, I want to stay hands-on, about 70% coding, with the rest on design reviews and mentoring two or three engineers.",
    ),
  },
  {
    slug: "logistics-compensation-expectations",
    kind: "logistics",
    title: "Compensation expectations",
    prompt: "What are your compensation expectations for this role?",
    guidance: lines(
      "Give a range with currency, and say whether it's base or total compensation.",
      "Anchor it briefly (level, market, current package) without apologising for it.",
      "Say what you're flexible on and invite their band, so the conversation moves forward.",
    ),
    exampleAnswer: paragraphs(
      "I'm targeting a base salary of £95,000 to £105,000, with total compensation, including equity and bonus, of £120,000 to £135,000. That's based on the senior level we discussed and on two other processes I'm in for similar roles in London. For context, I'm currently on £88,000 base plus a 10% bonus. I'm flexible on the split between base and equity if the equity is meaningful, and I'd like to agree the level first, since that drives most of the number. If your band for this level is different, tell me the range and I'll tell you directly whether it works.",
    ),
  },
  {
    slug: "logistics-start-date-and-notice",
    kind: "logistics",
    title: "Start date and notice period",
    prompt: "When could you start, and is there anything that would affect your start date?",
    guidance: lines(
      "Give an actual date or a number of weeks, and the notice period behind it.",
      "Mention anything that could move the date (planned leave, handovers, relocation) up front, with dates.",
      "Say how flexible you are, so the recruiter can plan around it.",
    ),
    exampleAnswer: paragraphs(
      "I could start on Monday, March 3rd, if we finalise an offer by the end of January. My contract has a four-week notice period, and I've committed to handing over an on-call rotation and a migration I'm leading, which I've planned to fit inside those four weeks. The only other thing affecting dates is a trip already booked from April 14th to 18th, five working days, which I'd take unpaid if I don't have leave by then. I don't need relocation and I'm not waiting on another offer's deadline. If a later date suits your onboarding cycle, anything up to mid-March works for me.",
    ),
  },
  {
    slug: "logistics-visa-sponsorship",
    kind: "logistics",
    title: "Visa sponsorship",
    prompt: "Will you now or in the future require visa sponsorship?",
    guidance: lines(
      "Answer yes or no in the first sentence, then the specifics: visa type, expiry, and what the employer would need to do.",
      "Give the practical timeline, such as how many weeks a transfer takes and when you could start.",
      "Keep it factual and calm; a clear answer lowers the perceived risk more than reassurance does.",
    ),
    exampleAnswer: paragraphs(
      "Yes: I'm on an H-1B valid until September 2027, so I'd need a transfer rather than a new petition. I have about three years left of the six-year limit. A transfer means I can start once your petition is filed and receipted, usually two to three weeks, without waiting for approval or the lottery. My current employer started the green card process last year, which a new employer would need to restart; I'm not asking for that on day one, and I'd like to discuss it within the first year. I'm already in Seattle, so no relocation is needed, and I could start about five weeks after an offer, allowing for the filing and my three weeks' notice.",
    ),
  },
  {
    slug: "logistics-hybrid-location",
    kind: "logistics",
    title: "Location and hybrid schedule",
    prompt:
      "This team is hybrid, three days a week in our London office. Does that work for you, and where are you based?",
    guidance: lines(
      "Say yes or no first, then where you live and the practical commute.",
      "State any fixed constraint plainly with the specific day or date, rather than hinting at it.",
      "Mention right to work if it's relevant to the location, in one sentence.",
    ),
    exampleAnswer: paragraphs(
      "Yes, that works. I'm based in Reading, about 30 minutes from Paddington by train, so three days a week in the London office is a commute I already do for my current job, which is in the office Tuesday to Thursday. I'd prefer those days again if the team anchors on them, but I can match whatever days the team uses. I'm a UK citizen, so there's no right-to-work question, and I'm not planning to move. I'm comfortable with one or two extra office days a month for planning weeks or team events. One fixed point: I do school pickup on Mondays, so I'd want Monday as a remote day.",
    ),
  },
  {
    slug: "logistics-other-interviews-and-timeline",
    kind: "logistics",
    title: "Other interviews and your timeline",
    prompt: "Are you interviewing anywhere else, and what does your timeline look like?",
    guidance: lines(
      "Be honest about other processes and their stage, with dates, without naming companies unless asked.",
      "Tell the recruiter what would keep things in sync, such as a date for the final round.",
      "Commit to telling them if an offer arrives, and give your notice period.",
    ),
    exampleAnswer: paragraphs(
      "Yes, I'm in two other processes. One is at the final round, with the onsite next Thursday, and they aim to decide within a week of that, so I could have an offer around the 20th. The other is earlier; I've done a technical screen. This role is my first choice because of the team's work on the ingestion pipeline, so I want to give you a fair chance to finish. If you can fit your final round into the next two weeks, that keeps things in sync. If an offer arrives before you've decided, I'll tell you the same day and ask the other company for a week's extension. My notice period is four weeks.",
    ),
  },
  {
    slug: "logistics-relocation",
    kind: "logistics",
    title: "Relocation to the office city",
    prompt: "The role is based in Toronto. Would you relocate, and what would you need from us?",
    guidance: lines(
      "Say yes or no up front, then timing in weeks and what drives it.",
      "Name the support you'd want concretely (moving costs, temporary housing, an amount with currency) and say whether a lump sum is fine.",
      "Confirm work authorization for the new location and whether the move changes your compensation expectations.",
    ),
    exampleAnswer: paragraphs(
      "Yes, I'd relocate to Toronto. I'm in Vancouver now and I'm a Canadian citizen, so there are no work permit questions. On timing, I'd need eight weeks from signing: four weeks' notice at my current job, then a month to move with my partner, so a start in early June works. For support, I'd ask for moving costs and a month of temporary housing, which I've seen come to CAD 15,000 to 20,000; if your policy is a lump sum, that's fine. My compensation target of CAD 180,000 to 200,000 base doesn't change with the move. For the first month I'd like to be in the office four days a week to get to know the team, then follow the team's norm.",
    ),
  },
  {
    slug: "logistics-level-and-work-mix",
    kind: "logistics",
    title: "Target level and coding versus leading",
    prompt:
      "What level are you targeting, and do you want to stay hands-on or move toward leading teams?",
    guidance: lines(
      "Name a level and map it to their ladder if you can, with one fact that supports it.",
      "Describe the work mix as a split (for example 70% coding, 30% design and mentoring) and say whether you want people management.",
      "If you have a longer-term goal, state it with a timeframe.",
    ),
    exampleAnswer: paragraphs(
      "I'm targeting senior, which from your careers page maps to your level four. My current title is senior engineer, and over the past two years I've led two projects of three to four engineers each. For the mix, I want to stay hands-on: about 70% of my time writing and reviewing code, and 30% on design docs, planning and mentoring. I'm not looking for people management in the next two years. I'd like a path toward staff, owning the technical direction for an area, but I'd rather earn that here over six to twelve months than start there. Senior with a clear staff path is the outcome I want.",
    ),
  },
];

export const questionBank: readonly BankQuestion[] = [
  ...deepDive,
  ...debugging,
  ...crossFunctional,
  ...conflict,
  ...intro,
  ...motivation,
  ...logistics,
];
