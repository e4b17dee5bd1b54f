export { hashPassword, verifyPassword, verifyPasswordOrDummy } from "./auth/password.ts";
export { poolOf } from "./pool.ts";
export { passwordProblem } from "./auth/password-policy.ts";
export {
  maxPasswordLength,
  maxRepliesPerThread,
  maxReplyLength,
  maxSetItems,
  minPasswordLength,
} from "./limits.ts";
export {
  changePassword,
  createSession,
  findLiveSessionUserId,
  revokeSession,
  revokeUserSessions,
} from "./auth/sessions.ts";
export {
  type DatabaseState,
  type DatabaseStatus,
  isDatabaseUnavailableError,
} from "./availability.ts";
export {
  type CreateDbOptions,
  closeBudgetMs,
  connectDb,
  createDb,
  type Db,
  type DbHandle,
  defaultMigrationsFolder,
  type Schema,
  type SeedFn,
} from "./client.ts";
export {
  type CoachAgreement,
  type DimensionAgreement,
  getCoachAgreement,
} from "./agreement/agreement.ts";
export {
  type AssignSetInput,
  assignSet,
  listAssignmentsForSet,
  type SetAssignment,
} from "./assignments/coach-assignments.ts";
export { quadraticWeightedKappaFromCounts } from "./agreement/kappa.ts";
export {
  createSetForCohort,
  getSetForCoach,
  listSetsForCoach,
  type QuestionSetDetail,
  type QuestionSetSummary,
  replaceSetItems,
  updateSet,
} from "./question-sets/question-sets.ts";
export {
  getSetGrading,
  type PublishSetReviewsResult,
  publishSetReviews,
  type SetGrading,
  type SetGradingSettingsInput,
  type SetGradingSettingsResult,
  updateSetGradingSettings,
} from "./question-sets/set-settings.ts";
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
} from "./questions/cohort-questions.ts";
export {
  countReviewQueue,
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
} from "./reviews/review-queue.ts";
export {
  type GradeableStatus,
  type GradeSpread,
  getQuestionGrading,
  listSetGradingProgress,
  overallBucketCount,
  type QuestionGrading,
  type QuestionGradingAttempt,
  type SetGradingProgress,
} from "./reviews/by-question.ts";
export {
  type AnswerForSecondGrade,
  type DoubleScoringSettings,
  type GradeView,
  getAnswerForSecondGrade,
  getDoubleScoringSettings,
  listSecondGradeQueue,
  type SaveSecondGradeInput,
  type SecondGradeQueueItem,
  saveSecondGrade,
  setDoubleScoringRate,
} from "./double-scoring/double-scoring.ts";
export {
  type CoachCoachAgreement,
  getCoachCoachAgreementForCoach,
  getCoachCoachAgreementForCohort,
} from "./double-scoring/coach-agreement.ts";
export {
  getModerationCase,
  listModeration,
  type ModerationCase,
  type ModerationItem,
  type ModerationStatus,
  moderationGap,
  type SettleModerationInput,
  settleModeration,
} from "./double-scoring/moderation.ts";
export {
  type AnswerForReview,
  getAnswerForReview,
  type ReviewConflict,
  type ReviewView,
  type SaveReviewInput,
  type SaveReviewResult,
  saveReview,
} from "./reviews/reviews.ts";
export {
  type AddReplyInput,
  addReviewReply,
  listRepliesAwaitingCoach,
  type ReviewReplyView,
  type WaitingReply,
} from "./reviews/review-replies.ts";
export type { CoachScope } from "./scopes/coach-scope.ts";
export {
  type CommentBankEntryView,
  type CreateCommentBankEntryInput,
  createCommentBankEntry,
  deleteCommentBankEntry,
  listCommentBank,
  type UpdateCommentBankEntryInput,
  updateCommentBankEntry,
} from "./comment-bank/comment-bank.ts";
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
} from "./notifications/notify.ts";
export {
  type DeliverMailOptions,
  type DeliverMailResult,
  deliverMail,
  findLatestMailOrigin,
  listDueMailIds,
} from "./notifications/outbox.ts";
export { type ReminderSent, sendAssignmentReminders } from "./notifications/reminders.ts";
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
} from "./dashboard/dashboard.ts";
export {
  type CohortExportInput,
  type CohortExportRow,
  type ExportScores,
  streamCohortExportRows,
} from "./dashboard/cohort-export.ts";
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
} from "./invitations/invitations.ts";
export {
  type CohortMemberRow,
  changeMemberRole,
  type LeadScope,
  listMembersForLead,
  removeMember,
} from "./members/members.ts";
export {
  type CandidateReport,
  getCandidateReport,
  type ReportAnswer,
} from "./dashboard/candidate-report.ts";
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
} from "./answers/answers.ts";
export {
  type CandidateAssignment,
  listAssignmentsForCandidate,
} from "./assignments/candidate-assignments.ts";
export { getDraft, saveDraft } from "./answers/drafts.ts";
export {
  getQuestionForCandidate,
  listQuestionsForCandidate,
  type NextBestQuestion,
  type PickNextBestQuestionInput,
  pickNextBestQuestion,
  type QuestionDetail,
  type QuestionListItem,
} from "./questions/candidate-questions.ts";
export type { CandidateScope } from "./scopes/candidate-scope.ts";
export { type PracticeTarget, resolvePracticeTarget } from "./questions/practice-targets.ts";
export { type RecordAuditEventInput, recordAuditEvent } from "./audit-events/audit-events.ts";
export {
  type CohortMember,
  type CohortOverview,
  getCohortOverview,
  listCohortMembers,
} from "./cohorts/cohorts.ts";
export { type DemoAccount, listDemoAccounts } from "./users/demo-accounts.ts";
export { dismissGuide, isGuideOpen } from "./guides/guides.ts";
export { checkReadiness, pingDatabase, type Readiness } from "./health.ts";
export { isStartError, StartError } from "@debrief/embedded-postgres";
export {
  checkPasswordResetToken,
  passwordResetTtlMs,
  requestPasswordReset,
  resetPassword,
  resetsPerAddressPerHour,
  resetsPerIpPerHour,
} from "./auth/password-resets.ts";
export {
  type Actor,
  getActor,
  getMembership,
  listMembershipsForUser,
  type MembershipSummary,
} from "./members/memberships.ts";
export {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
  type NotificationItem,
} from "./notifications/inbox.ts";
export {
  countUsers,
  findUserByEmail,
  getUserById,
  normaliseEmail,
  type PublicUser,
} from "./users/users.ts";
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
  DEMO_CANDIDATE_EMAIL,
  DEMO_COACH_EMAIL,
  DEMO_COHORT_NAMES,
  DEMO_LEAD_EMAIL,
  DEMO_ORGANISATION_NAME,
  DEMO_PASSWORD,
} from "./users/demo-accounts.ts";
export {
  type AcceptRegradeInput,
  acceptRegrade,
  type CandidateRegrade,
  countPendingRegrades,
  declineRegrade,
  getRegradeForCandidate,
  getRegradeForCoach,
  listRegradeCountsByCoach,
  listRegradeQueue,
  type RegradeAvailability,
  type RegradeCoachCounts,
  type RegradeQueueItem,
  type RegradeView,
  type RequestRegradeInput,
  regradeAvailabilityOf,
  requestRegrade,
} from "./regrades/regrades.ts";
export { getRegradeWindow, setRegradeWindow } from "./question-sets/regrade-window.ts";
