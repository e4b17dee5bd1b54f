import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { createUser } from "../testing/factories.ts";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";
import { dismissGuide, isGuideOpen } from "./guides.ts";

let testDb: TestDatabase;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(async () => {
  await testDb.close();
});

describe("first-run guides", () => {
  test("open per role until dismissed; dismissing twice is fine; others are unaffected", async () => {
    const [ada, bob] = [await createUser(db), await createUser(db)];
    expect(await isGuideOpen(db, { userId: ada.id }, { role: "coach" })).toBe(true);
    await dismissGuide(db, { userId: ada.id }, { role: "coach" });
    await dismissGuide(db, { userId: ada.id }, { role: "coach" });
    expect(await isGuideOpen(db, { userId: ada.id }, { role: "coach" })).toBe(false);
    expect(await isGuideOpen(db, { userId: ada.id }, { role: "candidate" })).toBe(true);
    expect(await isGuideOpen(db, { userId: bob.id }, { role: "coach" })).toBe(true);
  });
});
