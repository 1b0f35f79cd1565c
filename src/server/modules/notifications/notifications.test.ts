import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';
import { notifyUsers } from './index';

let t: TestApp;
let alice: TestClient;
let bob: TestClient;
let aliceId: number;
let bobId: number;

beforeAll(async () => {
  t = await buildTestApp({ now: '2020-03-06T10:00:00+08:00' });
  aliceId = await t.createUser('dispatcher', { username: 'alice' });
  bobId = await t.createUser('department_officer', { username: 'bob' });
  alice = await t.signIn('alice');
  bob = await t.signIn('bob');
});
afterAll(async () => {
  await t.close();
});

async function outboxOf(userId: number): Promise<{ channel: string; payload: Record<string, unknown> }[]> {
  const result = await t.platform.db.execute(
    sql`select channel, payload from outbox where user_id = ${userId} order by id`,
  );
  return (result as unknown as { rows: { channel: string; payload: Record<string, unknown> }[] }).rows;
}

async function bell(client: TestClient) {
  const response = await client.request({ method: 'GET', url: '/api/notifications' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    unread: number;
    items: { id: number; title: string; body: string; caseId: number | null; readAt: string | null }[];
  };
}

describe('notifications', () => {
  it('notifyUsers writes one notice and one SMS outbox entry per recipient, in the caller transaction', async () => {
    const at = t.clock.now();
    await t.platform.db.transaction(async (tx) => {
      await notifyUsers(tx, {
        userIds: [aliceId, bobId, aliceId],
        title: '新问题待交办：WT-20200306-0001',
        body: '一线缺工80人',
        caseId: 41,
        at,
        payload: { number: 'WT-20200306-0001' },
      });
    });
    const mine = await bell(alice);
    expect(mine.unread).toBe(1);
    expect(mine.items).toMatchObject([
      { title: '新问题待交办：WT-20200306-0001', body: '一线缺工80人', caseId: 41, readAt: null },
    ]);
    expect(await outboxOf(aliceId)).toEqual([
      {
        channel: 'sms',
        payload: {
          caseId: 41,
          title: '新问题待交办：WT-20200306-0001',
          body: '一线缺工80人',
          number: 'WT-20200306-0001',
        },
      },
    ]);
    expect((await outboxOf(bobId)).length).toBe(1);
  });

  it('writes nothing when the transaction rolls back', async () => {
    const before = (await bell(bob)).items.length;
    await expect(
      t.platform.db.transaction(async (tx) => {
        await notifyUsers(tx, { userIds: [bobId], title: '不应出现', body: '', at: t.clock.now() });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect((await bell(bob)).items.length).toBe(before);
    expect((await outboxOf(bobId)).length).toBe(1);
  });

  it('loads history in-app only when sms is false', async () => {
    await t.platform.db.transaction((tx) =>
      notifyUsers(tx, {
        userIds: [bobId],
        title: '待办理：历史',
        body: '旧事',
        at: t.clock.now(),
        sms: false,
      }),
    );
    expect((await bell(bob)).items[0]).toMatchObject({ title: '待办理：历史', caseId: null });
    expect((await outboxOf(bobId)).length).toBe(1);
  });

  it('marks read only the caller own notifications, some or all', async () => {
    const theirs = (await bell(bob)).items;
    const mark = (client: TestClient, payload: object) =>
      client.request({ method: 'POST', url: '/api/notifications/read', payload });
    // Alice names Bob's notifications: nothing of Bob's changes.
    expect((await mark(alice, { ids: theirs.map((n) => n.id) })).statusCode).toBe(204);
    expect((await bell(bob)).unread).toBe(theirs.length);
    expect((await bell(alice)).unread).toBe(1);

    expect((await mark(bob, { ids: [theirs[0]!.id] })).statusCode).toBe(204);
    const after = await bell(bob);
    expect(after.unread).toBe(theirs.length - 1);
    expect(after.items.find((n) => n.id === theirs[0]!.id)?.readAt).toBe(t.clock.now().toISOString());

    expect((await mark(bob, {})).statusCode).toBe(204);
    expect((await bell(bob)).unread).toBe(0);
    expect((await bell(alice)).unread).toBe(1);
  });

  it('rejects an unknown field and requires a session', async () => {
    const bad = await alice.request({ method: 'POST', url: '/api/notifications/read', payload: { id: 1 } });
    expect(bad.statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/notifications' });
    expect(anonymous.statusCode).toBe(401);
  });
});
