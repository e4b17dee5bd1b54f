CREATE TABLE "comment_bank_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"dimension" text,
	"score" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_bank_entries_organisationId_text_unique" UNIQUE("organisation_id","text"),
	CONSTRAINT "comment_bank_entries_score_range" CHECK ("comment_bank_entries"."score" between 0 and 4)
);
--> statement-breakpoint
CREATE TABLE "comment_bank_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"comment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_bank_uses_entryId_reviewId_commentId_unique" UNIQUE NULLS NOT DISTINCT("entry_id","review_id","comment_id")
);
--> statement-breakpoint
ALTER TABLE "comment_bank_entries" ADD CONSTRAINT "comment_bank_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_bank_entries" ADD CONSTRAINT "comment_bank_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_bank_uses" ADD CONSTRAINT "comment_bank_uses_entry_id_comment_bank_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."comment_bank_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_bank_uses" ADD CONSTRAINT "comment_bank_uses_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_bank_uses" ADD CONSTRAINT "comment_bank_uses_comment_id_review_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_bank_uses_review_id_index" ON "comment_bank_uses" USING btree ("review_id");