-- Customers from before identities existed: their email (lower-cased) and phone (+ and its
-- digits) become identities, so channels find them again. Where two old customers share a
-- normalised value, the older keeps it (the unique index allows one holder per tenant).
INSERT INTO "customer_identities" ("id", "tenant_id", "customer_id", "kind", "value", "created_at")
SELECT gen_random_uuid(), c."tenant_id", c."id", 'email', lower(trim(c."email")), c."created_at"
FROM "customers" c
WHERE c."email" IS NOT NULL AND trim(c."email") <> ''
ORDER BY c."created_at", c."id"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "customer_identities" ("id", "tenant_id", "customer_id", "kind", "value", "created_at")
SELECT gen_random_uuid(), c."tenant_id", c."id", 'phone', '+' || regexp_replace(c."phone", '\D', '', 'g'), c."created_at"
FROM "customers" c
WHERE c."phone" IS NOT NULL AND regexp_replace(c."phone", '\D', '', 'g') <> ''
ORDER BY c."created_at", c."id"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "customers" SET "updated_at" = "created_at";
