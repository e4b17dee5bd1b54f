import { getDraft, saveDraft } from "@debrief/db";
import { candidateProcedure, router } from "~/server/trpc";
import { questionIdInput, saveDraftInput } from "./drafts.inputs";

export const draftsRouter = router({
  /** The caller's autosaved draft of a question, or null. */
  get: candidateProcedure
    .input(questionIdInput)
    .query(({ ctx, input }) => getDraft(ctx.db, ctx.scope, input)),
  /** Overwrites the caller's draft; empty bodies are kept (the user may have cleared it). */
  save: candidateProcedure
    .input(saveDraftInput)
    .mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.scope, input)),
});
