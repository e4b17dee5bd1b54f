import { fileURLToPath } from "node:url";

export {
  addMembership,
  type CreateCohortWithMembersInput,
  type CreateUserInput,
  createCohort,
  createCohortWithMembers,
  createOrganisation,
  createUser,
  type MemberSpec,
  TEST_PASSWORD,
} from "./factories.ts";
export { createTestDatabase, type TestDatabase } from "./test-database.ts";

/**
 * Absolute path of the Vitest globalSetup module, for another package's vitest.config.ts:
 * `test: { globalSetup: [globalSetupPath] }`.
 */
export const globalSetupPath = fileURLToPath(new URL("./global-setup.ts", import.meta.url));
