// Journey: the city dispatcher reads the 规上工业企业 counts on the dashboard; the user of 常宁市隆源铜业 files
// today's report on a phone in two taps (the card on the home page, then 提交) with a different status; the
// dispatcher reloads the dashboard, sees the counts move by one, drills down to 常宁市 and finds the report
// with its new revision in the enterprise's history.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { healthSchema } from '../src/contracts/health';
import type { ReportStatus } from '../src/domain/resumption';
import { reportStatusLabels } from '../src/domain/resumption';
import { demoPassword } from '../src/server/demo/demo-accounts';
import { baseUrl, desktopViewport, phoneViewport, signIn, useBrowser } from './support/browser';

const enterpriseName = '常宁市隆源铜业有限公司';
const county = '常宁市';

interface Counts {
  resumed: number;
  partial: number;
  notResumed: number;
}

/** A count as the page shows it (1,049 → 1049). */
async function countOf(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).innerText();
  const value = Number(text.replace(/[^\d]/g, ''));
  expect(Number.isInteger(value), `${testId} 应为整数：${text}`).toBe(true);
  return value;
}

async function openDashboard(page: Page): Promise<Counts> {
  await page.goto(`${baseUrl}/dashboard`);
  await page.getByTestId('kpi-enterprise-rate').waitFor({ state: 'visible' });
  // Rates are shown with one decimal and a per-cent sign.
  expect(await page.getByTestId('kpi-enterprise-rate').innerText()).toMatch(/^\d{1,3}\.\d%$/);
  // The cards' 从未报送 and the panel's 当日未报 are named apart, and the panel adds up to the missing list.
  expect(await page.getByTestId('kpi-enterprise').innerText()).toContain('从未报送');
  let missing = 0;
  for (const category of ['enterprise', 'provincial_project', 'municipal_project']) {
    missing += await countOf(page, `completeness-${category}-missing`);
  }
  expect(await page.getByTestId('missing-link').innerText()).toContain(`合计 ${missing}`);
  expect(await page.getByTestId('completeness-note').innerText()).toContain(`三类合计 ${missing} 个`);
  return {
    resumed: await countOf(page, 'kpi-enterprise-resumed'),
    partial: await countOf(page, 'kpi-enterprise-partial'),
    notResumed: await countOf(page, 'kpi-enterprise-not-resumed'),
  };
}

/** The server's today in the city (the demo runs on its own clock: 2020-03-08). */
async function serverToday(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/health`);
  const { time } = healthSchema.parse(await response.json());
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(time));
}

const countKey: Partial<Record<ReportStatus, keyof Counts>> = {
  resumed: 'resumed',
  partial: 'partial',
  not_resumed: 'notResumed',
};

describe('今日填报与调度看板 (file on a phone, see it on the dashboard)', () => {
  const browser = useBrowser();

  it('企业在手机上两步报送今日日报，市调度员看到规上工业企业计数变化并下钻到该企业的修订记录', async () => {
    const today = await serverToday();

    // (a) The dispatcher reads the counts.
    let before: Counts | undefined;
    await browser.withPage('dashboard-before', desktopViewport, async (page) => {
      await signIn(page, 'dispatcher', demoPassword);
      before = await openDashboard(page);
      expect(before.resumed + before.partial).toBeGreaterThan(0);
    });

    // (b) The enterprise files today's report at 375 px: the card, then 提交.
    let previous: ReportStatus | undefined;
    let chosen: ReportStatus | undefined;
    let revision = 0;
    await browser.withPage('enterprise-files-today', phoneViewport, async (page) => {
      await signIn(page, 'enterprise', demoPassword);
      const card = page.getByTestId('today-report-card');
      await card.waitFor({ state: 'visible' });
      expect(await card.innerText()).toMatch(/今日填报/);
      expect(await card.innerText()).toMatch(/未报送|已报送 \d{2}:\d{2}/);

      await card.click();
      const form = page.getByTestId('report-form');
      await form.waitFor({ state: 'visible' });
      expect(await page.getByTestId('report-deadline').innerText()).toMatch(/\d+月\d+日 12:00 前报送/);
      // The submit button is on screen without scrolling: the second tap needs no search.
      expect(await page.getByTestId('report-submit').isVisible()).toBe(true);
      const box = await page.getByTestId('report-submit').boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(812);

      const checked = await form.locator('[role="radio"][aria-checked="true"]').getAttribute('data-testid');
      previous = checked?.replace('report-status-', '') as ReportStatus;
      expect(Object.keys(reportStatusLabels)).toContain(previous);
      chosen = previous === 'resumed' ? 'partial' : 'resumed';
      await page.getByTestId(`report-status-${chosen}`).click();
      expect(await page.getByTestId(`report-status-${chosen}`).getAttribute('aria-checked')).toBe('true');
      // Capacity to match: a partly resumed plant runs lower.
      const capacity = page.getByTestId('report-capacity');
      await capacity.fill(chosen === 'partial' ? '55' : '92');

      await page.getByTestId('report-submit').click();
      const saved = page.getByTestId('report-saved');
      await saved.waitFor({ state: 'visible' });
      expect(await saved.innerText()).toContain('已报送');
      expect(await saved.innerText()).toContain(reportStatusLabels[chosen]);
      revision = Number((await page.getByTestId('report-saved-revision').innerText()).replace(/[^\d]/g, ''));
      expect(revision).toBeGreaterThanOrEqual(1);
      // Nothing overflows sideways at phone width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
    });

    // (c) The dispatcher sees the change and drills down to it.
    await browser.withPage('dashboard-after', desktopViewport, async (page) => {
      await signIn(page, 'dispatcher', demoPassword);
      const after = await openDashboard(page);
      const expected = { ...before! };
      const from = countKey[previous!];
      const to = countKey[chosen!]!;
      if (from) expected[from] -= 1;
      expected[to] += 1;
      expect(after).toEqual(expected);

      await page.getByTestId('county-table').locator(`tr[data-region="${county}"]`).click();
      await page.getByTestId('region-breadcrumb').getByText(county).waitFor();
      const list = page.getByTestId('subject-list');
      await list.waitFor({ state: 'visible' });
      await list.getByRole('tab', { name: new RegExp(`^${reportStatusLabels[chosen!]}`) }).click();
      const row = list.locator('tr.ant-table-row', { hasText: enterpriseName });
      await row.waitFor({ state: 'visible' });
      expect(await row.innerText()).toContain(reportStatusLabels[chosen!]);

      await row.getByText(enterpriseName).click();
      const drawer = page.getByTestId('subject-history');
      const todayRow = drawer.getByTestId(`history-row-${today}`);
      await todayRow.waitFor({ state: 'visible' });
      const todayText = await todayRow.innerText();
      expect(todayText).toContain(reportStatusLabels[chosen!]);
      expect(todayText).toContain(`第 ${revision} 版`);
      const latest = drawer.getByTestId('revision-list').getByTestId(`revision-${revision}`);
      await latest.waitFor({ state: 'visible' });
      expect(await latest.innerText()).toContain('隆源铜业');
      if (revision > 1) expect(await latest.innerText()).toContain(`状态 ${reportStatusLabels[previous!]}`);
    });
  });
});
