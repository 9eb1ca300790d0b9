CREATE TABLE "broadcast_recipients" (
	"tenant_id" uuid NOT NULL,
	"broadcast_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone,
	CONSTRAINT "broadcast_recipients_broadcast_id_agent_id_pk" PRIMARY KEY("broadcast_id","agent_id")
);
--> statement-breakpoint
CREATE TABLE "broadcasts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"sender_id" uuid NOT NULL,
	"message" text NOT NULL,
	"audience_type" text NOT NULL,
	"audience_value" jsonb,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"ticket_id" uuid,
	"message" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "department" text;--> statement-breakpoint
ALTER TABLE "broadcast_recipients" ADD CONSTRAINT "broadcast_recipients_broadcast_id_broadcasts_id_fk" FOREIGN KEY ("broadcast_id") REFERENCES "public"."broadcasts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "broadcast_recipients_agent_idx" ON "broadcast_recipients" USING btree ("tenant_id","agent_id");--> statement-breakpoint
CREATE INDEX "broadcasts_tenant_sent_idx" ON "broadcasts" USING btree ("tenant_id","sent_at");--> statement-breakpoint
CREATE INDEX "help_requests_tenant_status_idx" ON "help_requests" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "help_requests_requester_idx" ON "help_requests" USING btree ("tenant_id","requester_id");--> statement-breakpoint
CREATE INDEX "agents_tenant_department_idx" ON "agents" USING btree ("tenant_id","department");