// The fault suite (`pnpm test:faults`): the production build under fault, on a throwaway embedded
// database. Bounded in time (a few minutes on 2 cores); prints its counts and exits non-zero on
// any failed check. What it proves, per issue 15:
//
// 1. Under continuous submit and draft load from signed-in candidates, SIGKILL the web process,
//    the embedded PostgreSQL, or both, at a random moment, DEBRIEF_FAULT_TRIALS times each.
//    Clients retry every unacknowledged submit with its key, as the editor does. Then: no
//    acknowledged answer or draft lost or duplicated, every key made exactly one row, no answer
//    without its score and engine version, no attempt gaps, no answer_facts drift, no draft
//    outliving its submit, and never a 500.
// 2. A database crash recovers within 15 s without restarting the web process; meanwhile pages
//    answer 503 with the plain sentence and a Retry-After, and liveness stays up.
// 3. Start-up faults: each bad start exits non-zero with its one sentence; each recoverable one
//    (stale, zombie, corrupt or foreign postmaster.pid) starts clean and signals no one else.
// 4. Every stop finishes in bounded time: healthy, database hung (SIGSTOP), database restarting.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connectDb, type Db, listQuestionsForCandidate } from "@debrief/db";
import { createCohortWithMembers, findAnswerFactsDrift, TEST_PASSWORD } from "@debrief/db/testing";
import { freePort, signIn } from "../scripts/http-client";

const trials = Number(process.env.DEBRIEF_FAULT_TRIALS ?? 2);
const clientCount = 8;
const recoveryBudgetMs = 15_000;
const stopBudgetMs = 35_000;
const overallTimeoutMs = 12 * 60_000;
const restartingSentence = "Debrief is restarting its database, try again in a moment.";

const webDir = fileURLToPath(new URL("..", import.meta.url));
const nextJs = createRequire(path.join(webDir, "package.json")).resolve("next/dist/bin/next");
const isRoot = process.getuid?.() === 0;

// ---------------------------------------------------------------------------------------------
// Checks and counts

const checks: Array<{ name: string; ok: boolean; detail: string }> = [];
function check(name: string, ok: boolean, detail = ""): void {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "  ok  " : "  FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
}

const counts = {
  submitsAcknowledged: 0,
  submitRetries: 0,
  draftsAcknowledged: 0,
  lateDraftsRefused: 0,
  lateDraftsAccepted: 0,
  responses: new Map<number, number>(),
  networkErrors: 0,
};

// ---------------------------------------------------------------------------------------------
// Processes

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Web {
  process: ChildProcess;
  port: number;
  baseUrl: string;
  log: string[];
  exited: Promise<number | null>;
}

function startWeb(options: { dataDir: string; port: number; env?: Record<string, string> }): Web {
  const log: string[] = [];
  const child = spawn(
    process.execPath,
    [nextJs, "start", "-H", "127.0.0.1", "-p", String(options.port)],
    {
      cwd: webDir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // As `pnpm start` does: Debrief's own handler stops the database, then exits.
        NEXT_MANUAL_SIG_HANDLE: "true",
        DEBRIEF_DATA_DIR: options.dataDir,
        DATABASE_URL: "",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 400) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return {
    process: child,
    port: options.port,
    baseUrl: `http://127.0.0.1:${options.port}`,
    log,
    exited,
  };
}

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health/ready`, {
      signal: AbortSignal.timeout(3_000),
    });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Ms until ready, or null if it exited or did not get there in `timeoutMs`. */
async function waitReady(web: Web, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (web.process.exitCode !== null) return null;
    if (await isReady(web.baseUrl)) return Date.now() - started;
    await sleep(100);
  }
  return null;
}

/** Exit code, or "timeout" if it is still running after `timeoutMs`. */
async function waitExit(web: Web, timeoutMs: number): Promise<number | null | "timeout"> {
  return Promise.race([web.exited, sleep(timeoutMs).then(() => "timeout" as const)]);
}

async function stopWeb(web: Web): Promise<{ ms: number; code: number | null | "timeout" }> {
  const started = Date.now();
  if (web.process.exitCode !== null) return { ms: 0, code: web.process.exitCode };
  web.process.kill("SIGTERM");
  const code = await waitExit(web, stopBudgetMs);
  if (code === "timeout") web.process.kill("SIGKILL");
  return { ms: Date.now() - started, code };
}

function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(
      readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8"),
      10,
    );
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** Postgres processes serving `dataDir` (their working directory is its pg/ folder). */
function postgresOn(dataDir: string): number[] {
  const output = execFileSync(
    "sh",
    [
      "-c",
      `for p in /proc/[0-9]*; do [ "$(readlink $p/cwd 2>/dev/null)" = "${path.join(dataDir, "pg")}" ] && echo \${p#/proc/}; done; true`,
    ],
    { encoding: "utf8" },
  );
  return output.split("\n").filter(Boolean).map(Number).filter(isRunning);
}

async function waitNoPostgres(dataDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (postgresOn(dataDir).length === 0) return true;
    await sleep(100);
  }
  return postgresOn(dataDir).length === 0;
}

function lastLines(web: Web, n = 15): string {
  return web.log.join("").trim().split("\n").slice(-n).join("\n");
}

// ---------------------------------------------------------------------------------------------
// Load

interface Client {
  index: number;
  userId: string;
  cookie: string;
  questionIds: string[];
  /** The latest attempt this client knows of, per question (its editor's basedOnAttempt). */
  latest: Map<string, number>;
  /** What this client was told: key → attempt of each acknowledged submit. */
  acknowledged: Map<string, { questionId: string; attempt: number }>;
  /** The last acknowledged draft per question, unless a later submit acknowledged its end. */
  liveDraft: Map<string, string>;
}

type CallResult =
  | { status: number; body: unknown; retryAfter: string | null }
  | { status: "network" };

async function call(
  baseUrl: string,
  client: Client,
  procedure: string,
  input: unknown,
): Promise<CallResult> {
  try {
    const response = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: client.cookie },
      body: JSON.stringify({ json: input }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = { unparsed: text.slice(0, 300) };
    }
    counts.responses.set(response.status, (counts.responses.get(response.status) ?? 0) + 1);
    return { status: response.status, body, retryAfter: response.headers.get("retry-after") };
  } catch {
    counts.networkErrors++;
    return { status: "network" };
  }
}

const serverErrors: string[] = [];

/** Retries until the server answers something other than an outage (network error or 503). */
async function callUntilAnswered(
  baseUrl: string,
  client: Client,
  procedure: string,
  input: unknown,
  deadline: () => number,
): Promise<{ status: number; body: unknown } | null> {
  for (let attempt = 0; Date.now() < deadline(); attempt++) {
    const result = await call(baseUrl, client, procedure, input);
    if (result.status !== "network" && result.status !== 503) {
      if (result.status >= 500)
        serverErrors.push(
          `${procedure} → ${result.status}: ${JSON.stringify(result.body).slice(0, 200)}`,
        );
      return result;
    }
    if (result.status === 503 && result.retryAfter === null)
      serverErrors.push(`${procedure} → 503 without Retry-After`);
    if (procedure === "answers.submit") counts.submitRetries++;
    await sleep(Math.min(100 * 2 ** attempt, 1_000));
  }
  return null;
}

function resultData<T>(body: unknown): T {
  return (body as { result?: { data?: { json?: T } } } | null)?.result?.data?.json as T;
}

/**
 * One candidate's editor, in a loop: autosave a draft of the question, submit it (retrying the
 * same key until acknowledged), then replay the draft save that was "in flight" during the
 * submit, which must now be refused. Ends with one draft left unsubmitted per question.
 */
async function runClient(
  baseUrl: string,
  client: Client,
  shouldStop: () => boolean,
  deadline: () => number,
) {
  let round = 0;
  while (!shouldStop()) {
    round++;
    const questionId = client.questionIds[round % client.questionIds.length] ?? "";
    const base = client.latest.get(questionId) ?? 0;
    const draftBody = `draft c${client.index} r${round}: situation, task, action, result — and what I learned.`;
    const saved = await callUntilAnswered(
      baseUrl,
      client,
      "drafts.save",
      { questionId, basedOnAttempt: base, body: draftBody },
      deadline,
    );
    if (saved?.status === 200) {
      counts.draftsAcknowledged++;
      client.liveDraft.set(questionId, draftBody);
    }
    const key = randomUUID();
    const body = `Answer from client ${client.index}, round ${round}. I led the migration of our billing service, measured p95 latency before and after, and cut it from 800 ms to 120 ms; next time I would involve support earlier.`;
    const submitted = await callUntilAnswered(
      baseUrl,
      client,
      "answers.submit",
      { questionId, body, idempotencyKey: key },
      deadline,
    );
    if (submitted?.status !== 200) {
      if (submitted) serverErrors.push(`answers.submit answered ${submitted.status}`);
      else serverErrors.push(`answers.submit never acknowledged (key ${key})`);
      continue;
    }
    const result = resultData<{ attempt: number } | undefined>(submitted.body);
    if (!result) {
      serverErrors.push(
        `answers.submit answered 200 without a result: ${JSON.stringify(submitted.body).slice(0, 300)}`,
      );
      continue;
    }
    counts.submitsAcknowledged++;
    client.acknowledged.set(key, { questionId, attempt: result.attempt });
    client.latest.set(questionId, result.attempt);
    client.liveDraft.delete(questionId);
    // The autosave that was still out when the submit went through.
    const late = await callUntilAnswered(
      baseUrl,
      client,
      "drafts.save",
      { questionId, basedOnAttempt: base, body: `${draftBody} (late)` },
      deadline,
    );
    if (late?.status === 409) counts.lateDraftsRefused++;
    else if (late) counts.lateDraftsAccepted++;
  }
  // The drafts a candidate leaves for later: these must survive every fault that follows.
  for (const questionId of client.questionIds) {
    const body = `kept draft c${client.index} ${questionId.slice(0, 8)}`;
    const saved = await callUntilAnswered(
      baseUrl,
      client,
      "drafts.save",
      { questionId, basedOnAttempt: client.latest.get(questionId) ?? 0, body },
      deadline,
    );
    if (saved?.status === 200) {
      counts.draftsAcknowledged++;
      client.liveDraft.set(questionId, body);
    }
  }
}

function embeddedUrl(dataDir: string): string {
  const password = readFileSync(path.join(dataDir, "pg-password"), "utf8").trim();
  const port = readFileSync(path.join(dataDir, "pg-port"), "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/debrief`;
}

// ---------------------------------------------------------------------------------------------
// Verification

type Pool = ReturnType<typeof connectDb>["pool"];

async function verify(db: Db, pool: Pool, clients: Client[]) {
  const ids = clients.map((c) => c.userId);
  const rows = await pool.query<{
    candidate_id: string;
    question_id: string;
    attempt: number;
    idempotency_key: string;
    engine_version: string | null;
  }>(
    `select a.candidate_id, a.question_id, a.attempt, a.idempotency_key, s.engine_version
     from answers a left join scores s on s.answer_id = a.id and s.source = 'auto'
     where a.candidate_id = any($1::uuid[])`,
    [ids],
  );
  const byKey = new Map<string, number>();
  const attempts = new Map<string, number[]>();
  let withoutScore = 0;
  for (const row of rows.rows) {
    const key = `${row.candidate_id}:${row.idempotency_key}`;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
    if (!row.engine_version) withoutScore++;
    const group = `${row.candidate_id}:${row.question_id}`;
    attempts.set(group, [...(attempts.get(group) ?? []), Number(row.attempt)]);
  }
  let lost = 0;
  let wrongAttempt = 0;
  for (const client of clients) {
    for (const [key, ack] of client.acknowledged) {
      if (!byKey.has(`${client.userId}:${key}`)) lost++;
      const stored = rows.rows.find(
        (r) => r.candidate_id === client.userId && r.idempotency_key === key,
      );
      if (
        stored &&
        (Number(stored.attempt) !== ack.attempt || stored.question_id !== ack.questionId)
      )
        wrongAttempt++;
    }
  }
  const acknowledged = clients.reduce((n, c) => n + c.acknowledged.size, 0);
  const duplicated = [...byKey.values()].filter((n) => n > 1).length;
  const unacknowledgedRows = rows.rows.length - acknowledged - duplicated;
  let gaps = 0;
  for (const list of attempts.values()) {
    list.sort((a, b) => a - b);
    if (list.some((attempt, i) => attempt !== i + 1)) gaps++;
  }
  check(
    "every acknowledged submit is stored",
    lost === 0,
    `${acknowledged} acknowledged, ${lost} lost`,
  );
  check("no submit stored twice", duplicated === 0, `${duplicated} duplicated keys`);
  check(
    "every retried key made exactly one row",
    unacknowledgedRows === 0,
    `${rows.rows.length} rows for ${acknowledged} acknowledged keys`,
  );
  check(
    "stored attempts match what clients were told",
    wrongAttempt === 0,
    `${wrongAttempt} differ`,
  );
  check(
    "no answer without its score and engine version",
    withoutScore === 0,
    `${withoutScore} without`,
  );
  check("attempt numbers have no gaps", gaps === 0, `${gaps} questions with gaps`);
  const drift = await findAnswerFactsDrift(db);
  check("answer_facts has no drift", drift.length === 0, `${drift.length} drifted`);

  // Live drafts: the row exists and is based on the latest attempt (what drafts.get returns).
  const drafts = await pool.query<{ candidate_id: string; question_id: string; body: string }>(
    `select d.candidate_id, d.question_id, d.body from drafts d
     where d.based_on_attempt >= coalesce((select max(a.attempt) from answers a
       where a.candidate_id = d.candidate_id and a.question_id = d.question_id), 0)
       and d.candidate_id = any($1::uuid[])`,
    [ids],
  );
  let draftsLost = 0;
  let draftsOutlived = 0;
  for (const client of clients) {
    for (const questionId of client.questionIds) {
      const live = drafts.rows.find(
        (d) => d.candidate_id === client.userId && d.question_id === questionId,
      );
      const expected = client.liveDraft.get(questionId);
      if (expected !== undefined && live?.body !== expected) draftsLost++;
      if (expected === undefined && live) draftsOutlived++;
    }
  }
  const keptDrafts = clients.reduce((n, c) => n + c.liveDraft.size, 0);
  check(
    "every acknowledged draft is there",
    draftsLost === 0,
    `${keptDrafts} kept drafts, ${draftsLost} lost or changed`,
  );
  check(
    "no draft outlives its submit",
    draftsOutlived === 0 && counts.lateDraftsAccepted === 0,
    `${counts.lateDraftsRefused} late saves refused, ${counts.lateDraftsAccepted} accepted, ${draftsOutlived} live drafts after submit`,
  );
  return { acknowledged, lost, duplicated };
}

// ---------------------------------------------------------------------------------------------
// Start-up faults

async function expectRefusal(name: string, web: Web, sentence: RegExp) {
  const code = await waitExit(web, 60_000);
  const output = web.log.join("");
  const line = output.split("\n").find((l) => l.startsWith("Debrief could not start:")) ?? "";
  check(
    `bad start exits with its sentence: ${name}`,
    code !== "timeout" && code !== 0 && sentence.test(output),
    code === "timeout"
      ? "still running after 60 s"
      : `exit ${code}; ${line.slice(0, 240) || lastLines(web, 3)}`,
  );
  if (code === "timeout") web.process.kill("SIGKILL");
}

async function expectCleanStart(name: string, dataDir: string, extra: () => string = () => "") {
  const web = startWeb({ dataDir, port: await freePort() });
  const ms = await waitReady(web, 60_000);
  check(
    `clean start: ${name}`,
    ms !== null,
    ms !== null ? `ready in ${ms} ms${extra()}` : lastLines(web, 6),
  );
  const stop = await stopWeb(web);
  check(
    `stop finishes: after ${name}`,
    stop.code !== "timeout" && (await waitNoPostgres(dataDir, 5_000)),
    `${stop.ms} ms`,
  );
}

/**
 * A zombie with a live parent: perl (essential on Debian) forks a child that exits at once,
 * and never reaps it.
 */
async function makeZombie(): Promise<{ pid: number; parent: ChildProcess }> {
  const script = '$| = 1; my $pid = fork(); exit 0 unless $pid; print "$pid\\n"; sleep 120;';
  const parent = spawn("perl", ["-e", script], { stdio: ["ignore", "pipe", "ignore"] });
  const pid = await new Promise<number>((resolve) =>
    parent.stdout?.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
  );
  await sleep(200);
  return { pid, parent };
}

async function startupFaults(template: string, scratch: string) {
  console.log("\nstart-up faults");
  const copy = (name: string) => {
    const dir = path.join(scratch, name);
    cpSync(template, dir, { recursive: true, preserveTimestamps: true });
    // cpSync keeps modes, not owners: the cluster must stay the postgres user's.
    if (isRoot) execFileSync("chown", ["-R", "postgres:postgres", path.join(dir, "pg")]);
    return dir;
  };
  const pidFileOf = (dir: string, pid: string) =>
    `${pid}\n${path.join(dir, "pg")}\n1700000000\n${readFileSync(path.join(dir, "pg-port"), "utf8").trim()}\n\n127.0.0.1\n  1234  5678\nready   \n`;

  // A second start on a folder in use: refused, naming the holder; the first keeps serving.
  {
    const dir = copy("second-start");
    const first = startWeb({ dataDir: dir, port: await freePort() });
    await waitReady(first, 60_000);
    const second = startWeb({ dataDir: dir, port: await freePort() });
    await expectRefusal(
      "second start on a folder in use",
      second,
      new RegExp(`in use by another Debrief process \\(pid ${first.process.pid}`),
    );
    check(
      "the first instance keeps serving after a refused second start",
      await isReady(first.baseUrl),
    );
    const stop = await stopWeb(first);
    check(
      "stop finishes: healthy",
      stop.code !== "timeout" && (await waitNoPostgres(dir, 5_000)),
      `${stop.ms} ms, exit ${stop.code}`,
    );
  }

  // Two first starts on one empty folder at the same instant: one serves, one is refused.
  {
    const dir = path.join(scratch, "simultaneous");
    const [a, b] = [
      startWeb({ dataDir: dir, port: await freePort() }),
      startWeb({ dataDir: dir, port: await freePort() }),
    ];
    const outcomes = await Promise.all(
      [a, b].map(async (web) => ({ web, ready: await waitReady(web, 90_000) })),
    );
    const winners = outcomes.filter((o) => o.ready !== null);
    const loser = outcomes.find((o) => o.ready === null)?.web;
    const loserOutput = loser?.log.join("") ?? "";
    check(
      "simultaneous first starts serialise: one serves, one is refused with its sentence",
      winners.length === 1 &&
        loser !== undefined &&
        loser.process.exitCode !== 0 &&
        /in use by another Debrief process/.test(loserOutput),
      `${winners.length} ready`,
    );
    for (const { web } of outcomes) await stopWeb(web);
    await waitNoPostgres(dir, 5_000);
  }

  // Stale postmaster.pid files: a pid that is gone, a zombie, another program, garbage, empty.
  {
    const dir = copy("stale-foreign");
    const foreign = spawn("sleep", ["120"], { stdio: "ignore" });
    await writeFile(path.join(dir, "pg", "postmaster.pid"), pidFileOf(dir, String(foreign.pid)));
    await expectCleanStart("postmaster.pid names another live program", dir, () => "");
    check(
      "the other program was not signalled",
      foreign.pid !== undefined && isRunning(foreign.pid),
    );
    foreign.kill("SIGKILL");
  }
  {
    const dir = copy("stale-zombie");
    const zombie = await makeZombie();
    const state = readFileSync(`/proc/${zombie.pid}/stat`, "utf8").split(") ")[1]?.[0];
    await writeFile(path.join(dir, "pg", "postmaster.pid"), pidFileOf(dir, String(zombie.pid)));
    await expectCleanStart(`postmaster.pid names a zombie (state ${state})`, dir);
    zombie.parent.kill("SIGKILL");
  }
  for (const [name, content] of [
    ["corrupt postmaster.pid", "not a pid file\n"],
    ["empty postmaster.pid", ""],
  ] as const) {
    const dir = copy(name.replace(/\W+/g, "-"));
    await writeFile(path.join(dir, "pg", "postmaster.pid"), content);
    await expectCleanStart(name, dir);
  }

  // Starts that cannot succeed.
  if (isRoot) {
    const closed = path.join(scratch, "closed-parent");
    mkdirSync(closed, { mode: 0o700 });
    await chmod(closed, 0o700);
    await expectRefusal(
      "a parent folder the postgres user cannot enter",
      startWeb({ dataDir: path.join(closed, "data"), port: await freePort() }),
      /postgres user needs access to every parent folder of DEBRIEF_DATA_DIR .*chmod o\+x/,
    );
    const readOnly = copy("read-only");
    await chmod(path.join(readOnly, "pg"), 0o500);
    await expectRefusal(
      "a cluster folder PostgreSQL cannot write",
      startWeb({ dataDir: readOnly, port: await freePort() }),
      /PostgreSQL cannot use its data folder .*chown -R postgres/,
    );
  } else {
    const readOnly = path.join(scratch, "read-only-data");
    mkdirSync(readOnly);
    await chmod(readOnly, 0o500);
    await expectRefusal(
      "a read-only data folder",
      startWeb({ dataDir: readOnly, port: await freePort() }),
      /Debrief cannot write to DEBRIEF_DATA_DIR/,
    );
  }
  await expectRefusal(
    "DATABASE_URL naming a server that is not there",
    startWeb({
      dataDir: path.join(scratch, "url"),
      port: await freePort(),
      env: { DATABASE_URL: `postgres://debrief:secret@127.0.0.1:${await freePort()}/debrief` },
    }),
    /cannot reach the PostgreSQL server at DATABASE_URL .*unset DATABASE_URL/,
  );
  await expectRefusal(
    "a DATABASE_URL that is not a postgres:// URL",
    startWeb({
      dataDir: path.join(scratch, "url"),
      port: await freePort(),
      env: { DATABASE_URL: "mysql://nope" },
    }),
    /Invalid environment \(DATABASE_URL: DATABASE_URL must be a postgres:\/\/ URL\)/,
  );
  {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    const dir = copy("port-taken");
    const web = startWeb({ dataDir: dir, port });
    const code = await waitExit(web, 60_000);
    const gone = await waitNoPostgres(dir, 15_000);
    check(
      "bad start exits: HTTP port in use",
      code !== "timeout" && code !== 0 && gone,
      `exit ${code}, postgres ${gone ? "not left running" : "left running"}`,
    );
    if (code === "timeout") web.process.kill("SIGKILL");
    blocker.close();
  }

  // Stops with the database in a bad state.
  {
    const dir = copy("stop-hung");
    const web = startWeb({ dataDir: dir, port: await freePort() });
    await waitReady(web, 60_000);
    const pid = postmasterPid(dir);
    if (pid) process.kill(pid, "SIGSTOP");
    const stop = await stopWeb(web);
    const gone = await waitNoPostgres(dir, 5_000);
    check(
      "stop finishes: database hung (SIGSTOP)",
      stop.code !== "timeout" && gone,
      `${stop.ms} ms, exit ${stop.code}, postgres ${gone ? "gone" : "left running"}`,
    );
    for (const left of postgresOn(dir)) process.kill(left, "SIGKILL");
  }
  {
    const dir = copy("stop-restarting");
    const web = startWeb({ dataDir: dir, port: await freePort() });
    await waitReady(web, 60_000);
    const pid = postmasterPid(dir);
    if (pid) process.kill(pid, "SIGKILL");
    await sleep(300);
    const stop = await stopWeb(web);
    const gone = await waitNoPostgres(dir, 5_000);
    check(
      "stop finishes: database restarting",
      stop.code !== "timeout" && gone,
      `${stop.ms} ms, exit ${stop.code}, postgres ${gone ? "gone" : "left running"}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(path.join(webDir, ".next", "BUILD_ID")))
    throw new Error("no production build: run `pnpm build` first");
  const scratch = await mkdtemp(path.join(tmpdir(), "debrief-faults-"));
  if (isRoot) await chmod(scratch, 0o755);
  const dataDir = path.join(scratch, "app");
  const port = Number(process.env.DEBRIEF_FAULTS_PORT ?? (await freePort()));
  const started = Date.now();
  let web = startWeb({ dataDir, port });
  const guard = setTimeout(() => {
    console.error(`fault suite: gave up after ${overallTimeoutMs / 60_000} minutes`);
    console.error(
      checks
        .filter((c) => !c.ok)
        .map((c) => `FAIL ${c.name}: ${c.detail}`)
        .join("\n"),
    );
    console.error(
      `${counts.submitsAcknowledged} submits acknowledged; responses ${[...counts.responses].map(([k, n]) => `${k}×${n}`).join(", ")}; ${serverErrors.length} server errors`,
    );
    console.error(lastLines(web, 30));
    web.process.kill("SIGKILL");
    process.exit(2);
  }, overallTimeoutMs);
  guard.unref();

  try {
    const firstReady = await waitReady(web, 120_000);
    if (firstReady === null) throw new Error(`the app did not start:\n${lastLines(web)}`);
    console.log(
      `fault suite: app ready on ${web.baseUrl} in ${firstReady} ms (embedded PostgreSQL in ${dataDir})`,
    );

    // Candidates of our own, created straight in the app's database.
    const { db, pool } = connectDb(embeddedUrl(dataDir));
    pool.on("error", () => {});
    const { cohort, candidates } = await createCohortWithMembers(db, {
      name: "Fault suite",
      candidates: Array.from({ length: clientCount }, (_, i) => ({
        email: `fault-${i}-${randomUUID().slice(0, 6)}@faults.debrief.test`,
        name: `Fault ${i}`,
      })),
    });
    const firstCandidate = candidates[0];
    if (!firstCandidate) throw new Error("no candidates");
    const questions = (
      await listQuestionsForCandidate(db, {
        candidateId: firstCandidate.id,
        cohortIds: [cohort.id],
      })
    ).slice(0, 6);
    const clients: Client[] = [];
    for (const [index, user] of candidates.entries()) {
      clients.push({
        index,
        userId: user.id,
        cookie: await signIn(web.baseUrl, user.email, TEST_PASSWORD),
        questionIds: [
          questions[index % questions.length]?.id ?? "",
          questions[(index + 1) % questions.length]?.id ?? "",
        ],
        latest: new Map(),
        acknowledged: new Map(),
        liveDraft: new Map(),
      });
    }

    let isStopping = false;
    // Until the load stops, calls retry through any outage; after that the drain is bounded.
    let drainDeadline = Date.now() + overallTimeoutMs - 60_000;
    const load = Promise.all(
      clients.map((client) =>
        runClient(
          web.baseUrl,
          client,
          () => isStopping,
          () => drainDeadline,
        ),
      ),
    );

    console.log(`\nfaults under load (${clientCount} clients, ${trials} trial(s) of each kind)`);
    const recoveries: Record<string, number[]> = { web: [], db: [], both: [] };
    const outageChecks = {
      pages503: 0,
      pagesOther: [] as string[],
      livenessUp: 0,
      livenessDown: 0,
    };
    for (let trial = 1; trial <= trials; trial++) {
      for (const kind of ["web", "db", "both"] as const) {
        await sleep(1_000 + Math.random() * 2_000);
        const before = counts.submitsAcknowledged;
        const pg = postmasterPid(dataDir);
        if (kind !== "web" && pg === null) throw new Error("no postmaster.pid");
        const killedAt = Date.now();
        if (kind !== "db") web.process.kill("SIGKILL");
        if (kind !== "web" && pg) process.kill(pg, "SIGKILL");
        let ms: number | null;
        if (kind === "db") {
          // The same web process must come back by itself; meanwhile pages say so plainly.
          ms = null;
          // A backend can answer for a few milliseconds after its postmaster died: recovery is
          // measured from a readiness probe that saw the outage (or 3 s, if none ever did).
          let sawOutage = false;
          while (Date.now() - killedAt < recoveryBudgetMs + 5_000) {
            if (await isReady(web.baseUrl)) {
              if (sawOutage || Date.now() - killedAt > 3_000) {
                ms = Date.now() - killedAt;
                break;
              }
              await sleep(50);
              continue;
            }
            sawOutage = true;
            const page = await fetch(`${web.baseUrl}/login`, {
              signal: AbortSignal.timeout(3_000),
            }).catch(() => null);
            if (
              page?.status === 503 &&
              page.headers.get("retry-after") &&
              (await page.text()).includes(restartingSentence)
            )
              outageChecks.pages503++;
            else if (page && page.status !== 200) outageChecks.pagesOther.push(String(page.status));
            const live = await fetch(`${web.baseUrl}/api/health/live`, {
              signal: AbortSignal.timeout(3_000),
            }).catch(() => null);
            if (live?.status === 200) outageChecks.livenessUp++;
            else outageChecks.livenessDown++;
            await sleep(150);
          }
          check(
            `database crash ${trial}: recovered without restarting the web process`,
            ms !== null && ms <= recoveryBudgetMs && web.process.exitCode === null,
            ms === null ? `not within budget:\n${lastLines(web, 12)}` : `${ms} ms`,
          );
        } else {
          await web.exited;
          web = startWeb({ dataDir, port });
          ms = await waitReady(web, 60_000);
          const measured = ms === null ? null : Date.now() - killedAt;
          check(
            `${kind === "web" ? "web process" : "web + database"} killed ${trial}: the next start is healthy`,
            measured !== null,
            measured === null ? lastLines(web, 6) : `${measured} ms after the kill`,
          );
          ms = measured;
        }
        if (ms !== null) recoveries[kind]?.push(ms);
        await sleep(1_500);
        console.log(
          `        ${counts.submitsAcknowledged - before} submits acknowledged during that trial`,
        );
      }
    }
    check(
      "pages answer 503 with the sentence and Retry-After while the database is down, never a 500",
      outageChecks.pages503 > 0 && !outageChecks.pagesOther.some((s) => s !== "503"),
      `${outageChecks.pages503} checked, others: ${outageChecks.pagesOther.join(",") || "none"}`,
    );
    check(
      "liveness stays up while the database restarts",
      outageChecks.livenessDown === 0,
      `${outageChecks.livenessUp} up, ${outageChecks.livenessDown} down`,
    );

    isStopping = true;
    drainDeadline = Math.min(drainDeadline, Date.now() + 90_000);
    await load;
    check(
      "no request answered 500",
      serverErrors.length === 0,
      serverErrors.slice(0, 3).join("; ") ||
        `${[...counts.responses].map(([s, n]) => `${s}×${n}`).join(", ")}`,
    );

    const result = await verify(db, pool, clients);
    await pool.end();

    const stop = await stopWeb(web);
    check(
      "stop finishes: after the load",
      stop.code !== "timeout" && (await waitNoPostgres(dataDir, 5_000)),
      `${stop.ms} ms`,
    );

    // Start-up faults work on copies of this (now stopped, seeded) folder: fast starts.
    await startupFaults(dataDir, scratch);

    const passed = checks.filter((c) => c.ok).length;
    const failed = checks.length - passed;
    const fmt = (list: number[]) =>
      list.length ? `${list.map((n) => (n / 1000).toFixed(1)).join(", ")} s` : "none";
    console.log(`\nfault suite counts (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    console.log(`  trials: ${trials} × kill web, kill database, kill both`);
    console.log(
      `  submits acknowledged: ${result.acknowledged}; lost: ${result.lost}; duplicated: ${result.duplicated}; retries sent: ${counts.submitRetries}`,
    );
    console.log(
      `  drafts acknowledged: ${counts.draftsAcknowledged}; late draft saves refused: ${counts.lateDraftsRefused}`,
    );
    console.log(
      `  responses: ${[...counts.responses]
        .sort()
        .map(([s, n]) => `${s}×${n}`)
        .join(", ")}; network errors (process killed): ${counts.networkErrors}`,
    );
    console.log(
      `  recovery: web killed → healthy ${fmt(recoveries.web ?? [])}; database killed → ready ${fmt(recoveries.db ?? [])}; both → healthy ${fmt(recoveries.both ?? [])}`,
    );
    console.log(`${passed} passed, ${failed} failed`);
    // The same counts for .ci/count-tests.mjs, in the shape of Vitest's JSON report.
    mkdirSync(path.join(webDir, "test-results"), { recursive: true });
    writeFileSync(
      path.join(webDir, "test-results", "faults.json"),
      JSON.stringify({ numPassedTests: passed, numFailedTests: failed }),
    );
    await rm(scratch, { recursive: true, force: true }).catch(() => {});
    process.exit(failed === 0 ? 0 : 1);
  } catch (error) {
    console.error(error);
    console.error(lastLines(web, 30));
    web.process.kill("SIGKILL");
    process.exit(1);
  }
}

void main();
