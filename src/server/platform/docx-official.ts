/**
 * The 公文 layout every Word document of the platform shares (GB/T 9704-2012, 党政机关公文格式): A4 with the
 * standard margins, 方正小标宋 titles, 仿宋 三号 body on a fixed 28 pt line, 黑体 headings, tables in 五号, the
 * red masthead and rule, the 抄送/印发 block and '— 1 —' page numbers. Briefs, bulletins and notices build
 * their content from these pieces and hand it to `officialDocument`.
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

export const red = 'C00000';

// Twips (1/20 pt). A4 and the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);
export const page = { width: mm(210), height: mm(297) };
export const margin = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
export const textWidth = page.width - margin.left - margin.right;

// Sizes in half-points: 二号 22 pt, 小二 18 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt.
export const size = { erhao: 44, xiaoer: 36, sanhao: 32, sihao: 28, wuhao: 21 };
export const bodyLine = 560; // fixed 28 pt
export const bodyChar = 320; // one 三号 character
export const colophonChar = 280; // one 四号 character

// Each font falls back to a standard Windows font through word/fontTable.xml (w:altName) below.
export const fonts = { title: '方正小标宋简体', body: '仿宋_GB2312', heading: '黑体', song: '宋体' } as const;
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

export function run(
  text: string,
  font: string,
  halfPoints: number,
  extra: Omit<IRunOptions, 'text'> = {},
): TextRun {
  return new TextRun({ text, font, size: halfPoints, ...extra });
}

export function bodyParagraph(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: options.keepNext,
    indent: { firstLineChars: 200, firstLine: 2 * bodyChar },
    children: [run(text, fonts.body, size.sanhao)],
  });
}

export function heading(text: string, options: { afterTable?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: options.afterTable ? { before: bodyLine / 2 } : undefined,
    indent: { firstLineChars: 200, firstLine: 2 * bodyChar },
    keepNext: true,
    children: [run(text, fonts.heading, size.sanhao)],
  });
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

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export function cell(
  text: string,
  width: number,
  options: { header?: boolean; align?: Align } = {},
): TableCell {
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

export function table(
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
export function widthsFor(fixed: readonly (number | null)[]): number[] {
  const rest = textWidth - fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  return fixed.map((w) => w ?? rest);
}

/** The document's title line under the masthead (方正小标宋 小二, centred). */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 560, after: 280, line: 720, lineRule: LineRuleType.EXACT },
    children: [run(text, fonts.title, size.xiaoer)],
  });
}

/** 版头: the red masthead, an optional serial line (期号 or 文号), then 发文机关 and date over the red rule. */
export function masthead(head: { title: string; serial?: string | null; issuer: string; dateText: string }) {
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 120 },
      children: [run(head.title, fonts.title, size.erhao, { color: red })],
    }),
  ];
  if (head.serial) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(head.serial, fonts.body, size.sanhao)],
      }),
    );
  }
  // 发文机关 left and date right, each one character in from the edge; the red rule spans the text width.
  out.push(
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth - bodyChar }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: red, space: 6 } },
      children: [run(`\u3000${head.issuer}\t${head.dateText}`, fonts.body, size.sanhao)],
    }),
  );
  return out;
}

/** 版记: 抄送 and 印发 between thick rules with a thin one between them (GB/T 9704 7.4). */
export function colophon(end: { copyTo: string; issuer: string; issuedOn: string }): Paragraph[] {
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
      children: [run(`\u3000${end.copyTo}`, fonts.body, size.sihao)],
    }),
    new Paragraph({
      keepLines: true,
      tabStops: rightTab,
      border: { bottom: thick },
      children: [run(`\u3000${end.issuer}\t${formatChineseDate(end.issuedOn)}印发`, fonts.body, size.sihao)],
    }),
  ];
}

/** The whole .docx: 公文 styles, A4 page, page numbers in the footer and the font table with fallbacks. */
export async function officialDocument(doc: {
  title: string;
  subject: string;
  creator: string;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: doc.creator,
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
        children: doc.children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
