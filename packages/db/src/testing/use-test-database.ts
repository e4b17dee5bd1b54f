import { afterAll, beforeAll, inject } from "vitest";
import { prepareTestDatabase, type TestDatabase } from "./test-database.ts";

/**
 * This test file's own database: cloned from the run's template before its tests (beforeAll)
 * and dropped after them (afterAll). Call it at the top of the file or of a describe block;
 * `db` can be captured at once, since the pool connects on the first query.
 */
export function useTestDatabase(): TestDatabase {
  const prepared = prepareTestDatabase(inject("debriefTestDatabase"));
  beforeAll(() => prepared.create());
  afterAll(() => prepared.close());
  return { db: prepared.db, url: prepared.url, close: prepared.close };
}
