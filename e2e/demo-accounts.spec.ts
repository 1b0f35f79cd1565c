// Journey: every demo account (README, API.md) signs in and sees its home page and its side menu; a role
// without user administration neither sees it in the menu nor can open it by address.
import { describe, expect, it } from 'vitest';
import { hasPermission } from '../src/domain/permissions';
import { demoAccounts, demoPassword } from '../src/server/demo/demo-accounts';
import { baseUrl, desktopViewport, sideMenuText, signIn, useBrowser } from './support/browser';

describe('演示账号 (every demo account signs in)', () => {
  const browser = useBrowser();

  it.each(demoAccounts.map((account) => [account.username, account] as const))(
    '%s 登录后看到工作台和菜单',
    async (username, account) => {
      await browser.withPage(`demo-${username}`, desktopViewport, async (page) => {
        await signIn(page, username, demoPassword);
        await page.getByTestId('page-home').waitFor({ state: 'visible' });
        expect(await page.getByTestId('header-user').innerText()).toContain(account.name);
        const menu = await sideMenuText(page);
        expect(menu).toContain('工作台');
        // The menu follows the role's permissions (src/domain/permissions.ts).
        if (hasPermission(account.role, 'users.read')) expect(menu).toContain('用户管理');
        else expect(menu).not.toContain('用户管理');
        if (hasPermission(account.role, 'audit.read')) expect(menu).toContain('审计日志');
        else expect(menu).not.toContain('审计日志');
      });
    },
  );

  it('企业用户看不到用户管理，直接打开 /admin/users 显示 403 页面', async () => {
    const enterprise = demoAccounts.find((a) => a.role === 'enterprise_user')!;
    expect(hasPermission(enterprise.role, 'users.read')).toBe(false);
    await browser.withPage('demo-enterprise-403', desktopViewport, async (page) => {
      await signIn(page, enterprise.username, demoPassword);
      expect(await sideMenuText(page)).not.toContain('用户管理');
      await page.goto(`${baseUrl}/admin/users`);
      await page.getByTestId('page-403').waitFor({ state: 'visible' });
      expect(await page.getByTestId('page-403').innerText()).toMatch(/权限|403/);
      // An unknown address shows the 404 page inside the shell.
      await page.goto(`${baseUrl}/no-such-page`);
      await page.getByTestId('page-404').waitFor({ state: 'visible' });
    });
  });
});
