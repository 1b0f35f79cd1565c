CREATE TABLE "report_revisions" (
	"subject_kind" text NOT NULL,
	"subject_id" integer NOT NULL,
	"report_date" date NOT NULL,
	"revision" integer NOT NULL,
	"body" jsonb NOT NULL,
	"is_late" boolean NOT NULL,
	"reason" text,
	"filed_by_user_id" integer,
	"filed_by_name" text NOT NULL,
	"filed_by_role" text NOT NULL,
	"is_on_behalf" boolean NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_revisions_subject_kind_subject_id_report_date_revision_pk" PRIMARY KEY("subject_kind","subject_id","report_date","revision")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"subject_kind" text NOT NULL,
	"subject_id" integer NOT NULL,
	"report_date" date NOT NULL,
	"region_code" text NOT NULL,
	"category" text NOT NULL,
	"is_continuous" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"workforce" integer NOT NULL,
	"on_duty" integer NOT NULL,
	"capacity_pct" integer,
	"workers_on_site" integer,
	"investment_this_month" numeric(16, 2),
	"prevention" jsonb NOT NULL,
	"difficulty" text,
	"note" text,
	"is_late" boolean NOT NULL,
	"revision" integer NOT NULL,
	"filed_by_user_id" integer,
	"filed_by_name" text NOT NULL,
	"filed_by_role" text NOT NULL,
	"is_on_behalf" boolean NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"first_filed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reports_subject_kind_subject_id_report_date_pk" PRIMARY KEY("subject_kind","subject_id","report_date")
);
--> statement-breakpoint
CREATE TABLE "resumption_daily" (
	"summary_date" date NOT NULL,
	"region_code" text NOT NULL,
	"category" text NOT NULL,
	"resumed" integer DEFAULT 0 NOT NULL,
	"partial" integer DEFAULT 0 NOT NULL,
	"not_resumed" integer DEFAULT 0 NOT NULL,
	"suspended" integer DEFAULT 0 NOT NULL,
	"reported_continuous" integer DEFAULT 0 NOT NULL,
	"workforce" integer DEFAULT 0 NOT NULL,
	"on_duty" integer DEFAULT 0 NOT NULL,
	"capacity_sum" integer DEFAULT 0 NOT NULL,
	"capacity_count" integer DEFAULT 0 NOT NULL,
	"capacity_high" integer DEFAULT 0 NOT NULL,
	"capacity_middle" integer DEFAULT 0 NOT NULL,
	"capacity_low" integer DEFAULT 0 NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "resumption_daily_summary_date_region_code_category_pk" PRIMARY KEY("summary_date","region_code","category")
);
--> statement-breakpoint
CREATE INDEX "reports_date_region_idx" ON "reports" USING btree ("report_date","region_code");