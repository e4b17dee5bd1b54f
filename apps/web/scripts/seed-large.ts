// `pnpm seed:large`: adds the synthetic large organisation (1,000 candidates × 50 answers over
// 12 weeks) to the app's database — DATABASE_URL, or the embedded server in the data folder.
import { createDb } from "@debrief/db";
import { seedDemo, seedLargeDemo } from "@debrief/db/demo";
import { env } from "../src/env";

const log = (message: string) => console.log(`[db] ${message}`);
const started = Date.now();
const handle = await createDb({
  databaseUrl: env.databaseUrl,
  dataDir: env.dataDir,
  migrationsFolder: env.migrationsFolder,
  // Same start-up content as the app, so an empty database still gets the regular demo first
  // (its people and history; the app's own start adds no reviews to an organisation it finds).
  seed: (db) => seedDemo(db, { upTo: "history", logger: log }),
  logger: log,
});
try {
  const summary = await seedLargeDemo(handle.db, { now: new Date() });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    summary.created
      ? `Created the large demo in ${seconds} s:`
      : "The large demo already exists; nothing changed:",
  );
  console.log(
    `  ${summary.candidates} candidates, ${summary.coaches} coaches, ${summary.answers} answers, ` +
      `${summary.autoScores} engine scores, ${summary.coachScores} coach scores, ` +
      `${summary.reviews} reviews, ${summary.assignments} assignments`,
  );
  console.log(
    `  cohort ${summary.cohortId} (${handle.isEmbedded ? "embedded database" : "DATABASE_URL"})`,
  );
  console.log(`  lead login: ${summary.leadEmail} / ${summary.password}`);
} finally {
  await handle.close();
}
