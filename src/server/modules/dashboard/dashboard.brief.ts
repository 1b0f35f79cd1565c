/**
 * The daily brief 复工复产日报 as an editable Word document, laid out after GB/T 9704-2012 (党政机关公文格式)
 * adapted for a 简报: red masthead and rule, 仿宋 三号 body on a fixed 28 pt line, 黑体 headings, tables in 五号,
 * 抄送/印发 block and '— 1 —' page numbers.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import type { CategoryFiguresDto } from '../../../contracts/dashboard';
import { isValidIsoDate, shanghaiDate } from '../../../domain/dates';
import {
  categoryLabels,
  percent,
  resumptionCategories,
  type ResumptionCategory,
} from '../../../domain/resumption';

export interface BriefRegionRow {
  regionName: string;
  categories: CategoryFiguresDto[];
}

/** A subject to follow up: not resumed (未复工) or not reported (未报送). */
export interface BriefLaggard {
  name: string;
  regionName: string;
  categoryLabel: string;
  statusLabel: string;
  note: string;
}

export interface BriefData {
  /** Masthead; default '复工复产日报'. */
  title?: string;
  /** 发文机关, e.g. 衡阳市发展和改革委员会. */
  issuer: string;
  /** 期号, e.g. 第 28 期. */
  serial?: string;
  /** Report date YYYY-MM-DD: the figures are as of that day. */
  date: string;
  /** Shown as 印发日期, in Asia/Shanghai. */
  generatedAt: Date;
  regionName: string;
  /** The headline categories: enterprise, provincial_project, municipal_project. */
  categories: CategoryFiguresDto[];
  byRegion: BriefRegionRow[];
  laggards: BriefLaggard[];
}

/** The laggards table stops here; the brief says how many more there are. */
export const briefLaggardLimit = 50;

export const briefCopyTo = '抄送：市委办、市政府办，各县市区人民政府，市直有关单位。';

const red = 'C00000';

// Twips (1/20 pt). A4 and the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
const mm = (value: number): number => Math.round((value * 1440) / 25.4);
const page = { width: mm(210), height: mm(297) };
const margin = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const textWidth = page.width - margin.left - margin.right;

// Sizes in half-points: 二号 22 pt, 小二 18 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt.
const size = { erhao: 44, xiaoer: 36, sanhao: 32, sihao: 28, wuhao: 21 };
const bodyLine = 560; // fixed 28 pt
const bodyChar = 320; // one 三号 character
const colophonChar = 280; // one 四号 character

// Each font falls back to a standard Windows font through word/fontTable.xml (w:altName) below.
const fonts = { title: '方正小标宋简体', body: '仿宋_GB2312', heading: '黑体', song: '宋体' } as const;
const fontTable: { name: string; altName: string; panose: string; family: string; pitch: string }[] = [
  { name: fonts.title, altName: '宋体', panose: '02000000000000000000', family: 'auto', pitch: 'variable' },
  { name: fonts.body, altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  {
    name: fonts.heading,
    altName: 'SimHei',
    panose: '02010609060101010101',
    family: 'modern',
    pitch: 'fixed',
  },
  { name: fonts.song, altName: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
];

function fontTableXml(): string {
  const entries = fontTable
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
        `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${entries}</w:fonts>`
  );
}

/** 2020-03-08 → 2020年3月8日. */
export function formatChineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** 89.6 → '89.6%', 100 → '100.0%', null → '—'. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${rate.toFixed(1)}%`;
}

function run(text: string, font: string, halfPoints: number, extra: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font, size: halfPoints, ...extra });
}

function bodyParagraph(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: options.keepNext,
    indent: { firstLineChars: 200, firstLine: 2 * bodyChar },
    children: [run(text, fonts.body, size.sanhao)],
  });
}

function heading(text: string, options: { afterTable?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: options.afterTable ? { before: bodyLine / 2 } : undefined,
    indent: { firstLineChars: 200, firstLine: 2 * bodyChar },
    keepNext: true,
    children: [run(text, fonts.heading, size.sanhao)],
  });
}

function figuresOf(categories: readonly CategoryFiguresDto[], category: ResumptionCategory) {
  return categories.find((c) => c.category === category);
}

const units: Record<ResumptionCategory, string> = {
  enterprise: '家',
  provincial_project: '个',
  municipal_project: '个',
};

function categorySentence(f: CategoryFiguresDto): string {
  const unit = units[f.category];
  const n = (count: number) => `${count} ${unit}`;
  return (
    `${categoryLabels[f.category]} ${n(f.total)}，已复工（含部分复工）${n(f.resumed + f.partial)}，` +
    `复工率 ${formatRate(f.resumptionRate)}；其中全面复工 ${n(f.resumed)}，全面复工率 ${formatRate(f.fullResumptionRate)}，` +
    `部分复工 ${n(f.partial)}；未复工 ${n(f.notResumed)}，未报送 ${n(f.notReported)}，` +
    `不适用（停产检修/关停）${n(f.notApplicable)}；人员到岗率 ${formatRate(f.workforceReturnRate)}。` +
    `当日应报 ${n(f.expected)}、已报 ${n(f.received)}、按时 ${n(f.onTime)}，报送率 ${formatRate(f.completenessRate)}。`
  );
}

/** Received ÷ expected over the three headline categories together. */
function completenessOf(categories: readonly CategoryFiguresDto[]): number | null {
  let expected = 0;
  let received = 0;
  for (const c of categories) {
    expected += c.expected;
    received += c.received;
  }
  return percent(received, expected);
}

const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const tableBorders = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function cell(text: string, width: number, options: { header?: boolean; align?: Align } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: options.align ?? AlignmentType.CENTER,
        spacing: { line: 300, lineRule: LineRuleType.EXACT },
        children: [run(text, options.header ? fonts.heading : fonts.body, size.wuhao)],
      }),
    ],
  });
}

function table(
  widths: readonly number[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
) {
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: tableBorders,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text, i) => cell(text, widths[i]!, { header: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, widths[i]!, { align: align[i] })),
          }),
      ),
    ],
  });
}

/** Column widths in twips that add up to the text width, the first (or widest) column taking the rest. */
function widthsFor(fixed: readonly (number | null)[]): number[] {
  const rest = textWidth - fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  return fixed.map((w) => w ?? rest);
}

function regionRow(regionName: string, categories: readonly CategoryFiguresDto[]): string[] {
  const enterprise = figuresOf(categories, 'enterprise');
  return [
    regionName,
    formatRate(enterprise?.resumptionRate ?? null),
    formatRate(enterprise?.workforceReturnRate ?? null),
    formatRate(figuresOf(categories, 'provincial_project')?.resumptionRate ?? null),
    formatRate(figuresOf(categories, 'municipal_project')?.resumptionRate ?? null),
    formatRate(completenessOf(categories)),
  ];
}

function masthead(data: BriefData, reportDate: string): Paragraph[] {
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 120 },
      children: [run(data.title ?? '复工复产日报', fonts.title, size.erhao, { color: red })],
    }),
  ];
  if (data.serial) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(data.serial, fonts.body, size.sanhao)],
      }),
    );
  }
  // 发文机关 left and date right, each one character in from the edge; the red rule spans the text width.
  out.push(
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth - bodyChar }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: red, space: 6 } },
      children: [run(`\u3000${data.issuer}\t${reportDate}`, fonts.body, size.sanhao)],
    }),
  );
  return out;
}

function colophon(data: BriefData): Paragraph[] {
  // 版记: thick lines above and below, a thin one between 抄送 and 印发 (GB/T 9704 7.4).
  const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
  const thinLine: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
  // 抄送 and 印发机关 one character in from the left, 印发日期 one character in from the right.
  const rightTab = [{ type: TabStopType.RIGHT, position: textWidth - colophonChar }];
  return [
    new Paragraph({ children: [] }),
    new Paragraph({
      keepNext: true,
      keepLines: true,
      border: { top: thick, bottom: thinLine },
      children: [run(`\u3000${briefCopyTo}`, fonts.body, size.sihao)],
    }),
    new Paragraph({
      keepLines: true,
      tabStops: rightTab,
      border: { bottom: thick },
      children: [
        run(
          `\u3000${data.issuer}\t${formatChineseDate(shanghaiDate(data.generatedAt))}印发`,
          fonts.body,
          size.sihao,
        ),
      ],
    }),
  ];
}

/** Builds the 复工复产日报 .docx for one day and one region. */
export async function buildDailyBrief(data: BriefData): Promise<Buffer> {
  if (!isValidIsoDate(data.date)) throw new Error(`日报日期无效：${data.date}`);
  const reportDate = formatChineseDate(data.date);
  const headline = resumptionCategories
    .map((category) => figuresOf(data.categories, category))
    .filter((f): f is CategoryFiguresDto => f !== undefined);

  const overview = headline.map((f, i) =>
    bodyParagraph(`${i === 0 ? `截至${reportDate}，${data.regionName}` : ''}${categorySentence(f)}`),
  );
  if (overview.length === 0)
    overview.push(bodyParagraph(`截至${reportDate}，${data.regionName}暂无复工复产数据。`));

  const regionWidths = widthsFor([null, 1200, 1200, 1200, 1200, 1200]);
  const regionTable = table(
    regionWidths,
    ['区县', '规上企业复工率', '到岗率', '省重点项目复工率', '市重点项目复工率', '报送率'],
    [...data.byRegion.map((r) => regionRow(r.regionName, r.categories)), regionRow('合计', data.categories)],
    [AlignmentType.LEFT],
  );

  const shown = data.laggards.slice(0, briefLaggardLimit);
  const more = data.laggards.length - shown.length;
  const laggardSection: (Paragraph | Table)[] = [];
  if (shown.length === 0) {
    laggardSection.push(bodyParagraph(`截至${reportDate}，无未复工或未报送的企业和项目。`));
  } else {
    laggardSection.push(
      bodyParagraph(
        `截至${reportDate}，未复工或未报送的企业和项目共 ${data.laggards.length} 个` +
          (more > 0 ? `，下表列出前 ${shown.length} 个：` : '，名单如下：'),
        { keepNext: true },
      ),
      table(
        widthsFor([600, null, 1500, 1450, 1000, 1650]),
        ['序号', '名称', '区县', '类别', '状态', '说明'],
        shown.map((l, i) => [
          String(i + 1),
          l.name,
          l.regionName,
          l.categoryLabel,
          l.statusLabel,
          l.note || '—',
        ]),
        [
          AlignmentType.CENTER,
          AlignmentType.LEFT,
          AlignmentType.CENTER,
          AlignmentType.CENTER,
          AlignmentType.CENTER,
          AlignmentType.LEFT,
        ],
      ),
    );
    if (more > 0)
      laggardSection.push(bodyParagraph(`另有 ${more} 个未列出，完整名单可在快进平台调度看板中查看。`));
  }

  const doc = new Document({
    title: data.title ?? '复工复产日报',
    subject: `${data.regionName}复工复产情况（${reportDate}）`,
    creator: data.issuer,
    styles: {
      default: {
        document: {
          run: { font: fonts.body, size: size.sanhao, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: bodyLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
        heading1: {
          run: { font: fonts.heading, size: size.sanhao, color: '000000', bold: false },
          paragraph: { spacing: { line: bodyLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { ...margin, header: mm(15), footer: mm(22) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { line: 240, lineRule: LineRuleType.AUTO },
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    font: fonts.song,
                    size: size.sihao,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...masthead(data, reportDate),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 560, after: 280, line: 720, lineRule: LineRuleType.EXACT },
            children: [run(`${data.regionName}复工复产情况`, fonts.title, size.xiaoer)],
          }),
          heading('一、总体情况'),
          ...overview,
          heading('二、分区县情况'),
          bodyParagraph('各区县（市）复工复产情况见下表（复工率含部分复工，报送率为三类对象合计）。', {
            keepNext: true,
          }),
          regionTable,
          heading('三、需重点关注的企业和项目', { afterTable: true }),
          ...laggardSection,
          ...colophon(data),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
