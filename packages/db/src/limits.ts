// The domain's limits, with no imports: the database enforces them, and the web app's zod input
// schemas and client components import them from `@debrief/db/limits` to check the same bounds
// before sending anything, without pulling server code into the browser.

/** The shortest password anyone may choose. */
export const minPasswordLength = 10;
export const maxPasswordLength = 1024;

/** More than this is no longer a set a candidate works through; the editor says so up front. */
export const maxSetItems = 50;

/** A thread is short: past this many replies, the conversation belongs elsewhere. */
export const maxRepliesPerThread = 20;
export const maxReplyLength = 1000;

/** A bank entry is a reusable comment, not an essay; and a bank past this size is not browsed. */
export const maxCommentBankTextLength = 1000;
export const maxCommentBankEntries = 500;
/** What a coach types before the bank offers matches. */
export const minCommentBankQueryLength = 2;

/** Why a lead settled a double-scoring disagreement the way they did: one or two sentences. */
export const maxModerationReasonLength = 500;
/** A second coach's note on their independent grade. */
export const maxSecondGradeCommentLength = 2000;
/** A set's regrade window: 0 turns regrade requests off; the default is a week. */
export const defaultRegradeWindowDays = 7;
export const maxRegradeWindowDays = 60;

/** A regrade request says why in a paragraph; the coach's answer to it likewise. */
export const maxRegradeReasonLength = 1000;
