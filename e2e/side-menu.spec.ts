// Journey: an administrator on a common office screen (1440 × 900) reaches the last entry of the side menu
// (接口令牌, below 系统管理): it scrolls into view above the collapse bar and opens its page; the bar still
// folds the menu.
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../src/server/demo/demo-accounts';
import { signIn, useBrowser, wideViewport } from './support/browser';

describe('侧边菜单 (every entry reachable at 1440 × 900)', () => {
  const browser = useBrowser();

  it('管理员在 1440×900 下点击菜单最后一项“接口令牌”，折叠栏不遮挡', async () => {
    await browser.withPage('side-menu-last-entry', wideViewport, async (page) => {
      await signIn(page, 'admin', demoPassword);
      await page.getByTestId('page-home').waitFor({ state: 'visible' });
      const menu = page.getByTestId('side-menu');
      const last = menu.locator('.ant-menu-item').last();
      expect((await last.innerText()).trim()).toBe('接口令牌');

      // The menu is taller than the screen here: the entry must scroll clear of the collapse bar.
      await last.scrollIntoViewIfNeeded();
      const entry = await last.boundingBox();
      const bar = await page.locator('.app-sider .ant-layout-sider-trigger').boundingBox();
      expect(entry && bar).toBeTruthy();
      expect(entry!.y + entry!.height).toBeLessThanOrEqual(bar!.y);

      // A real click: Playwright refuses it if another element (the bar) would receive it.
      await last.click();
      await page.waitForURL((url) => url.pathname === '/admin/api-tokens');
      await page.locator('.app-content').getByText('接口令牌', { exact: true }).first().waitFor();

      // The bar still folds the menu to icons.
      await page.locator('.app-sider .ant-layout-sider-trigger').click();
      await expect
        .poll(() => page.locator('.app-sider').getAttribute('class'))
        .toContain('ant-layout-sider-collapsed');
    });
  });
});
