CREATE TABLE "ai_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean NOT NULL,
	"provider" text NOT NULL,
	"auto_apply_category" boolean NOT NULL,
	"auto_apply_priority" boolean NOT NULL,
	"auto_apply_min_confidence" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"tenant_id" uuid NOT NULL,
	"envelope" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "outbox_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "ticket_insights" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"classification_message_id" uuid NOT NULL,
	"category" text,
	"priority" text,
	"sentiment" text NOT NULL,
	"sentiment_score" double precision NOT NULL,
	"language" text NOT NULL,
	"confidence" double precision NOT NULL,
	"classification_provider" text NOT NULL,
	"classified_at" timestamp with time zone NOT NULL,
	"draft_message_id" uuid,
	"draft_content" text,
	"draft_sources" jsonb,
	"draft_confidence" double precision,
	"draft_provider" text,
	"drafted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"first_customer_message" text,
	"category" text,
	"priority" text NOT NULL,
	"assignee_id" uuid,
	"status" text NOT NULL,
	"category_labelled" boolean DEFAULT false NOT NULL,
	"priority_labelled" boolean DEFAULT false NOT NULL,
	"last_agent_reply" text,
	"customer_name" text,
	"ticket_updated_at" timestamp with time zone NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', "tickets"."subject" || ' ' || coalesce("tickets"."first_customer_message", "tickets"."description"))) STORED
);
--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "outbox" USING btree ("seq") WHERE "outbox"."published_at" is null;--> statement-breakpoint
CREATE INDEX "ticket_insights_tenant_idx" ON "ticket_insights" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "tickets_tenant_status_idx" ON "tickets" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "tickets_search_idx" ON "tickets" USING gin ("search");