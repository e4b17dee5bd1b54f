CREATE TABLE "grade_moderations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer_id" uuid NOT NULL,
	"first_reviewer_id" uuid,
	"first_grade" jsonb NOT NULL,
	"first_overall" smallint NOT NULL,
	"final_grade" jsonb NOT NULL,
	"final_overall" smallint NOT NULL,
	"settled_by_id" uuid,
	"reason" text NOT NULL,
	"settled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grade_moderations_answerId_unique" UNIQUE("answer_id")
);
--> statement-breakpoint
CREATE TABLE "second_grades" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"overall" smallint NOT NULL,
	"structure" smallint NOT NULL,
	"ownership" smallint NOT NULL,
	"specificity" smallint NOT NULL,
	"depth" smallint NOT NULL,
	"tradeoffs" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"reflection" smallint NOT NULL,
	"delivery" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "second_grades_answerId_unique" UNIQUE("answer_id")
);
--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "double_scoring_rate" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "double_scoring_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "grade_moderations" ADD CONSTRAINT "grade_moderations_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_moderations" ADD CONSTRAINT "grade_moderations_first_reviewer_id_users_id_fk" FOREIGN KEY ("first_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_moderations" ADD CONSTRAINT "grade_moderations_settled_by_id_users_id_fk" FOREIGN KEY ("settled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_grades" ADD CONSTRAINT "second_grades_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_grades" ADD CONSTRAINT "second_grades_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_grades" ADD CONSTRAINT "second_grades_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "second_grades_cohort_id_submitted_at_index" ON "second_grades" USING btree ("cohort_id","submitted_at");--> statement-breakpoint
CREATE INDEX "second_grades_reviewer_id_index" ON "second_grades" USING btree ("reviewer_id");--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_double_scoring_rate_range" CHECK ("cohorts"."double_scoring_rate" between 0 and 100);