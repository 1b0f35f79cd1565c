// Journey: an administrator signs in on the Chinese sign-in page, sees the shell, and signs out again;
// a wrong password keeps them on the sign-in page with a Chinese error.
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from '../src/server/demo/demo-accounts';
import {
  baseUrl,
  desktopViewport,
  sideMenuText,
  signIn,
  signOut,
  submitSignIn,
  useBrowser,
} from './support/browser';

const admin = demoAccounts.find((a) => a.username === 'admin')!;

describe('登录与退出 (sign in, see the shell, sign out)', () => {
  const browser = useBrowser();

  it('管理员登录后看到外壳，退出后回到登录页', async () => {
    await browser.withPage('sign-in-admin', desktopViewport, async (page) => {
      await page.goto(`${baseUrl}/`);
      // Not signed in: the app sends the visitor to the Chinese sign-in page.
      await page.waitForURL((url) => url.pathname === '/login');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(/^zh/);
      await expect.poll(() => page.getByTestId('login-submit').innerText()).toMatch(/登\s*录/);
      expect(await page.getByText('用户名').first().isVisible()).toBe(true);

      await signIn(page, admin.username, demoPassword);
      await page.getByTestId('page-home').waitFor();
      expect(await page.getByTestId('header-user').innerText()).toContain(admin.name);
      const menu = await sideMenuText(page);
      expect(menu).toContain('用户管理');
      expect(menu).toContain('审计日志');

      await signOut(page);
      expect(new URL(page.url()).pathname).toBe('/login');
      // The session is gone: the shell is not reachable any more.
      await page.goto(`${baseUrl}/admin/users`);
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByTestId('login-username').waitFor();
    });
  });

  it('密码错误时显示中文提示并停留在登录页', async () => {
    await browser.withPage('sign-in-wrong-password', desktopViewport, async (page) => {
      await page.goto(`${baseUrl}/login`);
      await submitSignIn(page, admin.username, 'Wrong@2020x');
      const error = page.getByTestId('login-error');
      await error.waitFor({ state: 'visible' });
      const text = await error.innerText();
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(text).toMatch(/密码|不正确|错误/);
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.getByTestId('header-user').count()).toBe(0);
      await page.getByTestId('login-username').waitFor({ state: 'visible' });
    });
  });
});
