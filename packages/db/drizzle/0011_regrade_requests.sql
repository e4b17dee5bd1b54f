CREATE TYPE "public"."regrade_status" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "regrade_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"answer_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"reviewer_id" uuid,
	"dimensions" text[] NOT NULL,
	"reason" text NOT NULL,
	"status" "regrade_status" DEFAULT 'pending' NOT NULL,
	"coach_answer" text,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"scores_before" jsonb NOT NULL,
	"scores_after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regrade_requests_reviewId_unique" UNIQUE("review_id"),
	CONSTRAINT "regrade_requests_dimensions_known" CHECK (cardinality("regrade_requests"."dimensions") > 0 and "regrade_requests"."dimensions" <@ array['structure', 'ownership', 'specificity', 'depth', 'tradeoffs', 'impact', 'reflection', 'delivery']::text[]),
	CONSTRAINT "regrade_requests_decided" CHECK (("regrade_requests"."status" = 'pending') = ("regrade_requests"."decided_at" is null))
);
--> statement-breakpoint
ALTER TABLE "regrade_requests" ADD CONSTRAINT "regrade_requests_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_requests" ADD CONSTRAINT "regrade_requests_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_requests" ADD CONSTRAINT "regrade_requests_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_requests" ADD CONSTRAINT "regrade_requests_candidate_id_users_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_requests" ADD CONSTRAINT "regrade_requests_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_requests" ADD CONSTRAINT "regrade_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regrade_requests_cohort_id_status_created_at_index" ON "regrade_requests" USING btree ("cohort_id","status","created_at");--> statement-breakpoint
CREATE INDEX "regrade_requests_reviewer_id_index" ON "regrade_requests" USING btree ("reviewer_id");