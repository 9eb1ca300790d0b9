CREATE TABLE "tenant_models" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"model" jsonb NOT NULL,
	"learned_since_train" integer DEFAULT 0 NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
