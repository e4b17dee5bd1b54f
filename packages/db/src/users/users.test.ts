import { describe, expect, test } from "vitest";
import { createUser } from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { countUsers, findUserByEmail, getUserById } from "./users.ts";

describe("user queries", () => {
  const testDb = useTestDatabase();

  test("emails are stored lower-cased and found case-insensitively", async () => {
    const created = await createUser(testDb.db, { email: "  Ada.Lovelace@Example.COM " });
    expect(created.email).toBe("ada.lovelace@example.com");
    expect((await findUserByEmail(testDb.db, "ADA.LOVELACE@example.com"))?.id).toBe(created.id);
    expect(await findUserByEmail(testDb.db, "ada@example.com")).toBeNull();
  });

  test("the same email in another case is a duplicate", async () => {
    await createUser(testDb.db, { email: "grace@example.com" });
    await expect(createUser(testDb.db, { email: "GRACE@example.com" })).rejects.toThrow();
  });

  test("getUserById leaves out the password hash and treats a malformed id as not found", async () => {
    const created = await createUser(testDb.db);
    const found = await getUserById(testDb.db, created.id);
    expect(found).toMatchObject({ id: created.id, email: created.email, hasPassword: true });
    expect(found && "passwordHash" in found).toBe(false);
    const invited = await createUser(testDb.db, { passwordHash: null });
    expect((await getUserById(testDb.db, invited.id))?.hasPassword).toBe(false);
    expect(await getUserById(testDb.db, "not-a-uuid")).toBeNull();
    expect(await getUserById(testDb.db, crypto.randomUUID())).toBeNull();
  });

  test("countUsers counts", async () => {
    const before = await countUsers(testDb.db);
    await createUser(testDb.db);
    expect(await countUsers(testDb.db)).toBe(before + 1);
  });

  test("queries accept a transaction, and a rolled-back one leaves nothing", async () => {
    const before = await countUsers(testDb.db);
    await expect(
      testDb.db.transaction(async (tx) => {
        await createUser(tx, { email: "rolled.back@example.com" });
        expect(await countUsers(tx)).toBe(before + 1);
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect(await findUserByEmail(testDb.db, "rolled.back@example.com")).toBeNull();
  });
});
