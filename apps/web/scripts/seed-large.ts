// `pnpm seed:large`: adds the synthetic large organisation (1,000 candidates × 50 answers over
// 12 weeks) to the app's database — DATABASE_URL, or the embedded server in the data folder.
// Lives in the web app because it wires core (rubric weights, the demo's scorer) to db.
import { dimensionWeights, scoreAnswer } from "@debrief/core";
import { createDb, seedLargeDemo } from "@debrief/db";
import { env } from "../src/env";

const started = Date.now();
const handle = await createDb({
  databaseUrl: env.databaseUrl,
  dataDir: env.dataDir,
  migrationsFolder: env.migrationsFolder,
  // Same start-up as the app, so an empty database still gets the regular demo first.
  seed: { scoreAnswer },
  logger: (message) => console.log(`[db] ${message}`),
});
try {
  const summary = await seedLargeDemo(handle.db, { dimensionWeights, now: new Date() });
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
