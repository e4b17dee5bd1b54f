export { hashPassword, verifyPassword, verifyPasswordOrDummy } from "./auth/password.ts";
export { poolOf } from "./pool.ts";
export {
  maxPasswordLength,
  minPasswordLength,
  passwordProblem,
} from "./auth/password-policy.ts";
export {
  changePassword,
  createSession,
  findLiveSessionUserId,
  revokeSession,
  revokeUserSessions,
} from "./auth/sessions.ts";
export type { DatabaseState, DatabaseStatus } from "./availability.ts";
export {
  type CreateDbOptions,
  closeBudgetMs,
  connectDb,
  createDb,
  type Db,
  type DbHandle,
  type DemoSeedOptions,
  defaultMigrationsFolder,
  type Schema,
} from "./client.ts";
export {
  type CoachAgreement,
  type DimensionAgreement,
  getCoachAgreement,
} from "./coach/agreement.ts";
export {
  type AssignSetInput,
  assignSet,
  listAssignmentsForSet,
  type SetAssignment,
} from "./coach/assignments.ts";
export { quadraticWeightedKappaFromCounts } from "./coach/kappa.ts";
export {
  createSetForCohort,
  getSetForCoach,
  listSetsForCoach,
  maxSetItems,
  type QuestionSetDetail,
  type QuestionSetSummary,
  replaceSetItems,
  updateSet,
} from "./coach/question-sets.ts";
export {
  type BankQuestionItem,
  createCohortQuestion,
  getQuestionForCoach,
  type ListBankInput,
  listBankForCoach,
  type QuestionFields,
  type QuestionForEdit,
  removeCohortQuestion,
  restoreCohortQuestion,
  updateCohortQuestion,
} from "./coach/questions.ts";
export {
  countReviewQueue,
  type LengthRanges,
  type ListReviewQueueInput,
  listReviewQueue,
  lowConfidenceFlagCount,
  type QueueSort,
  type QueueStatus,
  queueSorts,
  queueStatuses,
  type ReviewQueueCounts,
  type ReviewQueueItem,
  type ReviewQueuePage,
} from "./coach/review-queue.ts";
export {
  type AnswerForReview,
  getAnswerForReview,
  type ReviewConflict,
  type ReviewRules,
  type ReviewView,
  type SaveReviewInput,
  type SaveReviewResult,
  saveReview,
} from "./coach/reviews.ts";
export {
  type AddReplyInput,
  addReviewReply,
  listRepliesAwaitingCoach,
  maxReplyLength,
  maxRepliesPerThread,
  type ReviewReplyView,
  type WaitingReply,
} from "./coach/review-replies.ts";
export type { CoachScope } from "./coach/scope.ts";
export {
  assertFound,
  badRequest,
  conflict,
  DomainError,
  type DomainErrorCode,
  forbidden,
  isDomainError,
  notFound,
  tooManyRequests,
} from "./errors.ts";
export {
  defaultOrigin,
  type EnqueueMailInput,
  enqueueMail,
  listNotificationSettings,
  type NotificationSetting,
  type NotifyUserInput,
  notifyUser,
  updateNotificationSettings,
} from "./notify/notify.ts";
export {
  type DeliverMailOptions,
  type DeliverMailResult,
  deliverMail,
  findLatestMailOrigin,
  listDueMailIds,
} from "./notify/outbox.ts";
export { type ReminderSent, sendAssignmentReminders } from "./notify/reminders.ts";
export {
  type CandidateReadiness,
  type CandidateTrend,
  type CoachTurnaround,
  type CohortAgreement,
  type CohortDashboard,
  type CompletionCounts,
  type DashboardInput,
  defaultRangeDays,
  getCohortDashboard,
  type HeatmapCandidate,
  type TrendWeek,
  type TurnaroundStats,
} from "./lead/dashboard.ts";
export {
  type CohortExportInput,
  type CohortExportRow,
  type ExportScores,
  streamCohortExportRows,
} from "./lead/export.ts";
export {
  type AcceptedInvitation,
  type AcceptInvitationInput,
  acceptInvitation,
  type CreatedInvitation,
  createInvitation,
  emailInvitationAgain,
  hashInvitationToken,
  type InvitationLinkStatus,
  type InvitationListItem,
  type InvitationPreview,
  type InvitationStatus,
  invitationEmailsPerHour,
  invitationTtlMs,
  listInvitationsForLead,
  previewInvitation,
  revokeInvitation,
  roleHomes,
} from "./lead/invitations.ts";
export {
  type CohortMemberRow,
  changeMemberRole,
  type LeadScope,
  listMembersForLead,
  removeMember,
} from "./lead/members.ts";
export {
  type CandidateReport,
  getCandidateReport,
  type ReportAnswer,
} from "./lead/reports.ts";
export {
  type AnswerDetail,
  type AttemptSummary,
  type AutoScoreInput,
  getAnswerForCandidate,
  listAttemptsForQuestion,
  listRecentAttempts,
  type RecentAttempt,
  type RecordSubmittedAnswerInput,
  recordSubmittedAnswer,
  type ScoreSummary,
  type SubmitResult,
  type UnscorableVerdict,
  unscorableVerdictOf,
} from "./practice/answers.ts";
export {
  type CandidateAssignment,
  listAssignmentsForCandidate,
} from "./practice/assignments.ts";
export { getDraft, saveDraft } from "./practice/drafts.ts";
export {
  type DimensionWeights,
  getQuestionForCandidate,
  listQuestionsForCandidate,
  type NextBestQuestion,
  type PickNextBestQuestionInput,
  pickNextBestQuestion,
  type QuestionDetail,
  type QuestionListItem,
} from "./practice/questions.ts";
export type { CandidateScope } from "./practice/scope.ts";
export { syncQuestionBank } from "./practice/sync-question-bank.ts";
export { type PracticeTarget, resolvePracticeTarget } from "./practice/targets.ts";
export { type RecordAuditEventInput, recordAuditEvent } from "./queries/audit-events.ts";
export {
  type CohortMember,
  type CohortOverview,
  getCohortOverview,
  listCohortMembers,
} from "./queries/cohorts.ts";
export { type DemoAccount, listDemoAccounts } from "./queries/demo-accounts.ts";
export { dismissGuide, isGuideOpen } from "./queries/guides.ts";
export { checkReadiness, pingDatabase, type Readiness } from "./queries/health.ts";
export {
  isDatabaseUnavailableError,
  isStartError,
  StartError,
} from "./start-error.ts";
export {
  checkPasswordResetToken,
  passwordResetTtlMs,
  requestPasswordReset,
  resetPassword,
  resetsPerAddressPerHour,
  resetsPerIpPerHour,
} from "./queries/password-resets.ts";
export {
  type Actor,
  getActor,
  getMembership,
  listMembershipsForUser,
  type MembershipSummary,
} from "./queries/memberships.ts";
export {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
  type NotificationItem,
} from "./queries/notifications.ts";
export {
  countUsers,
  findUserByEmail,
  getUserById,
  normaliseEmail,
  type PublicUser,
} from "./queries/users.ts";
export type { AnswerStatus } from "./schema/answers.ts";
export type { Cohort } from "./schema/cohorts.ts";
export { type MembershipRole, membershipRoles } from "./schema/memberships.ts";
export {
  type MailOutboxRow,
  type NotificationKind,
  notificationKinds,
} from "./schema/notifications.ts";
export type { Organisation } from "./schema/organisations.ts";
export type { User } from "./schema/users.ts";
export {
  DEMO_ACCOUNTS,
  DEMO_CANDIDATE_EMAIL,
  DEMO_COACH_EMAIL,
  DEMO_COHORT_NAMES,
  DEMO_LEAD_EMAIL,
  DEMO_ORGANISATION_NAME,
  DEMO_PASSWORD,
  seedDemoIfEmpty,
} from "./seed/demo.ts";
export {
  type ScoreAnswerFn,
  type SeedDemoHistoryOptions,
  type SeededAnswer,
  seedDemoHistory,
} from "./seed/demo-history.ts";
export {
  type SeedDemoReviewsOptions,
  type SeededReviews,
  seedDemoReviews,
} from "./seed/demo-reviews.ts";
export {
  LARGE_DEMO_COHORT_NAME,
  LARGE_DEMO_LEAD_EMAIL,
  LARGE_DEMO_ORGANISATION_NAME,
  LARGE_DEMO_PASSWORD,
  type LargeDemoSummary,
  type SeedLargeDemoOptions,
  seedLargeDemo,
} from "./seed/large-demo.ts";
export { type BankQuestion, questionBank } from "./seed/question-bank.ts";
