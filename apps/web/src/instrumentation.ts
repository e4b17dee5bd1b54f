export async function register() {
  // Open the database at boot, so the embedded server, migrations and the demo seed are ready
  // before the first request, and a broken configuration fails the start instead of a request.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    try {
      // Before the first request: every request's X-Forwarded-For ends with its real TCP peer.
      const [{ Server }, { installPeerAddress }] = await Promise.all([
        import("node:http"),
        import("./server/peer-address"),
      ]);
      installPeerAddress(Server.prototype);
      const { getDbHandle } = await import("./server/db");
      const handle = await getDbHandle();
      console.log(`[db] ready (${handle.isEmbedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
      const { env } = await import("./env");
      console.log(
        env.appUrl
          ? `[links] links in emails and invitations start with ${env.appUrl} (APP_URL)`
          : `[links] APP_URL is not set: links in emails and invitations use the address each request came in on (http://localhost:${env.port} when you browse there); set APP_URL to your public URL`,
      );
      const { startJobQueue } = await import("./server/jobs/queue");
      await startJobQueue();
      console.log(
        env.smtpUrl
          ? "[mail] sending through SMTP_URL"
          : `[mail] no SMTP_URL: mail is written to ${env.mailDir} (one .eml per message); signed in, see yours at /dev/mail`,
      );
    } catch (error) {
      // Next would keep serving with a failed instrumentation, answering every request with a
      // 500: a start that cannot succeed exits instead, naming the problem and the fix.
      const { describeStartFailure } = await import("./server/start-failure");
      console.error(`\nDebrief could not start: ${describeStartFailure(error)}\n`);
      process.exit(1);
    }
  }
}
