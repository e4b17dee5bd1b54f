ALTER TYPE "public"."answer_status" ADD VALUE 'unscorable';--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "unscorable_reason" text;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "unscorable_message" text;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "unscorable_engine_version" text;