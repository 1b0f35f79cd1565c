// Journey (常态化联络): the demo liaison officer 陈志强 (常宁市) opens his 工作台 on a phone, sees the subjects in
// his care with an overdue one marked, taps 记录走访 on 常宁市隆源铜业, records an on-site visit with a photo
// and one 物流运输 problem, sees it saved with the problem's number, finds the visit on the 工作台 and in his
// visit records with the photo and the prevention checks; then the 常宁市 county dispatcher finds the problem
// in the inbox.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { preventionItems } from '../src/domain/liaison';
import { demoPassword } from '../src/server/demo/demo-accounts';
import { baseUrl, phoneViewport, pickOption, signIn, signOut, useBrowser } from './support/browser';

const enterpriseName = '常宁市隆源铜业有限公司';
const category = '物流运输';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG (RGB, 8 bits) of `size` × `size` pixels in two colours, small enough to build here. */
function pngBytes(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then pixels
    for (let x = 0; x < size; x++) {
      const isCopper = (x + y) % 8 < 4;
      row.set(isCopper ? [184, 115, 51] : [26, 86, 196], 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function noSidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** A figure on the 工作台 (“3家” → 3). */
async function figure(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.liaison-figure-value').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

describe('联络员走访 (工作台 → 记录走访 with a photo and a problem → the county dispatcher’s inbox)', () => {
  const browser = useBrowser();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kuaijin-visit-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('联络员在手机上查看联系对象、记录实地走访（照片、现场提出物流问题），区县调度员在待办中看到该问题', async () => {
    const photo = path.join(tmp, '现场照片.png');
    writeFileSync(photo, pngBytes(64));
    const title = `成品铜外运车辆无法通行 ${Date.now()}`;
    let number = '';

    await browser.withPage('liaison-visit', phoneViewport, async (page) => {
      // (1) The 工作台: today, the rule, three figures and the subjects, overdue ones first and marked.
      await signIn(page, 'liaison', demoPassword);
      await page.goto(`${baseUrl}/liaison`);
      await page.getByTestId('my-subjects').waitFor({ state: 'visible' });
      expect(await page.getByTestId('liaison-home-date').innerText()).toMatch(
        /^\d{4}年\d{1,2}月\d{1,2}日 星期./,
      );
      expect(await page.getByTestId('liaison-home-rule').innerText()).toMatch(/每 \d+ 天至少.+ \d+ 次/);
      const cards = page.getByTestId('my-subject');
      const subjects = await cards.count();
      expect(subjects).toBeGreaterThanOrEqual(5);
      expect(subjects).toBeLessThanOrEqual(7);
      expect(await figure(page, 'liaison-figure-subjects')).toBe(subjects);
      const overdue = page.locator('[data-testid="my-subject"][data-overdue="true"]');
      expect(await overdue.count()).toBeGreaterThanOrEqual(1);
      expect(await figure(page, 'liaison-figure-overdue')).toBe(await overdue.count());
      expect(await cards.first().getAttribute('data-overdue')).toBe('true');
      expect(await overdue.first().getByTestId('my-subject-overdue').innerText()).toMatch(/^逾期 \d+ 天$/);
      const missing = await page
        .locator('[data-testid="my-subject-report"]', { hasText: '今日未报' })
        .count();
      expect(await figure(page, 'liaison-figure-missing')).toBe(missing);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);

      const dateText = await page.getByTestId('liaison-home-date').innerText();
      const today = /(\d{1,2}月\d{1,2}日)/.exec(dateText)![1]!;

      // (2) 记录走访 on 隆源铜业: the form opens with it chosen.
      const card = cards.filter({ hasText: enterpriseName });
      expect(await card.count()).toBe(1);
      await card.getByTestId('my-subject-visit').click();
      const form = page.getByTestId('visit-form');
      await form.waitFor({ state: 'visible' });
      const address = new URL(page.url());
      expect(address.pathname).toBe('/liaison/visits/new');
      expect(address.searchParams.get('kind')).toBe('enterprise');
      expect(Number(address.searchParams.get('id'))).toBeGreaterThan(0);
      expect(await page.getByTestId('visit-subject').innerText()).toContain(enterpriseName);

      // (3) 实地走访, who received us, the five checks (none ticked at first: the officer ticks the four
      // seen in place and leaves 应急预案 off), observations.
      await page.getByTestId('visit-mode').getByText('实地走访', { exact: true }).click();
      expect(await page.getByTestId('visit-mode').locator('.ant-segmented-item-selected').innerText()).toBe(
        '实地走访',
      );
      await page.getByTestId('visit-people').fill('办公室主任 李明、安全员 王强');
      const switches = page.getByTestId('visit-prevention').getByRole('switch');
      expect(await switches.count()).toBe(5);
      const ticked = page.locator('[data-testid="visit-prevention"] [role="switch"][aria-checked="true"]');
      expect(await ticked.count()).toBe(0);
      const seen = preventionItems.filter((item) => item !== 'emergencyPlan');
      for (const item of seen) {
        await page.getByTestId(`visit-prevention-${item}`).click();
        expect(await page.getByTestId(`visit-prevention-${item}`).getAttribute('aria-checked')).toBe('true');
      }
      expect(await ticked.count()).toBe(4);
      expect(await page.getByTestId('visit-prevention-emergencyPlan').getAttribute('aria-checked')).toBe(
        'false',
      );
      await page
        .getByTestId('visit-observations')
        .fill('两条电解铜生产线已恢复，到岗 182 人；测温登记、消毒记录齐全，应急预案尚未修订。');

      // (4) One photo, kept in the form with a thumbnail until the record is saved.
      await page.getByTestId('visit-photos').locator('input[type="file"]').setInputFiles(photo);
      const listed = page.getByTestId('visit-photos').locator('.ant-upload-list-item');
      await listed.first().waitFor({ state: 'visible' });
      expect(await listed.count()).toBe(1);
      expect(await form.innerText()).toContain('已选 1 / 9 张');

      // (5) One problem raised on the spot.
      await page.getByTestId('visit-problem-add').click();
      const problem = page.getByTestId('visit-problem');
      await problem.waitFor({ state: 'visible' });
      expect(await problem.count()).toBe(1);
      await problem.getByTestId('visit-problem-title').fill(title);
      await problem.getByTestId('visit-problem-category').click();
      await pickOption(page.locator(`.ant-select-item-option[title="${category}"]`));
      expect(await problem.getByTestId('visit-problem-category').innerText()).toContain(category);
      await problem
        .getByTestId('visit-problem-description')
        .fill('省际卡口要求司机持 7 日内核酸证明，3 月 6 日起 4 车成品铜滞留厂区，请协调办理通行证。');
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);

      // (6) Saved: the problem's number, linking to the case.
      await page.getByTestId('visit-submit').click();
      const saved = page.getByTestId('visit-saved');
      await saved.waitFor({ state: 'visible' });
      expect(await saved.innerText()).toContain('走访记录已保存');
      expect(await saved.innerText()).toContain(enterpriseName);
      const numbers = page.getByTestId('visit-saved-number');
      expect(await numbers.count()).toBe(1);
      number = (await numbers.first().innerText()).trim();
      expect(number).toMatch(/^WT-\d{8}-\d{4}$/);
      expect(await page.getByTestId('visit-saved-problem').first().getAttribute('href')).toMatch(
        /^\/cases\/\d+$/,
      );
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);

      // (7) Back on the 工作台 the subject shows today's visit (the home query was refreshed).
      await page.getByTestId('visit-saved-home').click();
      await page.getByTestId('my-subjects').waitFor({ state: 'visible' });
      await expect
        .poll(() => page.getByTestId('my-subject').filter({ hasText: enterpriseName }).innerText(), {
          timeout: 10_000,
        })
        .toContain(`最近走访 ${today}`);

      // (8) The visit in 我的走访记录, and its detail: four checks ✓, one ✗, the photo, the problem.
      await page.goto(`${baseUrl}/liaison/visits`);
      const row = page.getByTestId('visit-row').filter({ hasText: enterpriseName }).first();
      await row.waitFor({ state: 'visible' });
      expect(await row.innerText()).toContain('提出问题 1 个');
      await row.click();
      await page.getByTestId('visit-detail').waitFor({ state: 'visible' });
      expect(await page.getByTestId('visit-detail-subject').innerText()).toBe(enterpriseName);
      const checks = page.getByTestId('visit-detail-prevention');
      expect(await checks.locator('[data-done="true"]').count()).toBe(4);
      expect(await checks.locator('[data-done="false"]').getAttribute('data-item')).toBe('emergencyPlan');
      const thumb = page.getByTestId('visit-detail-photos').locator('img').first();
      await thumb.waitFor({ state: 'visible' });
      await expect
        .poll(() => thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 10_000 })
        .toBeGreaterThan(0);
      const raised = page.getByTestId('visit-detail-problem');
      expect(await raised.count()).toBe(1);
      expect(await raised.innerText()).toContain(number);
      expect(await raised.innerText()).toContain(title);

      // (9) The 常宁市 county dispatcher finds the problem in the inbox.
      await signOut(page);
      await signIn(page, 'county', demoPassword);
      await page.goto(`${baseUrl}/cases/inbox`);
      await page.getByTestId('case-inbox').waitFor({ state: 'visible' });
      const search = page.getByTestId('case-search').locator('input');
      await search.fill(title);
      await search.press('Enter');
      const found = page.locator(`[data-testid="case-row"][data-number="${number}"]`);
      await found.waitFor({ state: 'visible' });
      await expect.poll(() => page.getByTestId('case-row').count(), { timeout: 10_000 }).toBe(1);
      expect(await found.innerText()).toContain(title);
      expect(await found.innerText()).toContain(enterpriseName);
    });
  });
});
