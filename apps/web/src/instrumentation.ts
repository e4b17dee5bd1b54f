export async function register() {
  // Open the database at boot, so the embedded server, migrations and the demo seed are ready
  // before the first request, and a broken configuration fails the start instead of a request.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    try {
      const { getDbHandle } = await import("./server/db");
      const handle = await getDbHandle();
      console.log(`[db] ready (${handle.isEmbedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
    } catch (error) {
      // Next would keep serving with a failed instrumentation, answering every request with a
      // 500: a start that cannot succeed exits instead, naming the problem and the fix.
      const { describeStartFailure } = await import("./server/start-failure");
      console.error(`\nDebrief could not start: ${describeStartFailure(error)}\n`);
      process.exit(1);
    }
  }
}
