import { fileURLToPath } from "node:url";

export {
  addMembership,
  type CreateAnswerInput,
  type CreateCohortWithMembersInput,
  type CreateUserInput,
  createAnswer,
  createAssignment,
  createCohort,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  createQuestionSet,
  createUser,
  type MemberSpec,
  TEST_PASSWORD,
} from "./factories.ts";
export { findAnswerFactsDrift } from "./answer-facts-drift.ts";
export { connectDb } from "../client.ts";
export { createTestDatabase, type TestDatabase } from "./test-database.ts";

/**
 * Absolute path of the Vitest globalSetup module, for another package's vitest.config.ts:
 * `test: { globalSetup: [globalSetupPath] }`.
 */
export const globalSetupPath = fileURLToPath(new URL("./global-setup.ts", import.meta.url));
