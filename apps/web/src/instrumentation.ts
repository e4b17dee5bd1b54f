export async function register() {
  // Open the database at boot, so the embedded server, migrations and the demo seed are ready
  // before the first request, and a broken configuration fails the start instead of a request.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDbHandle } = await import("./server/db");
    const handle = await getDbHandle();
    console.log(`[db] ready (${handle.isEmbedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  }
}
