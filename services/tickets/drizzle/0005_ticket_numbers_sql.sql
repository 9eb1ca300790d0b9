-- Ticket numbers for the tickets that existed before them: each tenant's tickets in the order
-- they were opened get 1, 2, 3 …; the counters continue from there.
UPDATE "tickets" AS t SET "number" = n.rn
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "tenant_id" ORDER BY "created_at", "id") AS rn
  FROM "tickets"
) AS n
WHERE n."id" = t."id";
--> statement-breakpoint
INSERT INTO "ticket_counters" ("tenant_id", "last_number")
SELECT "tenant_id", max("number") FROM "tickets" GROUP BY "tenant_id"
ON CONFLICT ("tenant_id") DO UPDATE SET "last_number" = GREATEST("ticket_counters"."last_number", EXCLUDED."last_number");
--> statement-breakpoint
-- From here on every insert names its number (from ticket_counters): a missing one fails loudly.
ALTER TABLE "tickets" ALTER COLUMN "number" DROP DEFAULT;
--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_tenant_number_uq" ON "tickets" ("tenant_id", "number");
