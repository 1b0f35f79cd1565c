import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { SubjectKind } from '../../../domain/subjects';

/**
 * The current daily report of each subject and date. The key leads with the subject (the distribution column
 * at national scale) and contains the date, so the table can be partitioned by month (PARTITION BY RANGE
 * (report_date)) without changing keys. Region and category are snapshots taken when the report was filed.
 */
export const reports = pgTable(
  'reports',
  {
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    subjectId: integer('subject_id').notNull(),
    reportDate: date('report_date').notNull(),
    regionCode: text('region_code').notNull(),
    category: text('category').notNull(),
    isContinuous: boolean('is_continuous').notNull().default(false),
    status: text('status').notNull(),
    workforce: integer('workforce').notNull(),
    onDuty: integer('on_duty').notNull(),
    capacityPct: integer('capacity_pct'),
    workersOnSite: integer('workers_on_site'),
    investmentThisMonth: numeric('investment_this_month', { precision: 16, scale: 2 }),
    prevention: jsonb('prevention').notNull(),
    difficulty: text('difficulty'),
    note: text('note'),
    isLate: boolean('is_late').notNull(),
    revision: integer('revision').notNull(),
    filedByUserId: integer('filed_by_user_id'),
    filedByName: text('filed_by_name').notNull(),
    filedByRole: text('filed_by_role').notNull(),
    isOnBehalf: boolean('is_on_behalf').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    firstFiledAt: timestamp('first_filed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.subjectKind, t.subjectId, t.reportDate] }),
    index('reports_date_region_idx').on(t.reportDate, t.regionCode),
  ],
);

/** Every version of every report, append-only (a trigger rejects UPDATE and DELETE). */
export const reportRevisions = pgTable(
  'report_revisions',
  {
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    subjectId: integer('subject_id').notNull(),
    reportDate: date('report_date').notNull(),
    revision: integer('revision').notNull(),
    body: jsonb('body').notNull(),
    isLate: boolean('is_late').notNull(),
    reason: text('reason'),
    filedByUserId: integer('filed_by_user_id'),
    filedByName: text('filed_by_name').notNull(),
    filedByRole: text('filed_by_role').notNull(),
    isOnBehalf: boolean('is_on_behalf').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.subjectKind, t.subjectId, t.reportDate, t.revision] })],
);

/**
 * Figures per day, region and category with statuses carried forward, kept in the same transaction as each
 * report so that dashboards read a few small rows instead of the report history. Derivable from `reports`
 * (see rebuildSummaries), which tests use to prove the incremental upkeep exact.
 */
export const resumptionDaily = pgTable(
  'resumption_daily',
  {
    summaryDate: date('summary_date').notNull(),
    regionCode: text('region_code').notNull(),
    category: text('category').notNull(),
    resumed: integer('resumed').notNull().default(0),
    partial: integer('partial').notNull().default(0),
    notResumed: integer('not_resumed').notNull().default(0),
    suspended: integer('suspended').notNull().default(0),
    reportedContinuous: integer('reported_continuous').notNull().default(0),
    workforce: integer('workforce').notNull().default(0),
    onDuty: integer('on_duty').notNull().default(0),
    capacitySum: integer('capacity_sum').notNull().default(0),
    capacityCount: integer('capacity_count').notNull().default(0),
    capacityHigh: integer('capacity_high').notNull().default(0),
    capacityMiddle: integer('capacity_middle').notNull().default(0),
    capacityLow: integer('capacity_low').notNull().default(0),
    received: integer('received').notNull().default(0),
    onTime: integer('on_time').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.summaryDate, t.regionCode, t.category] })],
);
