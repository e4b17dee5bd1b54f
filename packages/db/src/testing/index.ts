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
