-- Case kinds: routing rules keyed by (kind, category), existing rules are the problem's; a county-level
-- government may lead a case; deadlines remember when they started (for the lights).
ALTER TABLE "routing_rules" ADD COLUMN "kind" text DEFAULT 'problem' NOT NULL;--> statement-breakpoint
ALTER TABLE "routing_rules" DROP CONSTRAINT "routing_rules_pkey";--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_kind_category_pk" PRIMARY KEY("kind","category");--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "lead_region_code" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "timer_started_at" timestamp with time zone;--> statement-breakpoint
UPDATE "cases" SET "timer_started_at" = "assigned_at" WHERE "assigned_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lead_region_code_regions_code_fk" FOREIGN KEY ("lead_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_lead_region_idx" ON "cases" USING btree ("lead_region_code","state");--> statement-breakpoint
CREATE INDEX "cases_kind_state_idx" ON "cases" USING btree ("kind","state");
