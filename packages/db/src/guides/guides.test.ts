import { describe, expect, test } from "vitest";
import { createUser } from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { dismissGuide, isGuideOpen } from "./guides.ts";

const { db } = useTestDatabase();

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
