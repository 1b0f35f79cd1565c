import { integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';

/** The region tree (GB/T 2260 codes plus the statistical park codes); a small replicated reference table. */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  parentCode: text('parent_code'),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const departments = pgTable(
  'departments',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
  },
  (t) => [uniqueIndex('departments_code_idx').on(t.code)],
);
