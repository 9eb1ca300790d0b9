ALTER TABLE "ticket_facts" ADD COLUMN "number" integer;--> statement-breakpoint
ALTER TABLE "ticket_facts" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_facts" ADD COLUMN "customer_name" text;