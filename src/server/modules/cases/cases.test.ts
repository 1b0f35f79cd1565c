import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as XLSX from 'xlsx';
import { runOnce } from '../../platform/jobs';
import { createPlatform } from '../../platform/platform';
import { createServices } from '../../app';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

// 2020-03-06 is a Friday: deadlines count working days, so acceptance is due at the end of Monday 03-09.
let t: TestApp;
let firm: TestClient;
let dispatcher: TestClient;
let rsj: TestClient; // 市人社局 officer (lead for 用工)
let gxj: TestClient; // 市工信局 officer
let enterpriseId: number;
let departmentIds: Record<string, number>;

beforeAll(async () => {
  t = await buildTestApp({ now: '2020-03-06T10:00:00+08:00' });
  enterpriseId = (
    await t.createEnterprise({
      regionCode: '430482',
      name: '常宁协调测试铜业有限公司',
      activeFrom: '2020-01-01',
    })
  ).id;
  await t.createUser('enterprise_user', { username: 'firm', enterpriseId });
  firm = await t.signIn('firm');
  dispatcher = await t.signInAs('dispatcher');
  await t.createUser('department_officer', { username: 'rsj', departmentCode: '430400-rsj' });
  await t.createUser('department_officer', { username: 'gxj', departmentCode: '430400-gxj' });
  rsj = await t.signIn('rsj');
  gxj = await t.signIn('gxj');
  const departments = await t.services.regions.departmentsIn(['430400']);
  departmentIds = Object.fromEntries(departments.map((d) => [d.code, d.id]));
});
afterAll(async () => {
  await t.close();
});

async function raise(client: TestClient = firm, overrides: Record<string, unknown> = {}) {
  const response = await client.request({
    method: 'POST',
    url: '/api/cases',
    payload: {
      kind: 'problem',
      title: '外地员工返岗需隔离14天，一线缺工80人',
      description: '湖北籍员工62人无法返岗。',
      category: '用工',
      enterpriseId,
      priority: 'normal',
      source: 'enterprise',
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

function act(client: TestClient, id: number, action: string, version: number, payload: object = {}) {
  return client.request({
    method: 'POST',
    url: `/api/cases/${id}/actions/${action}`,
    headers: { 'if-match': String(version) },
    payload,
  });
}

async function counts() {
  const result = await t.platform.db.execute(
    sql`select (select count(*)::int from case_events) as events, (select count(*)::int from audit_log where action like 'case.%') as audits`,
  );
  return (result as unknown as { rows: { events: number; audits: number }[] }).rows[0]!;
}

describe('a problem from raising to closing', () => {
  it('is numbered per day, assigned with working-day deadlines, handled and closed by the requester', async () => {
    const created = await raise();
    expect(created).toMatchObject({
      number: 'WT-20200306-0001',
      state: 'submitted',
      regionName: '常宁市',
      subjectName: '常宁协调测试铜业有限公司',
      allowedActions: ['comment'],
    });
    const routing = (await dispatcher.request({ method: 'GET', url: '/api/cases/routing' })).json();
    expect(routing.find((r: { category: string }) => r.category === '用工').leadDepartmentName).toBe(
      '市人社局',
    );

    const assigned = await act(dispatcher, created.id, 'assign', 1, {
      leadDepartmentId: departmentIds['430400-rsj'],
      coDepartments: [{ departmentId: departmentIds['430400-gxj'], part: '协调企业用工需求对接' }],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const a = assigned.json();
    expect(a).toMatchObject({
      state: 'assigned',
      leadDepartmentName: '市人社局',
      // A one-working-day limit is green on the day it is assigned: lights mean something.
      acceptLight: 'green',
      resolveLight: 'green',
    });
    expect(a.acceptDeadline).toBe('2020-03-09T16:00:00.000Z'); // end of Monday 03-09, +08:00
    expect(a.allowedActions).toEqual(['comment']); // 不予受理 only before assignment
    expect(a.resolveDeadline).toBe('2020-03-20T16:00:00.000Z'); // 10 working days after Friday 03-06
    expect(
      (await rsj.request({ method: 'GET', url: `/api/cases/${created.id}` })).json().allowedActions,
    ).toEqual(['accept', 'return', 'comment']);
    const inbox = (await rsj.request({ method: 'GET', url: '/api/cases?box=todo' })).json();
    expect(inbox.items.map((c: { id: number }) => c.id)).toContain(created.id);
    const notes = (await rsj.request({ method: 'GET', url: '/api/notifications' })).json();
    expect(notes.unread).toBeGreaterThan(0);
    expect(notes.items[0].title).toContain('新交办');

    expect((await act(rsj, created.id, 'accept', 2)).json().state).toBe('accepted');
    const blocked = await act(rsj, created.id, 'resolve', 3, { resolution: '已协调包车接回' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().detail).toContain('协办');
    expect(
      (await act(gxj, created.id, 'complete-part', 3, { text: '已对接用工需求 80 人' })).statusCode,
    ).toBe(200);
    const resolved = await act(rsj, created.id, 'resolve', 4, {
      resolution: '协调包车接回员工 62 人，发放稳岗补贴 12.6 万元',
    });
    expect(resolved.json()).toMatchObject({ state: 'resolved', resolveLight: null });
    expect(
      (await firm.request({ method: 'GET', url: `/api/cases/${created.id}` })).json().allowedActions,
    ).toEqual(['confirm', 'reopen', 'comment']);
    const closed = await act(firm, created.id, 'confirm', 5, { satisfied: true, rating: 5 });
    expect(closed.json()).toMatchObject({
      state: 'closed',
      rating: 5,
      closedAs: 'satisfied',
      closedAsLabel: '提出人确认满意，已销号',
      allowedActions: ['comment'], // 重新办理 is not offered on a closed case
    });
    const timeline = closed.json().events.map((e: { action: string }) => e.action);
    expect(timeline).toEqual(['create', 'assign', 'accept', 'complete-part', 'resolve', 'confirm']);
    const audit = (
      await (
        await t.signInAs('admin')
      ).request({ method: 'GET', url: `/api/admin/audit?entityType=case&entityId=${created.id}` })
    ).json();
    expect(audit.total).toBe(6);
  });

  it('an unsatisfied requester reopens it with a reason; a return goes back for reassignment', async () => {
    const c = await raise();
    await act(dispatcher, c.id, 'assign', 1, { leadDepartmentId: departmentIds['430400-rsj'] });
    await act(rsj, c.id, 'accept', 2);
    await act(rsj, c.id, 'resolve', 3, { resolution: '已答复' });
    const noReason = await act(firm, c.id, 'confirm', 4, { satisfied: false });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('comment');
    expect(
      (await act(firm, c.id, 'confirm', 4, { satisfied: false, comment: '员工仍未返岗' })).json().state,
    ).toBe('reopened');
    const returned = await act(rsj, c.id, 'return', 5, { reason: '属于县级职责，请交常宁市人社局' });
    expect(returned.json().state).toBe('returned');
    const missing = await act(rsj, c.id, 'return', 6, {});
    expect(missing.statusCode).toBe(400);
    expect(
      (await act(dispatcher, c.id, 'assign', 6, { leadDepartmentId: departmentIds['430400-gxj'] })).json(),
    ).toMatchObject({ state: 'assigned', leadDepartmentName: '市工信局' });
    expect((await rsj.request({ method: 'GET', url: `/api/cases/${c.id}` })).statusCode).toBe(404);
  });

  it('extensions move the deadline when approved; closing as duplicate needs a reason', async () => {
    const c = await raise();
    await act(dispatcher, c.id, 'assign', 1, { leadDepartmentId: departmentIds['430400-rsj'] });
    await act(rsj, c.id, 'accept', 2);
    const early = await act(rsj, c.id, 'request-extension', 3, { until: '2020-03-10', reason: '需省厅审批' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('until');
    await act(rsj, c.id, 'request-extension', 3, { until: '2020-03-31', reason: '需省厅审批' });
    const approved = await act(dispatcher, c.id, 'decide-extension', 4, { approve: true });
    expect(approved.json().resolveDeadline).toBe('2020-03-31T16:00:00.000Z');
    const d = await raise();
    expect((await act(dispatcher, d.id, 'close-as', 1, { as: 'duplicate' })).statusCode).toBe(400);
    expect(
      (
        await act(dispatcher, d.id, 'close-as', 1, { as: 'duplicate', reason: '与 WT-20200306-0001 重复' })
      ).json(),
    ).toMatchObject({ state: 'closed', closedAs: 'duplicate' });
  });
});

describe('bad input and races', () => {
  it('refuses bad input with the field named and writes nothing', async () => {
    const before = await counts();
    const bad = [
      { category: '天气' },
      { title: '' },
      { priority: 'asap' },
      { source: 'rumour' },
      { enterpriseId: 999_999 },
    ];
    const statuses = [];
    for (const overrides of bad) {
      const response = await firm.request({
        method: 'POST',
        url: '/api/cases',
        payload: {
          kind: 'problem',
          title: '缺工',
          description: '缺工',
          category: '用工',
          enterpriseId,
          priority: 'normal',
          source: 'enterprise',
          ...overrides,
        },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 404]);
    const c = await raise();
    const afterRaise = await counts();
    expect(afterRaise.events).toBe(before.events + 1);
    expect(
      (await act(dispatcher, c.id, 'assign', 1, { leadDepartmentId: 999_999 })).json().errors[0].path,
    ).toBe('leadDepartmentId');
    expect(
      (
        await act(dispatcher, c.id, 'assign', 1, {
          leadDepartmentId: departmentIds['430400-rsj'],
          deadline: '2020-03-05',
        })
      ).json().errors[0].path,
    ).toBe('deadline');
    expect((await act(dispatcher, c.id, 'accept', 1)).statusCode).toBe(403); // not the lead
    expect((await act(rsj, c.id, 'accept', 1)).statusCode).toBe(404); // not assigned to their department: not visible
    expect((await act(dispatcher, c.id, 'resolve', 1, { resolution: 'x' })).statusCode).toBe(403);
    expect((await act(dispatcher, c.id, 'teleport', 1)).statusCode).toBe(404);
    expect(
      (
        await dispatcher.request({
          method: 'POST',
          url: `/api/cases/${c.id}/actions/comment`,
          payload: { text: 'x' },
        })
      ).statusCode,
    ).toBe(428);
    expect(await counts()).toEqual(afterRaise);
  });

  it('two officers acting on the same version: one wins, the other gets 412, nothing lost', async () => {
    const c = await raise();
    await act(dispatcher, c.id, 'assign', 1, { leadDepartmentId: departmentIds['430400-rsj'] });
    const [x, y] = await Promise.all([
      act(rsj, c.id, 'accept', 2),
      act(dispatcher, c.id, 'comment', 2, { text: '请尽快签收' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 412]);
    const detail = (await dispatcher.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(detail.version).toBe(3);
  });

  it('keeps other scopes out: another enterprise and another county see nothing', async () => {
    const c = await raise();
    const other = await t.createEnterprise({ regionCode: '430482', activeFrom: '2020-01-01' });
    await t.createUser('enterprise_user', { username: 'other.firm', enterpriseId: other.id });
    const otherFirm = await t.signIn('other.firm');
    expect((await otherFirm.request({ method: 'GET', url: `/api/cases/${c.id}` })).statusCode).toBe(404);
    expect((await otherFirm.request({ method: 'GET', url: '/api/cases' })).json().total).toBe(0);
    await t.createUser('county_dispatcher', { username: 'leiyang', regionCode: '430481' });
    const leiyang = await t.signIn('leiyang');
    expect((await leiyang.request({ method: 'GET', url: `/api/cases/${c.id}` })).statusCode).toBe(404);
    expect(
      (await act(leiyang, c.id, 'assign', 1, { leadDepartmentId: departmentIds['430400-rsj'] })).statusCode,
    ).toBe(404);
    const raiseElsewhere = await otherFirm.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        kind: 'problem',
        title: 'x',
        description: 'x',
        category: '用工',
        enterpriseId,
        priority: 'normal',
        source: 'enterprise',
      },
    });
    expect(raiseElsewhere.statusCode).toBe(404);
  });
});

describe('lights, escalation and statistics', () => {
  it('turns red when overdue, escalates once per level, and counts in the statistics', async () => {
    const c = await raise(firm, { priority: 'urgent', category: '物流运输' });
    await act(dispatcher, c.id, 'assign', 1, { leadDepartmentId: departmentIds['430400-gxj'] });
    await act(gxj, c.id, 'accept', 2);
    // Urgent: 3 working days from Friday 03-06 → end of Wednesday 03-11.
    t.clock.set('2020-03-12T09:00:00+08:00');
    try {
      const red = (await t.signIn('t_dispatcher')).request({ method: 'GET', url: '/api/cases?light=red' });
      expect((await red).json().items.map((i: { id: number }) => i.id)).toContain(c.id);
      const job = {
        name: 'escalation',
        lockKey: 99,
        everyMillis: 1,
        run: (tx: never) => t.services.escalation.run(tx),
      };
      const first = await runOnce(t.platform.db, job as never);
      expect(first.ran).toBe(true);
      expect(first.value).toBeGreaterThanOrEqual(1);
      expect((await runOnce(t.platform.db, job as never)).value).toBe(0);
      t.clock.set('2020-03-16T09:00:00+08:00'); // two more working days late
      expect((await runOnce(t.platform.db, job as never)).value).toBe(2);
      const fresh = await t.signIn('gxj');
      const notes = (await fresh.request({ method: 'GET', url: '/api/notifications' })).json();
      expect(notes.items.some((n: { title: string }) => n.title.includes('超期提醒'))).toBe(true);
      const outbox = await t.platform.db.execute(
        sql`select count(*)::int as n from outbox where channel = 'sms'`,
      );
      expect((outbox as unknown as { rows: { n: number }[] }).rows[0]!.n).toBeGreaterThan(0);
      const stats = (
        await (
          await t.signIn('t_dispatcher')
        ).request({ method: 'GET', url: '/api/cases/stats?by=department' })
      ).json();
      const row = stats.rows.find((r: { label: string }) => r.label === '市工信局');
      expect(row.red).toBeGreaterThanOrEqual(1);
      expect(row.received).toBeGreaterThanOrEqual(1);
      const ledger = await (
        await t.signIn('t_dispatcher')
      ).request({ method: 'GET', url: '/api/cases/export' });
      const book = XLSX.read(ledger.rawPayload, { type: 'buffer' });
      const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
      expect(rows[3]![0]).toBe('编号');
      expect(rows.some((r) => r[0] === c.number && r[10] === '红灯')).toBe(true);
    } finally {
      t.clock.set('2020-03-06T10:00:00+08:00');
    }
  });
});

describe('the escalation job across two processes', () => {
  it('run twice and by two processes at once, it notifies once per case and level', async () => {
    const c = await raise(firm, { priority: 'urgent', category: '能源要素保障' });
    await act(dispatcher, c.id, 'assign', 1, { leadDepartmentId: departmentIds['430400-gxj'] });
    t.clock.set('2020-03-13T09:00:00+08:00');
    const sibling = await t.database.sibling();
    try {
      const other = createServices(createPlatform(t.platform.config, sibling, t.clock));
      const jobFor = (run: (tx: never) => Promise<unknown>) =>
        ({ name: 'escalation', lockKey: 7_246_010, everyMillis: 1, run }) as never;
      const results = await Promise.all([
        runOnce(
          t.platform.db,
          jobFor((tx) => t.services.escalation.run(tx)),
        ),
        runOnce(
          sibling.db,
          jobFor((tx) => other.escalation.run(tx)),
        ),
      ]);
      expect(results.filter((r) => r.ran).length).toBeGreaterThanOrEqual(1);
      await runOnce(
        t.platform.db,
        jobFor((tx) => t.services.escalation.run(tx)),
      );
      const rows = await t.platform.db.execute(
        sql`select title, count(*)::int as n from notifications where case_id = ${c.id} and title like '%超期提醒%' group by user_id, title`,
      );
      const counts = (rows as unknown as { rows: { n: number }[] }).rows.map((r) => r.n);
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.every((n) => n === 1)).toBe(true);
    } finally {
      await sibling.close();
      t.clock.set('2020-03-06T10:00:00+08:00');
    }
  });
});
