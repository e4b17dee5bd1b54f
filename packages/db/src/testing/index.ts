import { fileURLToPath } from "node:url";

export { connectDb } from "../client.ts";
export { findAnswerFactsDrift } from "./answer-facts-drift.ts";
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
  domainErrorCode,
  type MemberSpec,
  TEST_PASSWORD,
  uniformDimensions,
} from "./factories.ts";
export { createTestDatabase, type TestDatabase } from "./test-database.ts";

/**
 * Absolute path of the Vitest globalSetup module, for another package's vitest.config.ts:
 * `test: { globalSetup: [globalSetupPath] }`.
 */
export const globalSetupPath = fileURLToPath(new URL("./global-setup.ts", import.meta.url));
