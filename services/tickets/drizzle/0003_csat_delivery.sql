CREATE TABLE "csat_deliveries" (
	"token" text NOT NULL,
	"tenant_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "csat_deliveries_token_channel_pk" PRIMARY KEY("token","channel")
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "channel_secrets" ADD COLUMN "callback_url" text;--> statement-breakpoint
ALTER TABLE "csat_deliveries" ADD CONSTRAINT "csat_deliveries_token_csat_surveys_token_fk" FOREIGN KEY ("token") REFERENCES "public"."csat_surveys"("token") ON DELETE no action ON UPDATE no action;