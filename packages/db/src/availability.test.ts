import { EventEmitter } from "node:events";
import type pg from "pg";
import { describe, expect, test } from "vitest";
import { DatabaseAvailability, type DatabaseStatus } from "./availability.ts";

/** Stands in for pg.Pool: 'error' events and a `select 1` that fails until the server is back. */
class FakePool extends EventEmitter {
  isUp = false;
  probes = 0;
  async query(): Promise<unknown> {
    this.probes++;
    if (!this.isUp)
      throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    return { rows: [] };
  }
}

const waitFor = async (check: () => boolean) => {
  const deadline = Date.now() + 5_000;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return check();
};

function setup() {
  const pool = new FakePool();
  const changes: DatabaseStatus["state"][] = [];
  const availability = new DatabaseAvailability(pool as unknown as pg.Pool, undefined, (s) =>
    changes.push(s.state),
  );
  return { pool, availability, changes };
}

describe("DatabaseAvailability", () => {
  test("an outage error turns it unreachable; a probe that gets through makes it ready", async () => {
    const { pool, availability, changes } = setup();
    availability.reportError(new Error("Connection terminated unexpectedly"));
    expect(await waitFor(() => availability.status().state === "unreachable")).toBe(true);
    await waitFor(() => pool.probes >= 2);
    expect(availability.status().state).toBe("unreachable");
    pool.isUp = true;
    expect(await waitFor(() => availability.status().state === "ready")).toBe(true);
    expect(changes).toEqual(["unreachable", "ready"]);
    availability.close();
  });

  test("errors that are not outages leave it ready", async () => {
    const { pool, availability } = setup();
    availability.reportError(Object.assign(new Error("duplicate key"), { code: "23505" }));
    availability.reportError(new Error("some bug"));
    availability.reportError(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    await new Promise((r) => setTimeout(r, 100));
    expect(pool.probes).toBe(0);
    expect(availability.status().state).toBe("ready");
    availability.close();
  });

  test("an outage-looking error is confirmed first: a server that answers stays ready", async () => {
    const { pool, availability } = setup();
    pool.isUp = true;
    availability.reportError(
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
    );
    expect(await waitFor(() => pool.probes === 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(availability.status().state).toBe("ready");
    availability.close();
  });

  test("an idle connection dropped by the server counts as an outage", () => {
    const { pool, availability } = setup();
    pool.emit("error", Object.assign(new Error("terminating connection"), { code: "57P01" }));
    expect(availability.status().state).toBe("unreachable");
    availability.close();
  });

  test("restarting holds until the supervisor says running, then ready after a query", async () => {
    const { pool, availability, changes } = setup();
    availability.onServerState("restarting", "signal SIGKILL");
    pool.isUp = true;
    await new Promise((r) => setTimeout(r, 700));
    // No probe while the supervisor is still restarting, even though the fake would answer.
    expect(pool.probes).toBe(0);
    expect(availability.status().state).toBe("restarting");
    availability.onServerState("running", "restarted");
    expect(await waitFor(() => availability.status().state === "ready")).toBe(true);
    expect(changes).toEqual(["restarting", "ready"]);
    availability.close();
  });

  test("failed stays failed", async () => {
    const { pool, availability } = setup();
    availability.onServerState("restarting", "x");
    availability.onServerState("failed", "gave up");
    pool.isUp = true;
    await new Promise((r) => setTimeout(r, 700));
    expect(availability.status().state).toBe("failed");
    availability.close();
  });
});
