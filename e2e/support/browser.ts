// Shared pieces of the browser journeys: one headless Debian Chromium per spec file, a fresh context per
// test, sign-in/sign-out through the UI, and a screenshot in test-results/ when a step fails.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results');

export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const desktopViewport: BrowserContextOptions = { viewport: { width: 1366, height: 860 } };
/** The common office screen the side menu must fit (its last entry above the collapse bar). */
export const wideViewport: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
export const phoneViewport: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Timeout for one UI step (a page load, a sign-in round trip) on a small, busy machine. */
export const stepTimeout = 15_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

function fileSafe(name: string): string {
  return (
    name
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'step'
  );
}

export interface BrowserSession {
  /**
   * Runs `journey` on a fresh page (own cookies) in the given viewport; on failure saves a full-page
   * screenshot to test-results/<name>.png and adds the browser's console errors to the error.
   */
  withPage(
    name: string,
    options: BrowserContextOptions,
    journey: (page: Page) => Promise<void>,
  ): Promise<void>;
}

/** Registers beforeAll/afterAll hooks that launch and close Chromium for the calling spec file. */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async withPage(name, options, journey) {
      if (!browser) throw new Error('浏览器未启动 (browser not launched)');
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
      context.setDefaultTimeout(stepTimeout);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      try {
        await journey(page);
      } catch (error) {
        mkdirSync(resultsDir, { recursive: true });
        const file = path.join(resultsDir, `${fileSafe(name)}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        if (error instanceof Error) {
          error.message += `\n  页面 (page): ${page.url()}\n  截图 (screenshot): ${path.relative(process.cwd(), file)}`;
          if (problems.length)
            error.message += `\n  浏览器报错 (browser errors):\n    ${problems.join('\n    ')}`;
        }
        throw error;
      } finally {
        await context.close();
      }
    },
  };
}

/** Opens the sign-in page and submits the form, without waiting for the outcome. */
export async function submitSignIn(page: Page, username: string, password: string): Promise<void> {
  if (!page.url().startsWith(`${baseUrl}/login`)) await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs in through the sign-in page and waits until the application shell is shown. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await submitSignIn(page, username, password);
  await page.getByTestId('header-user').waitFor({ state: 'visible' });
}

/**
 * True once the popup holding `element` (dropdown, drawer, modal, popover, select or date list) has stopped
 * moving: rc-motion has removed its -appear/-enter/-leave classes and no finite CSS animation or transition
 * runs inside it. Runs in the page.
 */
function isSettled(element: Element): boolean {
  const popup =
    element.closest(
      '.ant-dropdown, .ant-drawer, .ant-modal-wrap, .ant-select-dropdown, .ant-picker-dropdown, .ant-popover',
    ) ?? element;
  const motion = '[class*="-appear"], [class*="-enter"], [class*="-leave"]';
  if (popup.matches(motion) || popup.querySelector(motion)) return false;
  return popup
    .getAnimations({ subtree: true })
    .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
}

/**
 * Waits until `target` is visible and the popup around it has finished opening. Playwright's "stable"
 * check can pass on the frame before a motion starts; a click then lands where the target is about to
 * leave, and is lost (the menu item slides away under the pointer between mousedown and mouseup).
 */
export async function waitUntilSettled(target: Locator): Promise<void> {
  await target.waitFor({ state: 'visible' });
  await expect.poll(() => target.evaluate(isSettled), { timeout: stepTimeout }).toBe(true);
}

/** Clicks `target` once the popup it is in has finished opening (see waitUntilSettled). */
export async function clickSettled(target: Locator): Promise<void> {
  await waitUntilSettled(target);
  await target.click();
}

/** Picks an option of an open antd Select list (the list slides in and re-aligns after a search). */
export async function pickOption(option: Locator): Promise<void> {
  await clickSettled(option);
}

/** Signs out through the header's user menu and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('header-user').click();
  await clickSettled(page.getByTestId('logout'));
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-username').waitFor({ state: 'visible' });
}

/** The visible text of the side menu (desktop sider or the phone drawer). */
export async function sideMenuText(page: Page): Promise<string> {
  const menu = page.getByTestId('side-menu').filter({ visible: true }).first();
  await menu.waitFor({ state: 'visible' });
  return (await menu.innerText()).replace(/\s+/g, ' ');
}
