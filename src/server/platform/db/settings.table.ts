import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Small installation-wide facts (demo loaded at, city configuration). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
