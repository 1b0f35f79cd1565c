CREATE TABLE "liaison_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"officer_id" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"is_primary" boolean NOT NULL,
	"started_on" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" text NOT NULL,
	"ended_on" date,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"end_reason" text
);
--> statement-breakpoint
CREATE TABLE "liaison_officers" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"mobile" text NOT NULL,
	"unit_department_id" integer,
	"unit_region_code" text NOT NULL,
	"post" text DEFAULT '' NOT NULL,
	"region_code" text NOT NULL,
	"active_from" date NOT NULL,
	"active_to" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_visit_photos" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"visit_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer,
	"height" integer,
	"sha256" text NOT NULL,
	"stored_path" text NOT NULL,
	"preview_path" text,
	"thumb_path" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_visit_problems" (
	"visit_id" integer NOT NULL,
	"case_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "liaison_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"officer_id" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"visit_date" date NOT NULL,
	"mode" text NOT NULL,
	"people_met" text NOT NULL,
	"prevention" jsonb NOT NULL,
	"observations" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_user_id" integer
);
--> statement-breakpoint
ALTER TABLE "liaison_assignments" ADD CONSTRAINT "liaison_assignments_officer_id_liaison_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."liaison_officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_assignments" ADD CONSTRAINT "liaison_assignments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_officers" ADD CONSTRAINT "liaison_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_officers" ADD CONSTRAINT "liaison_officers_unit_department_id_departments_id_fk" FOREIGN KEY ("unit_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_officers" ADD CONSTRAINT "liaison_officers_unit_region_code_regions_code_fk" FOREIGN KEY ("unit_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_officers" ADD CONSTRAINT "liaison_officers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_visit_photos" ADD CONSTRAINT "liaison_visit_photos_visit_id_liaison_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."liaison_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_visit_problems" ADD CONSTRAINT "liaison_visit_problems_visit_id_liaison_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."liaison_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_visit_problems" ADD CONSTRAINT "liaison_visit_problems_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_visits" ADD CONSTRAINT "liaison_visits_officer_id_liaison_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."liaison_officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_visits" ADD CONSTRAINT "liaison_visits_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_visits" ADD CONSTRAINT "liaison_visits_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_assignments_primary_idx" ON "liaison_assignments" USING btree ("subject_kind","subject_id") WHERE "liaison_assignments"."is_primary" and "liaison_assignments"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_assignments_current_idx" ON "liaison_assignments" USING btree ("officer_id","subject_kind","subject_id") WHERE "liaison_assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "liaison_assignments_subject_idx" ON "liaison_assignments" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "liaison_assignments_region_idx" ON "liaison_assignments" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_officers_user_idx" ON "liaison_officers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_officers_mobile_idx" ON "liaison_officers" USING btree ("mobile");--> statement-breakpoint
CREATE INDEX "liaison_officers_region_idx" ON "liaison_officers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "liaison_visit_photos_visit_idx" ON "liaison_visit_photos" USING btree ("visit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_visit_problems_case_idx" ON "liaison_visit_problems" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "liaison_visit_problems_visit_idx" ON "liaison_visit_problems" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "liaison_visits_subject_idx" ON "liaison_visits" USING btree ("subject_kind","subject_id","visit_date");--> statement-breakpoint
CREATE INDEX "liaison_visits_officer_idx" ON "liaison_visits" USING btree ("officer_id","visit_date");--> statement-breakpoint
CREATE INDEX "liaison_visits_region_date_idx" ON "liaison_visits" USING btree ("region_code","visit_date");