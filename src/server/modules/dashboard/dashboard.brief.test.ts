import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { CategoryFiguresDto } from '../../../contracts/dashboard';
import {
  categoryLabels,
  percent,
  reportStatusLabels,
  type ResumptionCategory,
} from '../../../domain/resumption';
import {
  briefCopyTo,
  briefLaggardLimit,
  buildDailyBrief,
  type BriefData,
  type BriefLaggard,
} from './dashboard.brief';

// The brief is written with `docx` and read back here with mammoth and JSZip: independent libraries.

interface Counts {
  total: number;
  resumed: number;
  partial: number;
  notResumed?: number;
  notApplicable?: number;
  notReported?: number;
  workforce?: [onDuty: number, usual: number];
  received?: number;
  onTime?: number;
}

function figures(category: ResumptionCategory, c: Counts): CategoryFiguresDto {
  const notApplicable = c.notApplicable ?? 0;
  const applicable = c.total - notApplicable;
  const expected = c.total - notApplicable;
  const received = c.received ?? expected;
  const onTime = c.onTime ?? received;
  const [onDuty, usual] = c.workforce ?? [0, 0];
  return {
    category,
    total: c.total,
    applicable,
    resumed: c.resumed,
    partial: c.partial,
    notResumed: c.notResumed ?? 0,
    notApplicable,
    notReported: c.notReported ?? 0,
    resumptionRate: percent(c.resumed + c.partial, applicable),
    fullResumptionRate: percent(c.resumed, applicable),
    workforceReturnRate: percent(onDuty, usual),
    expected,
    received,
    onTime,
    completenessRate: percent(received, expected),
    timelinessRate: percent(onTime, expected),
    capacityAverage: null,
    capacityBands: { high: 0, middle: 0, low: 0 },
  };
}

const regionNames = [
  '珠晖区',
  '雁峰区',
  '石鼓区',
  '蒸湘区',
  '南岳区',
  '衡阳县',
  '衡南县',
  '衡山县',
  '衡东县',
  '祁东县',
  '耒阳市',
  '常宁市',
  '衡阳综合保税区',
  '湖南衡阳高新技术产业园区',
  '湖南衡阳松木经济开发区',
];

// The article's figures for 2020-03-08, split over the 15 county units.
const enterprisesByRegion = [61, 48, 52, 57, 14, 96, 101, 63, 79, 88, 121, 110, 18, 86, 55];
const provincialByRegion = [1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1];
const municipalByRegion = [9, 7, 8, 10, 4, 11, 12, 8, 9, 10, 12, 11, 5, 11, 8];
const municipalNotResumed = [1, 1, 0, 1, 1, 1, 2, 1, 1, 2, 1, 1, 0, 1, 0];

function articleBrief(): BriefData {
  const byRegion = regionNames.map((regionName, i) => {
    const enterprises = enterprisesByRegion[i]!;
    const municipal = municipalByRegion[i]!;
    const stalled = municipalNotResumed[i]!;
    const categories = [
      figures('enterprise', {
        total: enterprises,
        resumed: enterprises - 2,
        partial: 2,
        workforce: [enterprises * 90 - i * 7, enterprises * 100],
        received: enterprises - (i % 3),
        onTime: enterprises - (i % 3) - 1,
      }),
      figures('provincial_project', {
        total: provincialByRegion[i]!,
        resumed: provincialByRegion[i]!,
        partial: 0,
      }),
      figures('municipal_project', {
        total: municipal,
        resumed: municipal - stalled - 1,
        partial: 1,
        notResumed: stalled,
        workforce: [municipal * 40, municipal * 50],
      }),
    ];
    return { regionName, categories };
  });
  const sum = (
    category: ResumptionCategory,
    key: 'total' | 'resumed' | 'partial' | 'notResumed' | 'received' | 'onTime',
  ) => byRegion.reduce((s, r) => s + r.categories.find((c) => c.category === category)![key], 0);
  const city = (category: ResumptionCategory, workforce: [number, number]) =>
    figures(category, {
      total: sum(category, 'total'),
      resumed: sum(category, 'resumed'),
      partial: sum(category, 'partial'),
      notResumed: sum(category, 'notResumed'),
      received: sum(category, 'received'),
      onTime: sum(category, 'onTime'),
      workforce,
    });
  const laggards: BriefLaggard[] = [
    {
      name: '衡阳市城市快速路网工程（二期）',
      regionName: '蒸湘区',
      categoryLabel: categoryLabels.municipal_project,
      statusLabel: reportStatusLabels.not_resumed,
      note: '部分施工人员尚在湖北，待返岗',
    },
    {
      name: '衡南县云集新材料产业园标准厂房',
      regionName: '衡南县',
      categoryLabel: categoryLabels.municipal_project,
      statusLabel: reportStatusLabels.not_resumed,
      note: '钢材供应不足',
    },
    {
      name: '衡阳华菱钢管有限公司',
      regionName: '珠晖区',
      categoryLabel: categoryLabels.enterprise,
      statusLabel: '未报送',
      note: '联络员已电话催报',
    },
  ];
  return {
    issuer: '衡阳市发展和改革委员会',
    serial: '第 28 期',
    date: '2020-03-08',
    generatedAt: new Date('2020-03-09T02:30:00Z'), // 10:30 on 9 March in Shanghai
    regionName: '衡阳市',
    categories: [
      city('enterprise', [92_170, 100_800]),
      city('provincial_project', [3_410, 3_600]),
      city('municipal_project', [5_120, 6_400]),
    ],
    byRegion,
    laggards,
  };
}

async function textOf(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

async function partOf(buffer: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing`);
  return file.async('string');
}

describe('daily brief (复工复产日报)', () => {
  it('has the article figures for 8 March 2020', () => {
    const data = articleBrief();
    const [enterprise, provincial, municipal] = data.categories;
    expect([enterprise!.total, enterprise!.resumed + enterprise!.partial]).toEqual([1049, 1049]);
    expect([provincial!.total, provincial!.resumed + provincial!.partial]).toEqual([12, 12]);
    expect([municipal!.total, municipal!.resumed + municipal!.partial, municipal!.resumptionRate]).toEqual([
      135, 121, 89.6,
    ]);
  });

  it('is a Word document whose text reads back with another library', async () => {
    const data = articleBrief();
    const buffer = await buildDailyBrief(data);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    // KUAIJIN_BRIEF_OUT=/tmp/brief.docx keeps the brief for a look in Word or LibreOffice.
    if (process.env.KUAIJIN_BRIEF_OUT) writeFileSync(process.env.KUAIJIN_BRIEF_OUT, buffer);

    const text = await textOf(buffer);
    expect(text).toContain('复工复产日报');
    expect(text).toContain('第 28 期');
    expect(text).toContain('2020年3月8日');
    expect(text).toContain(
      '截至2020年3月8日，衡阳市规上工业企业 1049 家，已复工（含部分复工）1049 家，复工率 100.0%',
    );
    expect(text).toContain('省重点项目 12 个，已复工（含部分复工）12 个，复工率 100.0%');
    expect(text).toContain('市重点项目 135 个，已复工（含部分复工）121 个，复工率 89.6%');
    expect(text).toContain('89.6%');
    expect(text).toContain('121');
    expect(text).toMatch(/应报 1049 家、已报 \d+ 家、按时 \d+ 家，报送率 \d+\.\d%/);
    for (const heading of ['一、总体情况', '二、分区县情况', '三、需重点关注的企业和项目'])
      expect(text).toContain(heading);
    for (const header of [
      '区县',
      '规上企业复工率',
      '到岗率',
      '省重点项目复工率',
      '市重点项目复工率',
      '报送率',
      '合计',
    ]) {
      expect(text).toContain(header);
    }
    for (const name of regionNames) expect(text).toContain(name);
    for (const laggard of data.laggards) {
      expect(text).toContain(laggard.name);
      expect(text).toContain(laggard.note);
    }
    expect(text).toContain('共 3 个');
    expect(text).toContain(briefCopyTo);
    // 印发机关 on the left, 印发日期 (Shanghai date of generatedAt) on the right.
    expect(text).toMatch(/衡阳市发展和改革委员会\s+2020年3月9日印发/);
  });

  it('declares the official fonts and A4 page in the package', async () => {
    const buffer = await buildDailyBrief(articleBrief());
    const document = await partOf(buffer, 'word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    expect(document).toContain('w:eastAsia="仿宋_GB2312"');
    expect(document).toContain('w:eastAsia="黑体"');
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    expect(document).toContain('w:color w:val="C00000"');
    const styles = await partOf(buffer, 'word/styles.xml');
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    // Fallbacks when the GB fonts are missing: 仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体.
    const fontTable = await partOf(buffer, 'word/fontTable.xml');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    const footer = await partOf(buffer, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('w:eastAsia="宋体"');
  });

  it('says 无 when nothing lags and shows — for rates without a denominator', async () => {
    const data = articleBrief();
    const empty = figures('provincial_project', { total: 0, resumed: 0, partial: 0 });
    const buffer = await buildDailyBrief({
      ...data,
      serial: undefined,
      laggards: [],
      byRegion: [
        {
          regionName: '南岳区',
          categories: [data.byRegion[4]!.categories[0]!, empty, data.byRegion[4]!.categories[2]!],
        },
        { regionName: '衡阳综合保税区', categories: [] },
      ],
    });
    const text = await textOf(buffer);
    expect(text).toContain('截至2020年3月8日，无未复工或未报送的企业和项目。');
    expect(text).not.toContain('序号');
    expect(text).not.toContain('第 28 期');
    // The 保税区 row has no figures at all: five dashes after its name.
    expect(text).toMatch(/衡阳综合保税区(\s+—){5}/);
    expect(text).toMatch(/南岳区\s+\d+\.\d%\s+\d+\.\d%\s+—\s+\d+\.\d%/);
  });

  it('caps the laggards table and says how many more there are', async () => {
    const laggards: BriefLaggard[] = Array.from({ length: briefLaggardLimit + 7 }, (_, i) => ({
      name: `测试企业${i + 1}号`,
      regionName: '耒阳市',
      categoryLabel: categoryLabels.enterprise,
      statusLabel: '未报送',
      note: '',
    }));
    const text = await textOf(await buildDailyBrief({ ...articleBrief(), laggards }));
    expect(text).toContain(`共 ${briefLaggardLimit + 7} 个，下表列出前 ${briefLaggardLimit} 个`);
    expect(text).toContain(`测试企业${briefLaggardLimit}号`);
    expect(text).not.toContain(`测试企业${briefLaggardLimit + 1}号`);
    expect(text).toContain('另有 7 个未列出');
  });

  it('rejects a malformed date', async () => {
    await expect(buildDailyBrief({ ...articleBrief(), date: '2020-02-30' })).rejects.toThrow('日报日期无效');
  });
});
