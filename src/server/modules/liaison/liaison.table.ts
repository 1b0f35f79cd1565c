import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { SubjectKind } from '../../../domain/subjects';
import { cases } from '../cases/index';
import { departments, regions } from '../regions/index';
import { users } from '../users/index';

/** The roster (联络员名册): one row per officer, who signs in as the user `userId` (role liaison_officer). */
export const liaisonOfficers = pgTable(
  'liaison_officers',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    mobile: text('mobile').notNull(),
    unitDepartmentId: integer('unit_department_id').references(() => departments.id),
    unitRegionCode: text('unit_region_code')
      .notNull()
      .references(() => regions.code),
    post: text('post').notNull().default(''),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    activeFrom: date('active_from').notNull(),
    activeTo: date('active_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('liaison_officers_user_idx').on(t.userId),
    uniqueIndex('liaison_officers_mobile_idx').on(t.mobile),
    index('liaison_officers_region_idx').on(t.regionCode),
  ],
);

/**
 * Who covers which enterprise or project, and since when. Rows are ended, never deleted, so the history of
 * who covered what stays. At most one current primary per subject, and one current row per officer and subject.
 */
export const liaisonAssignments = pgTable(
  'liaison_assignments',
  {
    id: serial('id').primaryKey(),
    officerId: integer('officer_id')
      .notNull()
      .references(() => liaisonOfficers.id),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    subjectId: integer('subject_id').notNull(),
    /** The subject's region when assigned, for scoping the county dispatcher's views. */
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    isPrimary: boolean('is_primary').notNull(),
    startedOn: date('started_on').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    startedBy: text('started_by').notNull(),
    endedOn: date('ended_on'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: text('ended_by'),
    endReason: text('end_reason'),
  },
  (t) => [
    uniqueIndex('liaison_assignments_primary_idx')
      .on(t.subjectKind, t.subjectId)
      .where(sql`${t.isPrimary} and ${t.endedAt} is null`),
    uniqueIndex('liaison_assignments_current_idx')
      .on(t.officerId, t.subjectKind, t.subjectId)
      .where(sql`${t.endedAt} is null`),
    index('liaison_assignments_subject_idx').on(t.subjectKind, t.subjectId),
    index('liaison_assignments_region_idx').on(t.regionCode),
  ],
);

/** 走访记录. Region is the subject's at the time of the visit (a snapshot, like reports). */
export const liaisonVisits = pgTable(
  'liaison_visits',
  {
    id: serial('id').primaryKey(),
    officerId: integer('officer_id')
      .notNull()
      .references(() => liaisonOfficers.id),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    subjectId: integer('subject_id').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    visitDate: date('visit_date').notNull(),
    mode: text('mode').notNull(),
    peopleMet: text('people_met').notNull(),
    prevention: jsonb('prevention').notNull(),
    observations: text('observations').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
  },
  (t) => [
    index('liaison_visits_subject_idx').on(t.subjectKind, t.subjectId, t.visitDate),
    index('liaison_visits_officer_idx').on(t.officerId, t.visitDate),
    index('liaison_visits_region_date_idx').on(t.regionCode, t.visitDate),
  ],
);

/** A visit's photos: the files live under DATA_DIR/photos, their metadata here. */
export const liaisonVisitPhotos = pgTable(
  'liaison_visit_photos',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    visitId: integer('visit_id')
      .notNull()
      .references(() => liaisonVisits.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    sha256: text('sha256').notNull(),
    /** Paths relative to DATA_DIR: the file as sent, a JPEG rendition for browsers (HEIC only), a thumbnail. */
    storedPath: text('stored_path').notNull(),
    previewPath: text('preview_path'),
    thumbPath: text('thumb_path').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('liaison_visit_photos_visit_idx').on(t.visitId)],
);

/** Problems raised on the spot: each is a case of the case engine, linked to the visit it came from. */
export const liaisonVisitProblems = pgTable(
  'liaison_visit_problems',
  {
    visitId: integer('visit_id')
      .notNull()
      .references(() => liaisonVisits.id),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id),
  },
  (t) => [
    uniqueIndex('liaison_visit_problems_case_idx').on(t.caseId),
    index('liaison_visit_problems_visit_idx').on(t.visitId),
  ],
);
