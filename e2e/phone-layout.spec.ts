// Journey: a county dispatcher on a phone (375 px): nothing overflows sideways, the menu opens in a drawer,
// and signing out works.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoAccounts, demoPassword } from '../src/server/demo/demo-accounts';
import { baseUrl, clickSettled, phoneViewport, signIn, signOut, useBrowser } from './support/browser';

const county = demoAccounts.find((a) => a.username === 'county')!;

function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

describe('手机宽度 (375 px phone layout)', () => {
  const browser = useBrowser();

  it('县级调度员在手机上登录、打开菜单、退出', async () => {
    await browser.withPage('phone-county', phoneViewport, async (page) => {
      await page.goto(`${baseUrl}/login`);
      await page.getByTestId('login-username').waitFor();
      expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(375 + 1);

      await signIn(page, county.username, demoPassword);
      await page.getByTestId('page-home').waitFor({ state: 'visible' });
      const width = await horizontalOverflow(page);
      expect(width.innerWidth).toBe(375);
      expect(width.scrollWidth).toBeLessThanOrEqual(375 + 1);
      expect(width.bodyScrollWidth).toBeLessThanOrEqual(375 + 1);

      // No fixed side menu on a phone: a header button opens it in a drawer.
      expect(await page.getByTestId('side-menu').filter({ visible: true }).count()).toBe(0);
      await page.getByRole('button', { name: '打开菜单' }).click();
      const drawer = page.locator('.ant-drawer-open');
      await drawer.getByTestId('side-menu').waitFor({ state: 'visible' });
      expect(await drawer.getByTestId('side-menu').innerText()).toContain('工作台');
      expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(375 + 1);
      // Choosing an entry navigates and closes the drawer (once it has slid in: a click while it moves is lost).
      await clickSettled(drawer.getByTestId('side-menu').getByText('工作台'));
      await expect
        .poll(() => page.getByTestId('side-menu').filter({ visible: true }).count(), { timeout: 5_000 })
        .toBe(0);

      await signOut(page);
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });

  it('市调度员在 390 px 手机上查看看板：清单标题完整显示在类别切换上方', async () => {
    await browser.withPage(
      'phone-dashboard',
      { ...phoneViewport, viewport: { width: 390, height: 844 } },
      async (page) => {
        await signIn(page, 'dispatcher', demoPassword);
        await page.goto(`${baseUrl}/dashboard`);
        const list = page.getByTestId('subject-list');
        await list.waitFor({ state: 'visible' });
        const title = list.locator('.ant-card-head-title').first();
        await expect.poll(() => title.innerText()).toMatch(/·.*清单$/);
        // Not cut to a character by the switch beside it: the whole title fits, and the switch sits below it.
        expect(await title.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
        const titleBox = await title.boundingBox();
        const switchBox = await list.locator('.ant-card-extra .ant-segmented').boundingBox();
        expect(titleBox && switchBox).toBeTruthy();
        expect(switchBox!.y).toBeGreaterThanOrEqual(titleBox!.y + titleBox!.height);
        expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(390 + 1);
      },
    );
  });
});
