CREATE TABLE "shift_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"shift_start" text DEFAULT '09:00' NOT NULL,
	"late_after_minutes" integer DEFAULT 10 NOT NULL,
	"workdays" integer[] DEFAULT '{1,2,3,4,5}' NOT NULL,
	"idle_session_limit_minutes" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
