import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { settings } from './settings.table';

export async function readSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const rows = await db.select().from(settings).where(eq(settings.key, key));
  return rows[0]?.value as T | undefined;
}

export async function writeSetting(db: Db, key: string, value: unknown, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}
