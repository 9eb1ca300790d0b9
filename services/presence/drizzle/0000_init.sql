CREATE TABLE "activity_intervals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"agent_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"role" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"online_status" text DEFAULT 'offline' NOT NULL,
	"capacity" integer,
	"availability" text DEFAULT 'offline' NOT NULL,
	"availability_since" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
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
CREATE TABLE "socket_connections" (
	"socket_id" text PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"gateway_id" text NOT NULL,
	"connected_at" timestamp with time zone,
	"disconnected_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "status_intervals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ticket_assignments" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agent_id" uuid,
	"status" text NOT NULL,
	"ticket_updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "activity_intervals" ADD CONSTRAINT "activity_intervals_session_id_work_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."work_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_intervals_session_idx" ON "activity_intervals" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_intervals_one_open_uq" ON "activity_intervals" USING btree ("agent_id") WHERE "activity_intervals"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "agents_tenant_idx" ON "agents" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "outbox" USING btree ("seq") WHERE "outbox"."published_at" is null;--> statement-breakpoint
CREATE INDEX "socket_connections_user_idx" ON "socket_connections" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "status_intervals_tenant_agent_idx" ON "status_intervals" USING btree ("tenant_id","agent_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "status_intervals_one_open_uq" ON "status_intervals" USING btree ("agent_id") WHERE "status_intervals"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "ticket_assignments_agent_idx" ON "ticket_assignments" USING btree ("tenant_id","agent_id");--> statement-breakpoint
CREATE INDEX "work_sessions_tenant_agent_idx" ON "work_sessions" USING btree ("tenant_id","agent_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "work_sessions_one_open_uq" ON "work_sessions" USING btree ("agent_id") WHERE "work_sessions"."ended_at" is null;