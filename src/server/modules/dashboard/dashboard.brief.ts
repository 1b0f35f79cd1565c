/**
 * The daily brief 复工复产日报 as an editable Word document: its content on the platform's shared 公文 layout
 * (platform/docx-official.ts), adapted for a 简报.
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { CategoryFiguresDto } from '../../../contracts/dashboard';
import { isValidIsoDate, shanghaiDate } from '../../../domain/dates';
import {
  categoryLabels,
  percent,
  resumptionCategories,
  type ResumptionCategory,
} from '../../../domain/resumption';
import {
  bodyParagraph,
  colophon,
  formatChineseDate,
  formatRate,
  heading,
  masthead,
  officialDocument,
  table,
  titleParagraph,
  widthsFor,
} from '../../platform/docx-official';

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

  return officialDocument({
    title: data.title ?? '复工复产日报',
    subject: `${data.regionName}复工复产情况（${reportDate}）`,
    creator: data.issuer,
    children: [
      ...masthead({
        title: data.title ?? '复工复产日报',
        serial: data.serial,
        issuer: data.issuer,
        dateText: reportDate,
      }),
      titleParagraph(`${data.regionName}复工复产情况`),
      heading('一、总体情况'),
      ...overview,
      heading('二、分区县情况'),
      bodyParagraph('各区县（市）复工复产情况见下表（复工率含部分复工，报送率为三类对象合计）。', {
        keepNext: true,
      }),
      regionTable,
      heading('三、需重点关注的企业和项目', { afterTable: true }),
      ...laggardSection,
      ...colophon({ copyTo: briefCopyTo, issuer: data.issuer, issuedOn: shanghaiDate(data.generatedAt) }),
    ],
  });
}
