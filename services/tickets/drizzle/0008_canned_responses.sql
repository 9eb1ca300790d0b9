CREATE TABLE "canned_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"owner_id" uuid,
	"short_code" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "name" text;--> statement-breakpoint
CREATE UNIQUE INDEX "canned_responses_tenant_code_uq" ON "canned_responses" USING btree ("tenant_id","short_code") WHERE "canned_responses"."owner_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "canned_responses_owner_code_uq" ON "canned_responses" USING btree ("tenant_id","owner_id","short_code") WHERE "canned_responses"."owner_id" is not null;