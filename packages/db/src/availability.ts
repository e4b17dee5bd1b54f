import type pg from "pg";
import type { EmbeddedServerState } from "@debrief/embedded-postgres";

export type DatabaseState = "ready" | "restarting" | "unreachable" | "failed" | "stopping";

export interface DatabaseStatus {
  state: DatabaseState;
  /** When the current state began. */
  since: Date;
  /** Why, in a few words, for logs and the health endpoint. */
  detail: string;
}

const probeEveryMs = 500;

/**
 * What the app knows about its database right now, kept in sync by the embedded server's
 * supervisor (restarting → running) and by failed queries (a DATABASE_URL server that went away).
 * While not ready, a probe retries `select 1` until the server answers again; node-postgres's pool
 * opens fresh connections by itself, so "reconnecting" is nothing more than that.
 */
export class DatabaseAvailability {
  private current: DatabaseStatus = { state: "ready", since: new Date(), detail: "started" };
  private probe: ReturnType<typeof setTimeout> | undefined;
  private isClosed = false;
  // Set by the supervisor between "restarting" and "running": probing a recovering server only
  // adds "the database system is starting up" to its log.
  private isServerRestarting = false;
  private isConfirming = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly log?: (msg: string) => void,
    private readonly onChange?: (status: DatabaseStatus) => void,
  ) {
    // An idle connection dropped by a server that went away is the earliest sign of an outage.
    pool.on("error", (error) => this.onPoolError(error));
  }

  status(): DatabaseStatus {
    return this.current;
  }

  /**
   * A query failed in a way that may mean the server is gone. Confirmed with a `select 1` first:
   * one request's broken socket must not put the whole process into 503s.
   */
  reportError(error: unknown): void {
    if (this.isClosed || this.current.state !== "ready" || !isDatabaseUnavailableError(error)) {
      return;
    }
    if (this.isConfirming) return;
    this.isConfirming = true;
    this.pool.query("select 1").then(
      () => {
        this.isConfirming = false;
      },
      () => {
        this.isConfirming = false;
        if (this.isClosed || this.current.state !== "ready") return;
        this.set("unreachable", error instanceof Error ? error.message : String(error));
        this.startProbe();
      },
    );
  }

  /** An idle connection dropped by the server: the server itself went away or restarted. */
  private onPoolError(error: unknown): void {
    if (this.isClosed || this.current.state !== "ready" || !isDatabaseUnavailableError(error)) {
      return;
    }
    this.set("unreachable", error instanceof Error ? error.message : String(error));
    this.startProbe();
  }

  onServerState(state: EmbeddedServerState, detail: string): void {
    if (this.isClosed) return;
    this.isServerRestarting = state === "restarting";
    if (state === "restarting") {
      this.set("restarting", detail);
      this.startProbe();
    } else if (state === "failed") this.set("failed", detail);
    else if (state === "stopping" || state === "stopped") this.set("stopping", detail);
    // Running again: ready once a query gets through the pool, not merely once the process is up.
    else if (state === "running" && this.current.state !== "ready") this.startProbe();
  }

  close(): void {
    this.isClosed = true;
    if (this.probe) clearTimeout(this.probe);
    this.set("stopping", "closing");
  }

  private set(state: DatabaseState, detail: string): void {
    if (state === this.current.state) return;
    const previous = this.current;
    this.current = { state, since: new Date(), detail };
    this.onChange?.(this.current);
    if (state === "ready") {
      this.log?.(
        `database ready again after ${Date.now() - previous.since.getTime()} ms ${previous.state}`,
      );
    } else if (state !== "stopping") {
      this.log?.(`database ${state}: ${detail}`);
    }
  }

  private startProbe(): void {
    if (this.probe || this.isClosed) return;
    const tick = async () => {
      this.probe = undefined;
      if (this.isClosed || this.current.state === "ready") return;
      if (this.isServerRestarting) {
        this.probe = setTimeout(() => void tick(), probeEveryMs);
        this.probe.unref?.();
        return;
      }
      try {
        await this.pool.query("select 1");
        // The supervisor may still be mid-restart (an adopted server answered): trust the query.
        if (!this.isClosed && this.current.state !== "failed") this.set("ready", "query answered");
      } catch {
        if (this.isClosed) return;
        this.probe = setTimeout(() => void tick(), probeEveryMs);
        this.probe.unref?.();
      }
    };
    this.probe = setTimeout(() => void tick(), probeEveryMs);
    this.probe.unref?.();
  }
}

// SQLSTATEs and socket errors that mean "the server is not there (right now)", as opposed to
// a query the server refused. Class 08 is connection exceptions; 57P01-03 are admin shutdown,
// crash shutdown and "cannot connect now" (starting up or in recovery).
const unavailableSqlStates = new Set([
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
// Only refusals to connect: a reset or a broken pipe may as well be the HTTP client hanging up.
const unavailableSocketCodes = new Set([
  "ECONNREFUSED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
const unavailableMessages = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "Cannot use a pool after calling end",
  "the database system is",
];

/**
 * True when `error` (or any cause it wraps: drizzle wraps the driver's error) says the database
 * could not be reached, so the caller should answer "try again in a moment", not "bug".
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 8; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (
      typeof code === "string" &&
      (unavailableSqlStates.has(code) || unavailableSocketCodes.has(code))
    )
      return true;
    if (typeof message === "string" && unavailableMessages.some((m) => message.includes(m)))
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
