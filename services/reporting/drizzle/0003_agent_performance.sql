CREATE TABLE "agent_performance_pushed" (
	"agent_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"pushed" jsonb NOT NULL,
	"pushed_at" timestamp with time zone NOT NULL
);
