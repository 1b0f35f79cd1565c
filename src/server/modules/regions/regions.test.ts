import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await t.close();
});

describe('the regions cache', () => {
  it('answers inside a transaction after the cache went stale, instead of waiting for the connection', async () => {
    const regions = t.services.regions;
    await regions.warm();
    const now = Date.now();
    // A minute and more later (a scheduled job's transaction, say): on PGlite a refill on `db` would block.
    vi.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    const inside = t.platform.db.transaction(async () => {
      const tree = await regions.tree();
      return tree.find((n) => n.parentCode === null)?.name;
    });
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('timed out'), 5_000));
    expect(await Promise.race([inside, timeout])).toBe('衡阳市');
    await regions.warm(); // refreshes for real once the transaction is over
    expect((await regions.find('430482'))?.name).toBe('常宁市');
  });
});
