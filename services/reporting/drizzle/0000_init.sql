CREATE TABLE "agent_marks" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"value" text
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"agent_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"department" text,
	"role" text NOT NULL,
	"is_active" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consumed_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"envelope" jsonb NOT NULL
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
CREATE TABLE "tenant_dashboards" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"dirty_since" timestamp with time zone,
	"pushed_at" timestamp with time zone,
	"pushed" jsonb
);
--> statement-breakpoint
CREATE TABLE "tenant_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text NOT NULL,
	"shift_start" text NOT NULL,
	"late_after_minutes" integer NOT NULL,
	"workdays" integer[] NOT NULL,
	"idle_session_limit_minutes" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_cycles" (
	"ticket_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agent_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone NOT NULL,
	"resolution_seconds" integer NOT NULL,
	"handle_seconds" integer NOT NULL,
	"breached" boolean NOT NULL,
	"csat_rating" integer,
	CONSTRAINT "ticket_cycles_ticket_id_cycle_pk" PRIMARY KEY("ticket_id","cycle")
);
--> statement-breakpoint
CREATE TABLE "ticket_facts" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"assignee_id" uuid,
	"priority" text NOT NULL,
	"category" text,
	"channel" text NOT NULL,
	"requires_approval" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"first_responder_id" uuid,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"resolutions" integer NOT NULL,
	"reopens" integer NOT NULL,
	"approval_wait_seconds" integer NOT NULL,
	"csat_rating" integer,
	"breached_first_response" boolean NOT NULL,
	"breached_next_response" boolean NOT NULL,
	"breached_resolution" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_messages" (
	"message_id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"author_type" text NOT NULL,
	"author_id" uuid,
	"internal" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_replies" (
	"message_id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"clock_started_at" timestamp with time zone NOT NULL,
	"replied_at" timestamp with time zone NOT NULL,
	"seconds" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_spans" (
	"ticket_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"tenant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"assignee_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "ticket_spans_ticket_id_seq_pk" PRIMARY KEY("ticket_id","seq")
);
--> statement-breakpoint
CREATE INDEX "agent_marks_agent_idx" ON "agent_marks" USING btree ("agent_id","kind","at");--> statement-breakpoint
CREATE INDEX "agent_marks_tenant_idx" ON "agent_marks" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "agents_tenant_idx" ON "agents" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "consumed_events_subject_idx" ON "consumed_events" USING btree ("tenant_id","subject_id");--> statement-breakpoint
CREATE INDEX "consumed_events_replay_idx" ON "consumed_events" USING btree ("tenant_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "outbox" USING btree ("seq") WHERE "outbox"."published_at" is null;--> statement-breakpoint
CREATE INDEX "ticket_cycles_tenant_idx" ON "ticket_cycles" USING btree ("tenant_id","resolved_at");--> statement-breakpoint
CREATE INDEX "ticket_cycles_agent_idx" ON "ticket_cycles" USING btree ("tenant_id","agent_id","resolved_at");--> statement-breakpoint
CREATE INDEX "ticket_facts_tenant_status_idx" ON "ticket_facts" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "ticket_facts_tenant_created_idx" ON "ticket_facts" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "ticket_messages_ticket_idx" ON "ticket_messages" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_messages_tenant_idx" ON "ticket_messages" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "ticket_replies_ticket_idx" ON "ticket_replies" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_replies_tenant_idx" ON "ticket_replies" USING btree ("tenant_id","replied_at");--> statement-breakpoint
CREATE INDEX "ticket_replies_agent_idx" ON "ticket_replies" USING btree ("tenant_id","agent_id","replied_at");--> statement-breakpoint
CREATE INDEX "ticket_spans_tenant_idx" ON "ticket_spans" USING btree ("tenant_id","started_at");--> statement-breakpoint
CREATE INDEX "ticket_spans_assignee_idx" ON "ticket_spans" USING btree ("tenant_id","assignee_id","started_at");