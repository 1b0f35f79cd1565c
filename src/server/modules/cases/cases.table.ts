import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { departments, regions } from '../regions/index';
import { users } from '../users/index';

/** One table for every kind of case (problem, directive, hazard): kind-specific fields live in `kindFields`. */
export const cases = pgTable(
  'cases',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    category: text('category').notNull(),
    priority: text('priority').notNull(),
    source: text('source').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    enterpriseId: integer('enterprise_id'),
    projectId: integer('project_id'),
    reportDate: date('report_date'),
    requesterUserId: integer('requester_user_id').references(() => users.id),
    requesterName: text('requester_name').notNull(),
    state: text('state').notNull(),
    leadDepartmentId: integer('lead_department_id').references(() => departments.id),
    /** A county-level government as the lead unit (instead of a department): its dispatchers act for it. */
    leadRegionCode: text('lead_region_code').references(() => regions.code),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    acceptDeadline: timestamp('accept_deadline', { withTimezone: true }),
    resolveDeadline: timestamp('resolve_deadline', { withTimezone: true }),
    /** When the current deadlines started (assignment or reopening): a light is not yellow before a day passed. */
    timerStartedAt: timestamp('timer_started_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedAs: text('closed_as'),
    resolution: text('resolution'),
    satisfied: boolean('satisfied'),
    rating: integer('rating'),
    pendingExtension: jsonb('pending_extension'),
    kindFields: jsonb('kind_fields').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('cases_number_idx').on(t.number),
    index('cases_region_state_idx').on(t.regionCode, t.state),
    index('cases_lead_idx').on(t.leadDepartmentId, t.state),
    index('cases_lead_region_idx').on(t.leadRegionCode, t.state),
    index('cases_kind_state_idx').on(t.kind, t.state),
    index('cases_enterprise_idx').on(t.enterpriseId),
    index('cases_created_idx').on(t.createdAt),
  ],
);

/** The lead department and co-departments of a case, each with its part and sub-deadline. */
export const caseDepartments = pgTable(
  'case_departments',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    role: text('role').notNull(),
    part: text('part'),
    deadline: timestamp('deadline', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.departmentId] }),
    index('case_departments_dept_idx').on(t.departmentId),
  ],
);

/** The timeline: one event per action, append-only (trigger-enforced). */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    actorUserId: integer('actor_user_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    departmentId: integer('department_id'),
    text: text('text'),
    body: jsonb('body').notNull().default({}),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

/** Serial numbers per kind and day (WT-20200308-0001). */
export const caseCounters = pgTable(
  'case_counters',
  {
    kind: text('kind').notNull(),
    day: date('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.day] })],
);

/** (Kind, category) → default lead department and time limits in working days; editable by administrators. */
export const routingRules = pgTable(
  'routing_rules',
  {
    kind: text('kind').notNull().default('problem'),
    category: text('category').notNull(),
    leadDepartmentId: integer('lead_department_id').references(() => departments.id),
    acceptDays: integer('accept_days').notNull(),
    resolveDaysNormal: integer('resolve_days_normal').notNull(),
    resolveDaysUrgent: integer('resolve_days_urgent').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.kind, t.category] })],
);

/** Escalation steps taken, one row per case and level, so the job is idempotent. */
export const caseEscalations = pgTable(
  'case_escalations',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
    level: integer('level').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.level] })],
);
