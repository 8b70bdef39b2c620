/** The assessment ranking as a Word file in the official-document layout, with the ranking as a table. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { FONTS, PAGE, packOfficialDocument, pt, runFont, TYPE_SIZE } from "./official-layout.ts";
import { bodyParagraph, signatureParagraphs, titleParagraph } from "./official-paragraphs.ts";
import { rankingRemark, type RankingDto } from "./ranking.dto.ts";
import { officialDate } from "./chinese-numbers.ts";

const COLUMNS = [
  { header: "名次", share: 10 },
  { header: "单位", share: 28 },
  { header: "完成得分", share: 16 },
  { header: "加分", share: 10 },
  { header: "扣分", share: 10 },
  { header: "总分", share: 12 },
  { header: "备注", share: 14 },
];
const WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function cell(text: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 24 * 20, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text, bold, font: runFont(bold ? FONTS.heading1.name : FONTS.body.name), size: pt(TYPE_SIZE["4号"]) })],
      }),
    ],
  });
}

/** Renders a ranking to .docx bytes. */
export async function renderRankingDocx(dto: RankingDto): Promise<Buffer> {
  const widths = COLUMNS.map((c) => Math.round((WIDTH * c.share) / 100));
  const rows = [
    new TableRow({ tableHeader: true, children: COLUMNS.map((c, i) => cell(c.header, widths[i], true)) }),
    ...dto.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            String(row.rank),
            row.unitName,
            row.completion.toFixed(2),
            row.bonus.toFixed(2),
            row.deductions.toFixed(2),
            row.total.toFixed(2),
            rankingRemark(row),
          ].map((text, i) => cell(text, widths[i])),
        }),
    ),
  ];
  const table = new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows,
  });
  return packOfficialDocument(
    [titleParagraph(dto.title), bodyParagraph(dto.intro), table, ...signatureParagraphs(dto.issuer, officialDate(dto.date))],
    { title: dto.title, creator: dto.issuer },
  );
}
