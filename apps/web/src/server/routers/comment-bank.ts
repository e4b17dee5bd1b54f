import {
  createCommentBankEntry,
  deleteCommentBankEntry,
  listCommentBank,
  updateCommentBankEntry,
} from "@debrief/db";
import { coachProcedure, router } from "~/server/trpc";
import {
  commentBankEntryRefInput,
  createCommentBankEntryInput,
  listCommentBankInput,
  updateCommentBankEntryInput,
} from "./comment-bank.inputs";

// Coaches only: the bank is shared by the coaches of an organisation, and a coach reaches the
// banks of the organisations they coach in. Candidates read inserted comments as review text.
export const commentBankRouter = router({
  /** The bank, most used first; `query` narrows it to entries containing the text. */
  list: coachProcedure
    .input(listCommentBankInput)
    .query(({ ctx, input }) => listCommentBank(ctx.db, ctx.scope, input)),
  /** Saves a comment to the bank of the cohort's organisation. */
  create: coachProcedure
    .input(createCommentBankEntryInput)
    .mutation(({ ctx, input }) => createCommentBankEntry(ctx.db, ctx.scope, input)),
  /** Edits an entry and its text in every comment it was inserted in. */
  update: coachProcedure
    .input(updateCommentBankEntryInput)
    .mutation(({ ctx, input }) => updateCommentBankEntry(ctx.db, ctx.scope, input)),
  /** Removes an entry; comments it was inserted in keep their text. */
  delete: coachProcedure
    .input(commentBankEntryRefInput)
    .mutation(({ ctx, input }) => deleteCommentBankEntry(ctx.db, ctx.scope, input)),
});
