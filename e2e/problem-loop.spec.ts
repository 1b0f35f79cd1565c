// Journey (问题协调): the user of 常宁市隆源铜业 raises a 原材料供应 problem on a phone; the city dispatcher finds
// it in 待我处理 and assigns it to 市工信局 (the routing table's default lead, prefilled); the 市工信局 officer
// accepts and resolves it; the enterprise opens it from the notification bell; the confirm dialog opens on
// 满意 with five stars (不满意 asks for the reason at once); the enterprise confirms and sees it closed (已销号,
// the lead department's card 完成); the dispatcher's 问题台账 shows it closed too.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseStateLabels, type CaseState } from '../src/domain/cases/workflow';
import { demoPassword } from '../src/server/demo/demo-accounts';
import {
  baseUrl,
  clickSettled,
  desktopViewport,
  phoneViewport,
  signIn,
  useBrowser,
  waitUntilSettled,
} from './support/browser';

const category = '原材料供应';
const leadDepartment = '市工信局';

/** Waits until the detail page's state tag reads the given state. */
async function expectState(page: Page, state: CaseState): Promise<void> {
  const tag = page.getByTestId('case-state');
  await expect.poll(() => tag.getAttribute('data-state'), { timeout: 15_000 }).toBe(state);
  expect(await tag.innerText()).toBe(caseStateLabels[state]);
}

/** Opens the action's dialog, lets `fill` complete it, confirms and waits for the dialog to close. */
async function act(page: Page, action: string, fill: (dialog: Page) => Promise<void> = async () => {}) {
  await page.getByTestId(`case-action-${action}`).click();
  const ok = page.getByTestId('case-modal-ok');
  // The dialog zooms in: clicks inside it wait until it stands still.
  await waitUntilSettled(ok);
  await fill(page);
  await ok.click();
  try {
    await ok.waitFor({ state: 'hidden' });
  } catch (error) {
    // Say what the dialog shows (a field error, a message) rather than only that it stayed open.
    const shown = await page
      .locator('.ant-modal')
      .innerText()
      .catch(() => '');
    const notice = await page
      .locator('.ant-message')
      .innerText()
      .catch(() => '');
    throw new Error(`“${action}”对话框未关闭：${shown.replace(/\s+/g, ' ')} ${notice}`, { cause: error });
  }
}

/** Types into a list's search box (antd Input.Search: the test id is on its wrapper) and searches. */
async function search(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId).locator('input');
  await input.fill(text);
  await input.press('Enter');
}

/** Finds the case by its number in the inbox (table row or phone card) and opens it. */
async function openFromInbox(page: Page, number: string): Promise<void> {
  await search(page, 'case-search', number);
  const row = page.locator(`[data-testid="case-row"][data-number="${number}"]`);
  await row.waitFor({ state: 'visible' });
  await row.click();
  await page.getByTestId('case-number').waitFor({ state: 'visible' });
  expect(await page.getByTestId('case-number').innerText()).toBe(number);
}

function noSidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('问题协调闭环 (raise → assign → accept → resolve → confirm → closed in the ledger)', () => {
  const browser = useBrowser();

  it('企业在手机上提出问题，市调度员交办市工信局，工信局签收办结，企业满意销号，台账显示已销号', async () => {
    const stamp = Date.now().toString(36).toUpperCase();
    const title = `铜精矿供应中断 ${stamp}`;
    let number = '';

    // (1) The enterprise raises the problem at 375 px, from the home page's 我的问题 card.
    await browser.withPage('problem-raise', phoneViewport, async (page) => {
      await signIn(page, 'enterprise', demoPassword);
      const card = page.getByTestId('case-todo-card');
      await card.waitFor({ state: 'visible' });
      expect(await card.innerText()).toContain('我的问题');
      await card.click();
      await page.getByTestId('case-inbox').waitFor({ state: 'visible' });
      expect(new URL(page.url()).pathname).toBe('/cases/mine');

      await page.getByTestId('case-inbox').getByRole('link', { name: '提出问题' }).click();
      const form = page.getByTestId('case-new-form');
      await form.waitFor({ state: 'visible' });
      // The subject is fixed to the user's own enterprise.
      await expect.poll(() => page.getByTestId('case-subject').innerText()).toContain('隆源铜业');
      await page.getByTestId(`case-category-${category}`).click();
      expect(await page.getByTestId(`case-category-${category}`).getAttribute('aria-checked')).toBe('true');
      await page.getByTestId('case-title').fill(title);
      await page
        .getByTestId('case-description')
        .fill(
          '上游铜精矿供应商所在地封控，3 月 5 日起停止发货，现有库存仅够 3 天生产，请协调恢复供应或联系替代货源。',
        );
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);
      await page.getByTestId('case-submit').click();

      await page.getByTestId('case-number').waitFor({ state: 'visible' });
      number = (await page.getByTestId('case-number').innerText()).trim();
      expect(number).toMatch(/^WT-\d{8}-\d{4}$/);
      await expectState(page, 'submitted');
      expect(await page.getByTestId('case-title-text').innerText()).toBe(title);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);
    });

    // (2) The city dispatcher finds it in 待我处理 and assigns it; the lead comes prefilled from the routing table.
    await browser.withPage('problem-assign', desktopViewport, async (page) => {
      await signIn(page, 'dispatcher', demoPassword);
      await page.goto(`${baseUrl}/cases/inbox`);
      await page.getByTestId('case-inbox').waitFor({ state: 'visible' });
      await openFromInbox(page, number);
      await expectState(page, 'submitted');
      await act(page, 'assign', async () => {
        const lead = page.getByTestId('case-assign-lead');
        await expect.poll(() => lead.innerText(), { timeout: 10_000 }).toContain(leadDepartment);
      });
      await expectState(page, 'assigned');
      expect(await page.getByTestId('case-departments').innerText()).toContain(leadDepartment);
      // The acceptance light is on, with its deadline written the officials' way.
      expect((await page.getByTestId('case-accept-light').innerText()).replace(/\s+/g, ' ')).toMatch(
        /[绿黄红]灯 签收 \d+月\d+日 \d{2}:\d{2}前/,
      );
    });

    // (3) The 市工信局 officer accepts and resolves it.
    const resolution = `已协调省内两家铜精矿贸易商调剂 800 吨，3 月 9 日起分批到厂（${stamp}）`;
    await browser.withPage('problem-resolve', desktopViewport, async (page) => {
      await signIn(page, 'department', demoPassword);
      await page.goto(`${baseUrl}/cases/inbox`);
      await page.getByTestId('case-inbox').waitFor({ state: 'visible' });
      await openFromInbox(page, number);
      await expectState(page, 'assigned');
      await act(page, 'accept');
      await expectState(page, 'accepted');
      await act(page, 'resolve', async () => {
        await page.getByTestId('case-resolution').fill(resolution);
      });
      await expectState(page, 'resolved');
      expect(await page.getByTestId('case-resolution-text').innerText()).toBe(resolution);
    });

    // (4) The enterprise opens it from the notification bell and confirms 满意 with five stars.
    await browser.withPage('problem-confirm', phoneViewport, async (page) => {
      await signIn(page, 'enterprise', demoPassword);
      await page.getByTestId('notification-bell').click();
      const item = page.getByTestId('notification-item').filter({ hasText: number }).first();
      await waitUntilSettled(item);
      expect(await item.innerText()).toContain('请确认');
      await clickSettled(item);
      await page.getByTestId('case-number').waitFor({ state: 'visible' });
      expect(await page.getByTestId('case-number').innerText()).toBe(number);
      await expectState(page, 'resolved');
      await act(page, 'confirm', async () => {
        const dialog = page.getByTestId('case-action-modal');
        const checked = dialog.locator('.ant-radio-button-wrapper-checked');
        const error = dialog.locator('.ant-form-item-explain-error');
        // One choice, made for the common case: 满意 with five stars, and no error before anything is done.
        expect(await checked.innerText()).toBe('满意，同意销号');
        expect(await page.getByTestId('case-rating').locator('.ant-rate-star-full').count()).toBe(5);
        expect(await error.count()).toBe(0);
        // 不满意 asks for the reason at once, without a submit, and hides the stars.
        await page.getByTestId('case-satisfied-no').click();
        await expect.poll(() => error.allInnerTexts()).toEqual(['请说明哪里还没有解决']);
        expect(await page.getByTestId('case-rating').count()).toBe(0);
        await page.getByTestId('case-confirm-comment').fill('供应商仍未发货');
        await expect.poll(() => error.count()).toBe(0);
        // Back to 满意: the five stars again, and the comment is now optional.
        await page.getByTestId('case-satisfied-yes').click();
        await expect
          .poll(() => page.getByTestId('case-rating').locator('.ant-rate-star-full').count())
          .toBe(5);
        await page.getByTestId('case-confirm-comment').fill('');
      });
      await expectState(page, 'closed');
      // Closed in plain words, and the lead department's card says 完成 (not its deadline).
      expect(await page.getByTestId('case-closing').innerText()).toBe('提出人确认满意，已销号');
      const lead = page.getByTestId('case-departments').locator('.case-department').first();
      expect(await lead.innerText()).toContain(leadDepartment);
      expect(await lead.getByTestId('case-department-status').innerText()).toMatch(
        /^\d+月\d+日 \d{2}:\d{2} 完成$/,
      );
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);
    });

    // (5) The dispatcher's ledger shows it closed.
    await browser.withPage('problem-ledger', desktopViewport, async (page) => {
      await signIn(page, 'dispatcher', demoPassword);
      await page.goto(`${baseUrl}/cases`);
      await page.getByTestId('case-ledger').waitFor({ state: 'visible' });
      await search(page, 'case-filter-q', number);
      const row = page.locator(`[data-testid="case-row"][data-number="${number}"]`);
      await row.waitFor({ state: 'visible' });
      // Only the one case matches its number (the newest cases show first, so wait for the filter to apply).
      await expect.poll(() => page.locator('[data-testid="case-row"]').count(), { timeout: 10_000 }).toBe(1);
      expect(new URL(page.url()).searchParams.get('q')).toBe(number);
      const text = await row.innerText();
      expect(text).toContain(title);
      expect(text).toContain(caseStateLabels.closed);
      expect(text).toContain(leadDepartment);
      expect(await row.locator('.case-rating').getAttribute('data-rating')).toBe('5');
    });
  });
});
