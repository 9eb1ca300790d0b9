CREATE TABLE "canned_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"owner_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"response_updated_at" timestamp with time zone NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', "canned_responses"."title" || ' ' || "canned_responses"."body")) STORED
);
--> statement-breakpoint
CREATE INDEX "canned_responses_tenant_idx" ON "canned_responses" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "canned_responses_search_idx" ON "canned_responses" USING gin ("search");