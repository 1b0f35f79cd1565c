import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { regions } from '../regions/index';
import { users } from '../users/index';

/** 规模以上工业企业. Amounts are numeric (万元, two decimals), read and written as text. */
export const enterprises = pgTable(
  'enterprises',
  {
    id: serial('id').primaryKey(),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    industryCode: text('industry_code').notNull(),
    workforce: integer('workforce').notNull(),
    annualOutput: numeric('annual_output', { precision: 16, scale: 2 }).notNull(),
    address: text('address').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    isContinuousProcess: boolean('is_continuous_process').notNull().default(false),
    activeFrom: date('active_from').notNull(),
    closedAt: date('closed_at'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('enterprises_credit_code_idx').on(t.creditCode),
    index('enterprises_region_idx').on(t.regionCode),
    index('enterprises_industry_idx').on(t.industryCode),
  ],
);

/** 重点项目. */
export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    ownerUnit: text('owner_unit').notNull(),
    category: text('category').notNull(),
    totalInvestment: numeric('total_investment', { precision: 16, scale: 2 }).notNull(),
    annualPlannedInvestment: numeric('annual_planned_investment', { precision: 16, scale: 2 }).notNull(),
    plannedStart: date('planned_start').notNull(),
    plannedEnd: date('planned_end').notNull(),
    stage: text('stage').notNull(),
    activeFrom: date('active_from').notNull(),
    closedAt: date('closed_at'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('projects_code_idx').on(t.code),
    index('projects_region_idx').on(t.regionCode),
    index('projects_level_idx').on(t.level),
  ],
);

/** Credit codes that fail the GB 32100 check but an administrator accepted, each with a written reason. */
export const creditCodeExceptions = pgTable('credit_code_exceptions', {
  creditCode: text('credit_code').primaryKey(),
  problem: text('problem').notNull(),
  reason: text('reason').notNull(),
  approvedBy: integer('approved_by').references(() => users.id),
  approvedByName: text('approved_by_name').notNull(),
  approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
});
