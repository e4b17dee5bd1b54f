// Test helper run as a child process: opens the embedded database, writes a marker row, says
// READY and then waits to be killed (the lifecycle test SIGKILLs it to leave a stale server).
import { createDb } from "../client.ts";
import { organisations } from "../schema/organisations.ts";

const [dataDir, marker] = process.argv.slice(2);
if (!dataDir || !marker) throw new Error("usage: hold-database.ts <dataDir> <marker>");
const { db } = await createDb({ dataDir, handleSignals: false });
await db.insert(organisations).values({ name: marker });
console.log("READY");
setInterval(() => {}, 60_000);
