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
	"first_gap" smallint,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "second_grades_answerId_unique" UNIQUE("answer_id")
);
--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "sample_bucket" smallint GENERATED ALWAYS AS (((('x' || substr(md5(id::text), 1, 7))::bit(28)::int) % 100)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "double_scoring_rate" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "double_scoring_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "grade_moderations" ADD CONSTRAINT "grade_moderations_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_moderations" ADD CONSTRAINT "grade_moderations_first_reviewer_id_users_id_fk" FOREIGN KEY ("first_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_moderations" ADD CONSTRAINT "grade_moderations_settled_by_id_users_id_fk" FOREIGN KEY ("settled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_grades" ADD CONSTRAINT "second_grades_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_grades" ADD CONSTRAINT "second_grades_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_grades" ADD CONSTRAINT "second_grades_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "second_grades_cohort_id_submitted_at_index" ON "second_grades" USING btree ("cohort_id","submitted_at");--> statement-breakpoint
CREATE INDEX "second_grades_moderation_index" ON "second_grades" USING btree ("cohort_id","submitted_at") WHERE "second_grades"."first_gap" >= 2;--> statement-breakpoint
CREATE INDEX "second_grades_reviewer_id_index" ON "second_grades" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "answers_cohort_id_sample_bucket_index" ON "answers" USING btree ("cohort_id","sample_bucket");--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_double_scoring_rate_range" CHECK ("cohorts"."double_scoring_rate" between 0 and 100);--> statement-breakpoint
-- second_grades.first_gap: the largest per-dimension gap between the second grade and the
-- answer's coach score (the first coach's grade), kept in step by triggers whenever either is
-- written. Frozen once a lead settles (the settle overwrites the coach score with the final grade
-- after recording the moderation, so the gap stays the two coaches').
CREATE FUNCTION "refresh_second_grade_gaps"(answer_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "second_grades" sg SET "first_gap" = (
    SELECT greatest(abs(c.structure - sg.structure), abs(c.ownership - sg.ownership),
      abs(c.specificity - sg.specificity), abs(c.depth - sg.depth), abs(c.tradeoffs - sg.tradeoffs),
      abs(c.impact - sg.impact), abs(c.reflection - sg.reflection), abs(c.delivery - sg.delivery))
    FROM "scores" c WHERE c.answer_id = sg.answer_id AND c.source = 'coach'
  )
  WHERE sg.answer_id = ANY(answer_ids)
    AND NOT EXISTS (SELECT 1 FROM "grade_moderations" m WHERE m.answer_id = sg.answer_id);
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "second_grades_sync_gap"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_second_grade_gaps"(ARRAY(SELECT DISTINCT answer_id FROM changed));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "second_grades_gap_on_insert" AFTER INSERT ON "second_grades"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "second_grades_sync_gap"();
--> statement-breakpoint
CREATE TRIGGER "second_grades_gap_on_scores_insert" AFTER INSERT ON "scores"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "second_grades_sync_gap"();
--> statement-breakpoint
CREATE TRIGGER "second_grades_gap_on_scores_update" AFTER UPDATE ON "scores"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "second_grades_sync_gap"();
