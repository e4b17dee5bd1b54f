ALTER TABLE "drafts" ADD COLUMN "based_on_attempt" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Drafts written before this column existed belong to the latest attempt of their question.
UPDATE "drafts" d SET "based_on_attempt" = coalesce((SELECT max(a."attempt") FROM "answers" a WHERE a."candidate_id" = d."candidate_id" AND a."question_id" = d."question_id"), 0);
