export async function register() {
  // Open the database at boot, so the embedded server, migrations and the demo seed are ready
  // before the first request, and a broken configuration fails the start instead of a request.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Before the first request: every request's X-Forwarded-For ends with its real TCP peer.
    const [{ Server }, { installPeerAddress }] = await Promise.all([
      import("node:http"),
      import("./server/peer-address"),
    ]);
    installPeerAddress(Server.prototype);
    const { getDbHandle } = await import("./server/db");
    const handle = await getDbHandle();
    console.log(`[db] ready (${handle.isEmbedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  }
}
