// Test helper run as a child process: opens the embedded database, writes a marker row, says
// READY and waits. Modes: "hold" (the test SIGKILLs it), "signals" (createDb's own signal
// handling), "host-exits" (a host that calls process.exit from its own SIGTERM handler, as
// Next.js does, leaving only createDb's synchronous 'exit' handler to stop the server).
import { createDb } from "../client.ts";
import { organisations } from "../schema/organisations.ts";

const [dataDir, marker, mode = "hold"] = process.argv.slice(2);
if (!dataDir || !marker) throw new Error("usage: hold-database.ts <dataDir> <marker> [mode]");
const { db } = await createDb({ dataDir, handleSignals: mode === "signals" });
if (mode === "host-exits") process.once("SIGTERM", () => process.exit(0));
await db.insert(organisations).values({ name: marker });
console.log("READY");
setInterval(() => {}, 60_000);
