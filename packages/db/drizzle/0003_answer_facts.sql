CREATE TABLE "answer_facts" (
	"answer_id" uuid PRIMARY KEY NOT NULL,
	"cohort_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"kind" "question_kind" NOT NULL,
	"attempt" integer NOT NULL,
	"status" "answer_status" NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"week_start" timestamp with time zone NOT NULL,
	"overall" smallint NOT NULL,
	"structure" smallint NOT NULL,
	"ownership" smallint NOT NULL,
	"specificity" smallint NOT NULL,
	"depth" smallint NOT NULL,
	"tradeoffs" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"reflection" smallint NOT NULL,
	"delivery" smallint NOT NULL,
	"e_overall" smallint NOT NULL,
	"e_structure" smallint NOT NULL,
	"e_ownership" smallint NOT NULL,
	"e_specificity" smallint NOT NULL,
	"e_depth" smallint NOT NULL,
	"e_tradeoffs" smallint NOT NULL,
	"e_impact" smallint NOT NULL,
	"e_reflection" smallint NOT NULL,
	"e_delivery" smallint NOT NULL,
	"c_overall" smallint,
	"c_structure" smallint,
	"c_ownership" smallint,
	"c_specificity" smallint,
	"c_depth" smallint,
	"c_tradeoffs" smallint,
	"c_impact" smallint,
	"c_reflection" smallint,
	"c_delivery" smallint,
	"reviewer_id" uuid,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "answer_facts" ADD CONSTRAINT "answer_facts_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_facts_cohort_id_submitted_at_index" ON "answer_facts" USING btree ("cohort_id","submitted_at");--> statement-breakpoint
CREATE INDEX "answer_facts_latest_index" ON "answer_facts" USING btree ("cohort_id","candidate_id","question_id","attempt" DESC NULLS LAST,"submitted_at","kind","overall","structure","ownership","specificity","depth","tradeoffs","impact","reflection","delivery");--> statement-breakpoint
-- answer_facts is derived: these functions and triggers keep each answer's row equal to what
-- its answer, score rows, review and question say, in the same transaction as the change.
CREATE FUNCTION "refresh_answer_facts"(answer_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF answer_ids IS NULL OR cardinality(answer_ids) = 0 THEN
    RETURN;
  END IF;
  -- Two transactions refreshing the same answer queue here; each statement below then reads
  -- with a fresh snapshot, so the later one sees what the earlier one committed.
  PERFORM 1 FROM "answers" WHERE "id" = ANY(answer_ids) ORDER BY "id" FOR NO KEY UPDATE;
  DELETE FROM "answer_facts" f
  WHERE f."answer_id" = ANY(answer_ids)
    AND NOT EXISTS (SELECT 1 FROM "scores" e WHERE e."answer_id" = f."answer_id" AND e."source" = 'auto');
  INSERT INTO "answer_facts" ("answer_id", "cohort_id", "candidate_id", "question_id", "kind", "attempt", "status", "submitted_at", "week_start", "overall", "structure", "ownership", "specificity", "depth", "tradeoffs", "impact", "reflection", "delivery", "e_overall", "e_structure", "e_ownership", "e_specificity", "e_depth", "e_tradeoffs", "e_impact", "e_reflection", "e_delivery", "c_overall", "c_structure", "c_ownership", "c_specificity", "c_depth", "c_tradeoffs", "c_impact", "c_reflection", "c_delivery", "reviewer_id", "reviewed_at")
  SELECT
    a.id,
    a.cohort_id,
    a.candidate_id,
    a.question_id,
    q.kind,
    a.attempt,
    a.status,
    a.submitted_at,
    date_trunc('week', a.submitted_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.overall ELSE e.overall END,
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.structure ELSE e.structure END,
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.ownership ELSE e.ownership END,
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.specificity ELSE e.specificity END,
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.depth ELSE e.depth END,
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.tradeoffs ELSE e.tradeoffs END,
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.impact ELSE e.impact END,
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.reflection ELSE e.reflection END,
    CASE WHEN a.status = 'reviewed' AND c.id IS NOT NULL THEN c.delivery ELSE e.delivery END,
    e.overall,
    e.structure,
    e.ownership,
    e.specificity,
    e.depth,
    e.tradeoffs,
    e.impact,
    e.reflection,
    e.delivery,
    c.overall,
    c.structure,
    c.ownership,
    c.specificity,
    c.depth,
    c.tradeoffs,
    c.impact,
    c.reflection,
    c.delivery,
    r.reviewer_id,
    r.submitted_at
  FROM "answers" a
  INNER JOIN "questions" q ON q."id" = a."question_id"
  INNER JOIN "scores" e ON e."answer_id" = a."id" AND e."source" = 'auto'
  LEFT JOIN "scores" c ON c."answer_id" = a."id" AND c."source" = 'coach'
  LEFT JOIN "reviews" r ON r."answer_id" = a."id"
  WHERE a."id" = ANY(answer_ids)
  ON CONFLICT ("answer_id") DO UPDATE SET
    "cohort_id" = excluded."cohort_id",
    "candidate_id" = excluded."candidate_id",
    "question_id" = excluded."question_id",
    "kind" = excluded."kind",
    "attempt" = excluded."attempt",
    "status" = excluded."status",
    "submitted_at" = excluded."submitted_at",
    "week_start" = excluded."week_start",
    "overall" = excluded."overall",
    "structure" = excluded."structure",
    "ownership" = excluded."ownership",
    "specificity" = excluded."specificity",
    "depth" = excluded."depth",
    "tradeoffs" = excluded."tradeoffs",
    "impact" = excluded."impact",
    "reflection" = excluded."reflection",
    "delivery" = excluded."delivery",
    "e_overall" = excluded."e_overall",
    "e_structure" = excluded."e_structure",
    "e_ownership" = excluded."e_ownership",
    "e_specificity" = excluded."e_specificity",
    "e_depth" = excluded."e_depth",
    "e_tradeoffs" = excluded."e_tradeoffs",
    "e_impact" = excluded."e_impact",
    "e_reflection" = excluded."e_reflection",
    "e_delivery" = excluded."e_delivery",
    "c_overall" = excluded."c_overall",
    "c_structure" = excluded."c_structure",
    "c_ownership" = excluded."c_ownership",
    "c_specificity" = excluded."c_specificity",
    "c_depth" = excluded."c_depth",
    "c_tradeoffs" = excluded."c_tradeoffs",
    "c_impact" = excluded."c_impact",
    "c_reflection" = excluded."c_reflection",
    "c_delivery" = excluded."c_delivery",
    "reviewer_id" = excluded."reviewer_id",
    "reviewed_at" = excluded."reviewed_at";
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "answer_facts_sync_answers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_answer_facts"(ARRAY(SELECT DISTINCT "id" FROM changed));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "answer_facts_sync_by_answer_id"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_answer_facts"(ARRAY(SELECT DISTINCT "answer_id" FROM changed));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "answer_facts_sync_questions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_answer_facts"(ARRAY(
    SELECT a."id" FROM "answers" a
    INNER JOIN changed n ON n."id" = a."question_id"
    INNER JOIN before o ON o."id" = n."id"
    WHERE o."kind" IS DISTINCT FROM n."kind"
  ));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "answer_facts_answers_update" AFTER UPDATE ON "answers"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "answer_facts_sync_answers"();
--> statement-breakpoint
CREATE TRIGGER "answer_facts_scores_insert" AFTER INSERT ON "scores"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "answer_facts_sync_by_answer_id"();
--> statement-breakpoint
CREATE TRIGGER "answer_facts_scores_update" AFTER UPDATE ON "scores"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "answer_facts_sync_by_answer_id"();
--> statement-breakpoint
CREATE TRIGGER "answer_facts_scores_delete" AFTER DELETE ON "scores"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "answer_facts_sync_by_answer_id"();
--> statement-breakpoint
CREATE TRIGGER "answer_facts_reviews_insert" AFTER INSERT ON "reviews"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "answer_facts_sync_by_answer_id"();
--> statement-breakpoint
CREATE TRIGGER "answer_facts_reviews_update" AFTER UPDATE ON "reviews"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "answer_facts_sync_by_answer_id"();
--> statement-breakpoint
CREATE TRIGGER "answer_facts_reviews_delete" AFTER DELETE ON "reviews"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "answer_facts_sync_by_answer_id"();
--> statement-breakpoint
CREATE TRIGGER "answer_facts_questions_update" AFTER UPDATE ON "questions"
  REFERENCING OLD TABLE AS before NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "answer_facts_sync_questions"();
--> statement-breakpoint
SELECT "refresh_answer_facts"(ARRAY(SELECT "answer_id" FROM "scores" WHERE "source" = 'auto'));
