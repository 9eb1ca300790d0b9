CREATE TABLE "agent_generations" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agent_performance" (
	"agent_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"current_tickets" integer NOT NULL,
	"total_tickets_handled" integer NOT NULL,
	"avg_response_time" double precision,
	"customer_satisfaction" double precision,
	"tickets_resolved_today" integer NOT NULL,
	"messages_handled_today" integer NOT NULL,
	"online_hours_today" double precision NOT NULL,
	"performance_level" text,
	"measured_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agent_performance_tenant_id_agent_id_pk" PRIMARY KEY("tenant_id","agent_id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "avatar" text;--> statement-breakpoint
CREATE INDEX "agent_performance_tenant_level_idx" ON "agent_performance" USING btree ("tenant_id","performance_level");
--> statement-breakpoint
-- Every change to a tenant's agents raises its generation once per row, at commit (deferred), so
-- the agent cache's keys change in the same transaction as the data (docs/decisions.md).
CREATE FUNCTION "bump_agent_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tenant uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN tenant := OLD.tenant_id; ELSE tenant := NEW.tenant_id; END IF;
  INSERT INTO "agent_generations" ("tenant_id", "generation") VALUES (tenant, 1)
    ON CONFLICT ("tenant_id") DO UPDATE SET "generation" = "agent_generations"."generation" + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "users_agent_generation" AFTER INSERT OR UPDATE OR DELETE ON "users"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_agent_generation"();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "agent_performance_agent_generation" AFTER INSERT OR UPDATE OR DELETE ON "agent_performance"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_agent_generation"();
