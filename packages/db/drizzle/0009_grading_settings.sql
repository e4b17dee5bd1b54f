CREATE TYPE "public"."release_mode" AS ENUM('on_submit', 'on_publish');--> statement-breakpoint
ALTER TABLE "question_sets" ADD COLUMN "release_mode" "release_mode" DEFAULT 'on_submit' NOT NULL;--> statement-breakpoint
ALTER TABLE "question_sets" ADD COLUMN "blind" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "question_sets" ADD COLUMN "blind_salt" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "question_sets" ADD COLUMN "regrade_window_days" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "question_sets" ADD CONSTRAINT "question_sets_regrade_window_days" CHECK ("question_sets"."regrade_window_days" between 0 and 60);--> statement-breakpoint
UPDATE "reviews" SET "published_at" = "submitted_at" WHERE "submitted_at" IS NOT NULL;
