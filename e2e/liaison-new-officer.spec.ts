// Journey (新联络员上岗): the 常宁市 county dispatcher adds a liaison officer to the roster (派出单位 常宁市人民政府,
// an initial password), sees the mobile masked in the list, and assigns the officer as 协助 to 常宁荣盛铜业; the
// new officer signs in on a phone with the mobile, is made to change the initial password, finds exactly that
// one subject (协助) on the 工作台, records a 电话联系 visit without photos or problems, sees it counted in this
// week's visits, as the card's 最近走访 and in 我的走访记录, while the due date still waits for 实地走访; the
// county dispatcher finds the visit under the officer's name in 走访记录.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../src/server/demo/demo-accounts';
import {
  baseUrl,
  desktopViewport,
  phoneViewport,
  pickOption,
  signIn,
  signOut,
  submitSignIn,
  useBrowser,
  waitUntilSettled,
} from './support/browser';

/** A 常宁市 enterprise of the demo that is not in the demo officer 陈志强's care (his journey stays as it is). */
const enterpriseName = '常宁荣盛铜业有限公司';
const unitName = '常宁市人民政府';
const regionName = '常宁市';
const activeFrom = '2020-03-01';
const initialPassword = 'Xinren@2020a';
const newPassword = 'Gangwei#2020b';
/** The demo officer 陈志强's mobile has the same prefix: never reuse it. */
const demoOfficerMobile = '13907346688';

function noSidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** The form item whose label reads `label` (antd renders the label and the control in one .ant-form-item). */
function formItem(scope: Locator, label: string): Locator {
  return scope.locator('.ant-form-item').filter({ has: scope.page().locator(`label[title="${label}"]`) });
}

/** Types into a list's search box (antd Input.Search: the test id is on its wrapper) and searches. */
async function search(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId).locator('input');
  await input.fill(text);
  await input.press('Enter');
}

describe('新联络员上岗 (roster → assignment → first sign-in on a phone → a visit → the county’s visit list)', () => {
  const browser = useBrowser();

  it('区县调度员新增联络员并分配为协助，联络员首次登录改密、记录电话联系，调度员在走访记录中看到', async () => {
    const now = Date.now();
    let last4 = String(now % 10_000).padStart(4, '0');
    if (`1390734${last4}` === demoOfficerMobile) last4 = String((now + 1) % 10_000).padStart(4, '0');
    const mobile = `1390734${last4}`;
    const name = `新联络员${now.toString(36).toUpperCase()}`;
    const post = '政府办副主任';
    const peopleMet = `办公室主任 周红（${last4}）`;
    let today = '';
    let todayIso = '';

    // (1) The county dispatcher adds the officer; (2) and assigns them as 协助 to the enterprise.
    await browser.withPage('liaison-new-officer-roster', desktopViewport, async (page) => {
      await signIn(page, 'county', demoPassword);
      await page.goto(`${baseUrl}/liaison/officers`);
      await page.getByTestId('page-officers').waitFor({ state: 'visible' });
      await page.getByRole('button', { name: '新增联络员' }).click();
      const form = page.getByTestId('officer-form');
      await waitUntilSettled(form);

      await form.getByLabel('姓名').fill(name);
      await form.getByLabel('手机号').fill(mobile);
      await form.getByLabel('初始密码').fill(initialPassword);
      // The hint under the password checks it against the rule as it is typed.
      await expect
        .poll(() => formItem(form, '初始密码').locator('.ant-form-item-extra').innerText())
        .toContain('密码强度符合要求');

      // 派出单位: a people's government, not a department.
      const unit = formItem(form, '派出单位');
      await unit.locator('label.ant-radio-button-wrapper', { hasText: '人民政府' }).click();
      expect(await unit.locator('.ant-radio-button-wrapper-checked').innerText()).toBe('人民政府');
      const government = unit.locator('.ant-select', { hasText: '选择市、区县（市）人民政府或园区管委会' });
      await government.click();
      await government.locator('input').fill('常宁');
      await pickOption(page.locator(`.ant-select-item-option[title="${unitName}"]`));
      await expect
        .poll(() => unit.locator('.ant-select-content').innerText(), { timeout: 5_000 })
        .toBe(unitName);

      await form.getByLabel('职务').fill(post);
      // 工作区域 starts as the dispatcher's own county.
      const region = formItem(form, '工作区域');
      expect(await region.locator('.ant-select-content').getAttribute('title')).toBe(regionName);
      // 在岗起始日期 before today (the demo's 2020-03-08).
      const from = form.getByLabel('在岗起始日期');
      await from.click();
      await from.fill(activeFrom);
      await from.press('Enter');
      expect(await from.inputValue()).toBe(activeFrom);

      await page.getByTestId('officer-save').click();
      const created = page.locator('.ant-message-notice', { hasText: `已新增联络员“${name}”` });
      try {
        await created.waitFor({ state: 'visible' });
      } catch (error) {
        const errors = await form.locator('.ant-form-item-explain-error').allInnerTexts();
        throw new Error(`新增联络员未成功：${errors.join('；')}`, { cause: error });
      }
      await form.waitFor({ state: 'hidden' });

      // In the roster, with the mobile masked.
      await search(page, 'officer-search', name);
      const officerRow = page.getByTestId('officer-list').locator('tbody tr', { hasText: name });
      await officerRow.waitFor({ state: 'visible' });
      await expect
        .poll(() => page.getByTestId('officer-list').locator('tbody tr.ant-table-row').count(), {
          timeout: 10_000,
        })
        .toBe(1);
      const rowText = await officerRow.innerText();
      expect(rowText).toContain(unitName);
      expect(rowText).toContain(post);
      expect(rowText).toContain(regionName);
      expect(rowText).toContain(`${activeFrom} 起`);
      expect(rowText).toContain('暂无');
      const shownMobile = (
        await officerRow.getByTestId('officer-mobile').locator('span').first().innerText()
      ).trim();
      expect(shownMobile).toBe(`139****${last4}`);

      // (2) 联系对象分配: the enterprise already has its primary officer, so the new one assists.
      await page.goto(`${baseUrl}/liaison/assignments`);
      await page.getByTestId('page-assignments').waitFor({ state: 'visible' });
      await search(page, 'assignment-search', '荣盛铜业');
      const subjectRow = page.getByTestId('assignment-list').locator('tbody tr', { hasText: enterpriseName });
      await subjectRow.waitFor({ state: 'visible' });
      await expect
        .poll(() => page.getByTestId('assignment-list').locator('tbody tr.ant-table-row').count(), {
          timeout: 10_000,
        })
        .toBe(1);
      expect(await subjectRow.innerText()).toContain(regionName);
      expect(
        await subjectRow.locator('[data-testid="assignment-officer-tag"][data-primary="true"]').count(),
      ).toBe(1);

      await subjectRow.getByRole('checkbox').check();
      const selection = page.getByTestId('assignment-selection');
      await selection.waitFor({ state: 'visible' });
      expect((await selection.innerText()).replace(/\s+/g, '')).toContain('已选1个企业和项目');
      await page.getByTestId('assign-open').click();

      const dialog = page.locator('.ant-modal', { hasText: '分配联络员' }).filter({ visible: true });
      await waitUntilSettled(dialog);
      expect(await dialog.getByTestId('assign-subjects').innerText()).toContain(enterpriseName);
      const officerPicker = dialog.getByTestId('assign-officer');
      await officerPicker.click();
      await officerPicker.locator('input').fill(name);
      const option = page.locator('.ant-select-item-option', { hasText: name });
      await option.waitFor({ state: 'visible' });
      expect(await option.innerText()).toContain(unitName);
      await pickOption(option);
      await expect
        .poll(() => officerPicker.locator('.ant-select-content').innerText(), { timeout: 5_000 })
        .toBe(name);
      // All chosen subjects have a primary officer: 协助 is preselected, and no 改派 is announced.
      const assist = dialog.getByRole('radio', { name: '协助联络员' });
      expect(await assist.isChecked()).toBe(true);
      expect(await dialog.locator('.ant-alert').count()).toBe(0);
      await dialog.getByRole('button', { name: /^分\s*配$/ }).click();
      await page
        .locator('.ant-message-notice', { hasText: `已为 1 个企业和项目分配协助联络员${name}` })
        .waitFor({ state: 'visible' });
      await dialog.waitFor({ state: 'hidden' });

      const tag = subjectRow.getByTestId('assignment-officer-tag').filter({ hasText: name });
      await tag.waitFor({ state: 'visible' });
      expect((await tag.innerText()).replace(/\s+/g, ' ').trim()).toBe(`协助 ${name}`);
      expect(await tag.getAttribute('data-primary')).toBe('false');
      // The primary officer stays.
      expect(
        await subjectRow.locator('[data-testid="assignment-officer-tag"][data-primary="true"]').count(),
      ).toBe(1);

      await signOut(page);
    });

    // (3) The officer on a phone: first sign-in with the mobile, the forced password change, the 工作台.
    await browser.withPage('liaison-new-officer-phone', phoneViewport, async (page) => {
      await submitSignIn(page, mobile, initialPassword);
      await page.waitForURL((url) => url.pathname === '/account/password');
      await page.getByText('为了账号安全，请先修改密码').waitFor({ state: 'visible' });
      await page.getByLabel('当前密码').fill(initialPassword);
      await page.getByLabel('新密码', { exact: true }).fill(newPassword);
      await page.getByLabel('确认新密码').fill(newPassword);
      await page.getByRole('button', { name: '确认修改' }).click();
      await page.locator('.ant-message-notice', { hasText: '密码已修改' }).waitFor({ state: 'visible' });
      await page.waitForURL((url) => url.pathname !== '/account/password');
      await page.getByTestId('header-user').waitFor({ state: 'visible' });
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);

      await page.goto(`${baseUrl}/liaison`);
      await page.getByTestId('my-subjects').waitFor({ state: 'visible' });
      // Still signed in with the new password: no way back to the password page.
      expect(new URL(page.url()).pathname).toBe('/liaison');
      const header = await page.getByTestId('liaison-home').innerText();
      expect(header).toContain(name);
      expect(header).toContain(unitName);
      const cards = page.getByTestId('my-subject');
      expect(await cards.count()).toBe(1);
      const card = cards.first();
      expect(await card.getByTestId('my-subject-name').innerText()).toBe(enterpriseName);
      expect(await card.getByText('协助', { exact: true }).count()).toBe(1);
      expect(await card.getByText('主责', { exact: true }).count()).toBe(0);
      // Only primary officers are held to the contact rule.
      expect(await card.getAttribute('data-overdue')).toBe('false');
      expect(
        Number((await page.getByTestId('liaison-figure-subjects').innerText()).replace(/[^\d]/g, '')),
      ).toBe(1);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);

      // Today as the 工作台 writes it (2020年3月8日 星期日): 3月8日 on the cards, 2020-03-08 in the tables.
      const dateText = await page.getByTestId('liaison-home-date').innerText();
      const [, year, month, day] = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(dateText)!;
      today = `${month}月${day}日`;
      todayIso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      // The contact rule counts only 实地走访 (the demo's default): a call is the card's 最近走访 and a visit of
      // this week, but it does not move the due date.
      expect(await page.getByTestId('liaison-home-rule').innerText()).toMatch(
        /^联系要求：每 \d+ 天至少实地走访 \d+ 次$/,
      );
      const dueBefore = /(?:下次最迟|应于) \d{1,2}月\d{1,2}日/.exec(await card.innerText())?.[0] ?? null;
      expect(header).toContain('本周已走访 0 次');

      // 记录走访: a call, no photos, no problems.
      await card.getByTestId('my-subject-visit').click();
      const visitForm = page.getByTestId('visit-form');
      await visitForm.waitFor({ state: 'visible' });
      const address = new URL(page.url());
      expect(address.pathname).toBe('/liaison/visits/new');
      expect(address.searchParams.get('kind')).toBe('enterprise');
      expect(await page.getByTestId('visit-subject').innerText()).toContain(enterpriseName);
      expect(await page.getByLabel('走访日期').inputValue()).toBe(todayIso);
      await page.getByTestId('visit-mode').getByText('电话联系', { exact: true }).click();
      expect(await page.getByTestId('visit-mode').locator('.ant-segmented-item-selected').innerText()).toBe(
        '电话联系',
      );
      await page.getByTestId('visit-people').fill(peopleMet);
      expect(await page.getByTestId('visit-photos').locator('.ant-upload-list-item').count()).toBe(0);
      expect(await page.getByTestId('visit-problem').count()).toBe(0);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);
      await page.getByTestId('visit-submit').click();

      const saved = page.getByTestId('visit-saved');
      await saved.waitFor({ state: 'visible' });
      const savedText = await saved.innerText();
      expect(savedText).toContain('走访记录已保存');
      expect(savedText).toContain(`${enterpriseName} · ${today}电话联系`);
      expect(await page.getByTestId('visit-saved-number').count()).toBe(0);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);

      // Back on the 工作台 (refreshed): the call is this week's first visit and the card's 最近走访.
      await page.getByTestId('visit-saved-home').click();
      await page.getByTestId('my-subjects').waitFor({ state: 'visible' });
      await expect
        .poll(() => page.getByTestId('liaison-home').innerText(), { timeout: 10_000 })
        .toContain('本周已走访 1 次');
      expect(await page.getByTestId('my-subject').count()).toBe(1);
      const after = await page.getByTestId('my-subject').first().innerText();
      expect(after).toContain(`最近走访 ${today}`);
      if (dueBefore) expect(after).toContain(dueBefore);

      // 我的走访记录: the call, today.
      await page.getByRole('link', { name: '我的走访记录' }).click();
      await page.waitForURL((url) => url.pathname === '/liaison/visits');
      const mine = page.getByTestId('visit-row');
      await mine.first().waitFor({ state: 'visible' });
      expect(await mine.count()).toBe(1);
      const mineText = await mine.first().innerText();
      expect(mineText).toContain(enterpriseName);
      expect(mineText).toContain(today);
      expect(mineText).toContain('电话联系');
      expect(mineText).toContain(`接待 ${peopleMet}`);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(376);

      await signOut(page);
    });

    // (4) The county dispatcher finds the visit, under the new officer's name.
    await browser.withPage('liaison-new-officer-visits', desktopViewport, async (page) => {
      await signIn(page, 'county', demoPassword);
      await page.goto(`${baseUrl}/liaison/visits`);
      await page.getByTestId('visit-list').waitFor({ state: 'visible' });
      const row = page.locator('[data-testid="visit-row"]', { hasText: name });
      await row.first().waitFor({ state: 'visible' });
      expect(await row.count()).toBe(1);
      const text = await row.innerText();
      expect(text).toContain(enterpriseName);
      expect(text).toContain(regionName);
      expect(text).toContain('电话联系');
      expect(text).toContain(peopleMet);
      expect(text).toContain(todayIso);
    });
  });
});
