import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartParts, type MultipartPart } from '../../testing/multipart';
import { buildTestApp, type TestApp, type TestClient } from '../../testing/test-app';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const password = 'Liaison@2020x';
let t: TestApp;
let county: TestClient;
let officer: TestClient;
let otherOfficer: TestClient;
let firm: number;
let unassigned: number;
let jpeg: Buffer;
let png: Buffer;

async function count(table: string): Promise<number> {
  const result = (await t.platform.db.execute(
    sql.raw(`select count(*)::int as n from ${table}`),
  )) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
}

async function storedFiles(): Promise<number> {
  const dir = path.join(t.platform.config.dataDir, 'photos');
  try {
    let n = 0;
    for (const month of await readdir(dir)) n += (await readdir(path.join(dir, month))).length;
    return n;
  } catch {
    return 0;
  }
}

const visitBody = (overrides: Record<string, unknown> = {}) => ({
  subjectKind: 'enterprise',
  subjectId: firm,
  visitDate: '2020-03-08',
  mode: 'on_site',
  peopleMet: '生产副总 王建军、安全员 李娟',
  prevention: {
    supplies: true,
    temperatureChecks: true,
    disinfection: true,
    staffHealth: true,
    emergencyPlan: false,
  },
  observations: '企业已复工，在岗 256 人，口罩储备可用 7 天，应急预案尚未修订。',
  ...overrides,
});

function post(client: TestClient, visit: unknown, photos: { fileName: string; content: Buffer }[] = []) {
  const parts: MultipartPart[] = [
    { name: 'visit', value: typeof visit === 'string' ? visit : JSON.stringify(visit) },
    ...photos.map((p) => ({
      name: 'photos',
      fileName: p.fileName,
      content: p.content,
      contentType: 'image/jpeg',
    })),
  ];
  return client.request({ method: 'POST', url: '/api/liaison/visits', ...multipartParts(parts) });
}

async function makeOfficer(mobile: string, name: string) {
  const created = await county.request({
    method: 'POST',
    url: '/api/liaison/officers',
    payload: {
      name,
      mobile,
      unitRegionCode: '430482',
      post: '驻企干部',
      regionCode: '430482',
      activeFrom: '2020-02-01',
      password,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as number;
}

beforeAll(async () => {
  t = await buildTestApp();
  county = await t.signInAs('county_dispatcher');
  firm = (await t.createEnterprise({ name: '常宁走访测试铜业有限公司', activeFrom: '2020-01-01' })).id;
  unassigned = (await t.createEnterprise({ name: '常宁未分配走访有限公司', activeFrom: '2020-01-01' })).id;
  const id = await makeOfficer('13907341001', '赵刚');
  const other = await makeOfficer('13907341002', '钱敏');
  const assigned = await county.request({
    method: 'POST',
    url: '/api/liaison/assignments',
    payload: { officerId: id, subjects: [{ kind: 'enterprise', id: firm }], isPrimary: true },
  });
  expect(assigned.statusCode, assigned.body).toBe(201);
  await county.request({
    method: 'POST',
    url: '/api/liaison/assignments',
    payload: { officerId: other, subjects: [{ kind: 'enterprise', id: unassigned }], isPrimary: true },
  });
  officer = await t.signIn('13907341001', password);
  otherOfficer = await t.signIn('13907341002', password);
  jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2e7d32' } })
    .jpeg()
    .toBuffer();
  png = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#1565c0' } })
    .png()
    .toBuffer();
});
afterAll(async () => {
  await t.close();
});

describe('a visit with photos and problems raised on the spot', () => {
  it('is saved with its photos and thumbnails, and each problem becomes a case in the dispatcher’s inbox', async () => {
    const response = await post(
      officer,
      visitBody({
        problems: [
          {
            title: '铜精矿运输车辆无法通行',
            description: '省界检查站要求司机隔离 14 天，原料仅够 5 天。',
            category: '物流运输',
            priority: 'urgent',
          },
        ],
      }),
      [
        { fileName: '车间.jpg', content: jpeg },
        { fileName: '消毒记录.png', content: png },
      ],
    );
    expect(response.statusCode, response.body).toBe(201);
    const visit = response.json();
    expect(visit).toMatchObject({
      officerName: '赵刚',
      subjectName: '常宁走访测试铜业有限公司',
      photoCount: 2,
      problemCount: 1,
    });
    expect(visit.photos.map((p: { contentType: string; width: number }) => [p.contentType, p.width])).toEqual(
      [
        ['image/jpeg', 800],
        ['image/png', 300],
      ],
    );
    const thumb = await officer.request({ method: 'GET', url: visit.photos[0].thumbUrl });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(320);
    const full = await county.request({ method: 'GET', url: visit.photos[1].url });
    expect(full.rawPayload.equals(png)).toBe(true);

    const problem = visit.problems[0];
    expect(problem).toMatchObject({ title: '铜精矿运输车辆无法通行', state: 'submitted' });
    const inbox = await county.request({ method: 'GET', url: '/api/cases?box=todo&pageSize=50' });
    const found = inbox.json().items.find((c: { id: number }) => c.id === problem.caseId);
    expect(found).toMatchObject({
      source: 'liaison_visit',
      subjectName: '常宁走访测试铜业有限公司',
      priority: 'urgent',
    });
    const mine = await officer.request({ method: 'GET', url: '/api/liaison/me' });
    expect(mine.json().openProblems.map((c: { id: number }) => c.id)).toContain(problem.caseId);
    expect(mine.json().subjects[0]).toMatchObject({
      lastVisitDate: '2020-03-08',
      isOverdue: false,
      openProblems: 1,
    });
  });

  it('accepts HEIC as phones send it, with a JPEG rendition and thumbnail for browsers', async () => {
    const heic = await readFile(path.join(fixtures, 'sample.heic'));
    const response = await post(officer, visitBody(), [{ fileName: 'IMG_0001.HEIC', content: heic }]);
    expect(response.statusCode, response.body).toBe(201);
    const photo = response.json().photos[0];
    expect(photo).toMatchObject({ contentType: 'image/heic', width: 640, height: 480 });
    const shown = await officer.request({ method: 'GET', url: photo.url });
    expect(shown.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(shown.rawPayload).metadata()).format).toBe('jpeg');
    const original = await officer.request({ method: 'GET', url: `${photo.url}?original=1` });
    expect(original.rawPayload.equals(heic)).toBe(true);
  });
});

describe('bad visits are refused with the field named and nothing written', () => {
  async function refused(response: Awaited<ReturnType<typeof post>>, status: number, pathName: string) {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().errors?.[0]?.path).toBe(pathName);
    expect(response.json().detail).toMatch(/[\u4e00-\u9fa5]/);
  }

  it('refuses a future date, an unassigned subject, a missing field, bad JSON and photos that are not images', async () => {
    const visits = await count('liaison_visits');
    const cases = await count('cases');
    const files = await storedFiles();
    const problem = { title: '不应写入', description: '不应写入', category: '用工', priority: 'normal' };
    await refused(
      await post(officer, visitBody({ visitDate: '2020-03-09', problems: [problem] })),
      400,
      'visitDate',
    );
    await refused(await post(officer, visitBody({ subjectId: unassigned })), 404, 'subjectId');
    await refused(await post(otherOfficer, visitBody({ problems: [problem] })), 404, 'subjectId');
    const { peopleMet: _omit, ...noPeople } = visitBody();
    await refused(await post(officer, noPeople), 400, 'peopleMet');
    const badCategory = await post(officer, visitBody({ problems: [{ ...problem, category: '天气' }] }));
    await refused(badCategory, 400, 'problems[0].category');
    expect(badCategory.json().detail).toMatch(/^第 1 个问题的类别：/);
    await refused(await post(officer, '{"subjectKind":'), 400, 'visit');
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n');
    await refused(
      await post(officer, visitBody({ problems: [problem] }), [
        { fileName: '好照片.jpg', content: jpeg },
        { fileName: '伪装.jpg', content: pdf },
      ]),
      415,
      'photos[1]',
    );
    await refused(
      await post(officer, visitBody(), [{ fileName: '空.jpg', content: Buffer.alloc(0) }]),
      422,
      'photos[0]',
    );
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    await refused(
      await post(officer, visitBody(), [{ fileName: '坏图.jpg', content: broken }]),
      422,
      'photos[0]',
    );
    const huge = Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024)]);
    await refused(
      await post(officer, visitBody(), [{ fileName: '超大.jpg', content: huge }]),
      413,
      'photos[0]',
    );
    const ten = Array.from({ length: 10 }, (_, i) => ({ fileName: `${i}.jpg`, content: jpeg }));
    await refused(await post(officer, visitBody(), ten), 400, 'photos');
    expect(await count('liaison_visits')).toBe(visits);
    expect(await count('cases')).toBe(cases);
    expect(await storedFiles()).toBe(files);
    // Nothing is left behind in the temporary folder either.
    const tmp = await readdir(path.join(t.platform.config.dataDir, 'tmp')).catch(() => []);
    expect(tmp.filter((f) => f.endsWith('.photo'))).toEqual([]);
  });

  it('refuses roles that do not visit', async () => {
    const response = await post(county, visitBody());
    expect(response.statusCode).toBe(403);
  });
});

describe('who sees visits and photos', () => {
  it('shows an officer their own visits, the county its region’s, and another county nothing', async () => {
    const own = await officer.request({ method: 'GET', url: '/api/liaison/visits' });
    expect(own.json().total).toBeGreaterThanOrEqual(2);
    const otherOwn = await otherOfficer.request({ method: 'GET', url: '/api/liaison/visits' });
    expect(otherOwn.json().total).toBe(0);
    const id = own.json().items[0].id as number;
    expect((await otherOfficer.request({ method: 'GET', url: `/api/liaison/visits/${id}` })).statusCode).toBe(
      404,
    );
    const leiyang = await t.signInAs('county_dispatcher', { username: 'leiyang', regionCode: '430481' });
    expect((await leiyang.request({ method: 'GET', url: '/api/liaison/visits' })).json().total).toBe(0);
    expect((await leiyang.request({ method: 'GET', url: `/api/liaison/visits/${id}` })).statusCode).toBe(404);
    const detail = await county.request({ method: 'GET', url: `/api/liaison/visits/${id}` });
    expect(detail.statusCode).toBe(200);
    const photoId = (detail.json().photos[0] ?? { id: 0 }).id as number;
    if (photoId) {
      expect(
        (await leiyang.request({ method: 'GET', url: `/api/liaison/photos/${photoId}` })).statusCode,
      ).toBe(404);
      expect(
        (await otherOfficer.request({ method: 'GET', url: `/api/liaison/photos/${photoId}/thumb` }))
          .statusCode,
      ).toBe(404);
    }
    const XLSX = await import('xlsx');
    const exported = await county.request({ method: 'GET', url: '/api/liaison/visits/export' });
    const sheet = XLSX.utils.sheet_to_json<string[]>(XLSX.read(exported.rawPayload).Sheets['走访记录']!, {
      header: 1,
    });
    expect(sheet[2]).toContain('走访日期');
    expect(sheet.slice(3).every((row) => row[1] === '赵刚')).toBe(true);
    expect(sheet.length - 3).toBe(own.json().total);
  });
});
