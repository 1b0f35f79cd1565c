// Journey: a city dispatcher downloads the enterprise import template, fills in three enterprises of which two
// are wrong, reads the row errors (and downloads them), fixes the file, imports it and finds the new
// enterprise in the list.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { completeCreditCode, creditCodeAlphabet } from '../src/domain/credit-code';
import { demoPassword } from '../src/server/demo/demo-accounts';
import { desktopViewport, sideMenuText, signIn, useBrowser, waitUntilSettled } from './support/browser';

const expectedHeader = [
  '统一社会信用代码',
  '企业名称',
  '所属区县',
  '行业代码',
  '从业人员数',
  '年产值(万元)',
  '地址',
  '联系人',
  '联系电话',
  '连续生产型',
  '纳入统计日期',
];

/** Runs `action` and returns the download it starts. */
async function downloadOf(page: Page, action: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return download;
}

async function readWorkbook(download: Download): Promise<unknown[][]> {
  const file = await download.path();
  const workbook = XLSX.read(await readFile(file), { type: 'buffer' });
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '' });
}

function workbookBuffer(rows: unknown[][]): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '企业名录');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** A valid code in 常宁市 (430482) whose body the demo generator (seeded random bodies) will not produce. */
function uniqueCreditCode(stamp: string, suffix: string): string {
  return completeCreditCode(`91430482K${stamp}${suffix}`);
}

/** The same code with a different, wrong check character. */
function withWrongCheckCharacter(code: string): string {
  const last = code.at(-1)!;
  const other = creditCodeAlphabet[(creditCodeAlphabet.indexOf(last) + 7) % creditCodeAlphabet.length]!;
  return code.slice(0, 17) + other;
}

describe('企业名录 Excel 导入 (template, row errors, fix, import, find)', () => {
  const browser = useBrowser();

  it('市调度员下载模板、导入有错的文件、看错误、修正后导入并在名录中找到新企业', async () => {
    await browser.withPage('registry-import', desktopViewport, async (page) => {
      const stamp = String(Date.now()).slice(-6);
      const good = {
        code: uniqueCreditCode(stamp, 'A'),
        name: `快进导入测试铜材有限公司${stamp}`,
      };
      const secondCode = uniqueCreditCode(stamp, 'B');
      const thirdCode = uniqueCreditCode(stamp, 'C');
      const row = (code: string, name: string, county: string) => [
        code,
        name,
        county,
        'C3251',
        '120',
        '3456.78',
        '常宁市宜潭乡工业园 8 号',
        '测试联系人',
        '13800138000',
        '否',
      ];

      await signIn(page, 'dispatcher', demoPassword);
      await page.getByTestId('side-menu').getByText('企业名录').click();
      await page.waitForURL((url) => url.pathname === '/registry/enterprises');
      await page.getByTestId('enterprise-list').locator('tbody tr.ant-table-row').first().waitFor();

      // The template arrives as a real .xlsx whose third row is the header.
      const template = await downloadOf(page, () => page.getByTestId('template-download').click());
      expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
      const templateRows = await readWorkbook(template);
      expect(templateRows[2]).toEqual(expectedHeader);

      // Three enterprises below the template's own title and header rows (sheet rows 4, 5 and 6):
      // row 5 has a wrong check character, row 6 a county that does not exist.
      const preamble = templateRows.slice(0, 3);
      const firstTry = workbookBuffer([
        ...preamble,
        row(good.code, good.name, '常宁市'),
        row(withWrongCheckCharacter(secondCode), `快进导入测试电子有限公司${stamp}`, '常宁市'),
        row(thirdCode, `快进导入测试材料有限公司${stamp}`, '火星区'),
      ]);

      await page.getByTestId('import-button').click();
      await page.getByTestId('import-dialog').waitFor();
      await page.getByTestId('import-file-input').setInputFiles({
        name: '企业导入-第一次.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: firstTry,
      });

      const errorsTable = page.getByTestId('import-errors-table');
      await errorsTable.waitFor();
      const errorRows = errorsTable.locator('tbody tr.ant-table-row');
      await expect.poll(() => errorRows.count()).toBe(2);
      const rowNumbers = await errorRows.evaluateAll((rows) =>
        rows.map((r) => r.querySelector('td')?.textContent?.trim()),
      );
      expect(rowNumbers).toEqual(['5', '6']);
      const tableText = await errorsTable.innerText();
      expect(tableText).toContain('第 18 位校验码不正确');
      expect(tableText).toContain('火星区');
      expect(tableText).toMatch(/未知的区县/);
      expect(await page.getByTestId('import-validate-result').innerText()).toContain('未写入任何数据');

      // The error list downloads as a workbook with the same rows.
      const errorList = await downloadOf(page, () => page.getByTestId('import-errors-download').click());
      expect(errorList.suggestedFilename()).toMatch(/错误清单\.xlsx$/);
      const errorListRows = await readWorkbook(errorList);
      const headerAt = errorListRows.findIndex((r) => r[0] === '行号');
      expect(errorListRows[headerAt]).toEqual(['行号', '列', '内容', '问题']);
      expect(errorListRows.slice(headerAt + 1).map((r) => String(r[0]))).toEqual(['5', '6']);

      // Fixed: all three are valid new enterprises now.
      const secondTry = workbookBuffer([
        ...preamble,
        row(good.code, good.name, '常宁市'),
        row(secondCode, `快进导入测试电子有限公司${stamp}`, '常宁市'),
        row(thirdCode, `快进导入测试材料有限公司${stamp}`, '430482'),
      ]);
      await page.getByTestId('import-file-input').setInputFiles({
        name: '企业导入-修正后.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: secondTry,
      });
      const result = page.getByTestId('import-validate-result');
      await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('校验通过');
      expect(await result.innerText()).toContain('共 3 行：新增 3，更新 0，未变 0');

      await page.getByTestId('import-commit').click();
      const done = page.getByTestId('import-done');
      await done.waitFor();
      expect(await done.innerText()).toContain('新增 3');
      await page.getByRole('button', { name: '完成' }).click();
      await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

      // The new enterprise is in the list.
      const search = page.getByTestId('enterprise-search');
      await search.fill(good.name);
      await search.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === good.name);
      const list = page.getByTestId('enterprise-list');
      await expect.poll(() => list.locator('tbody tr.ant-table-row').count()).toBe(1);
      const listed = await list.innerText();
      expect(listed).toContain(good.name);
      expect(listed).toContain(good.code);
      expect(listed).toContain('常宁市');
      expect(listed).toContain('3,456.78');

      // And its detail page shows what the file said.
      await list.getByRole('link', { name: good.name }).click();
      await page.getByTestId('page-enterprise-detail').waitFor();
      expect(await page.getByTestId('enterprise-name').innerText()).toBe(good.name);
      expect(await page.getByTestId('page-enterprise-detail').innerText()).toContain('C3251');
    });
  });

  it('企业填报员从“本企业信息”更新从业人员，其他信息保持不变', async () => {
    await browser.withPage('registry-enterprise-user', desktopViewport, async (page) => {
      await signIn(page, 'enterprise', demoPassword);
      const menu = await sideMenuText(page);
      expect(menu).toContain('本企业信息');
      expect(menu).not.toContain('企业名录');
      await page.getByTestId('side-menu').getByText('本企业信息').click();
      const detail = page.getByTestId('page-enterprise-detail');
      await detail.waitFor();
      expect(await page.getByTestId('enterprise-name').innerText()).toContain('隆源铜业');
      const before = await detail.innerText();

      await page.getByTestId('enterprise-edit').click();
      // The form slides in as a drawer: its save button is clicked only once it stands still.
      await waitUntilSettled(page.getByTestId('enterprise-save'));
      // Identity fields are shown but locked for the enterprise's own user.
      expect(await page.locator('#creditCode').isDisabled()).toBe(true);
      expect(await page.locator('#name').isDisabled()).toBe(true);
      const address = await page.locator('#address').inputValue();
      const contact = await page.locator('#contactName').inputValue();
      expect(address).not.toBe('');
      const workforce = String(300 + (Date.now() % 500));
      await page.locator('#workforce').fill(workforce);
      await page.getByTestId('enterprise-save').click();
      await page.getByText('企业信息已保存').waitFor();

      await expect
        .poll(() => detail.innerText())
        .toContain(`${Number(workforce).toLocaleString('zh-CN')} 人`);
      const after = await detail.innerText();
      expect(after).toContain(address);
      expect(after).toContain(contact);
      expect(before).not.toBe(after);
    });
  });
});
