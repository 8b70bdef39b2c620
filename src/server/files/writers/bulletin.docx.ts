/** The bulletin (督查通报) as a Word file in the GB/T 9704 official-document layout. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TabStopType, TextRun } from "docx";
import { composeBulletin, type BulletinBlock } from "./bulletin.blocks.ts";
import type { BulletinDto } from "./bulletin.dto.ts";
import { BODY_CHAR, BODY_LINE, FONTS, PAGE, TYPE_SIZE, packOfficialDocument, pt, runFont } from "./official-layout.ts";

const RED = "E60012";
const TWO_CHARS = 2 * BODY_CHAR;
const TYPE_AREA_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Printed width in body characters: CJK counts one, Latin letters and digits half. */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

function bodyParagraph(text: string, font: string = FONTS.body.name, indent = TWO_CHARS, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    keepNext,
    indent: { firstLine: indent },
    children: [new TextRun({ text, font: runFont(font), size: pt(TYPE_SIZE["3号"]) })],
  });
}

function blank(keepNext = false): Paragraph {
  return new Paragraph({ keepNext, children: [] });
}

/** 发文机关署名 centred over the date, the date 右空四字 (GB/T 9704-2012 7.3.5.2). */
function signature(issuer: string, date: string): Paragraph[] {
  const dateIndent = 4;
  const issuerIndent = Math.max(0, dateIndent + (printedWidth(date) - printedWidth(issuer)) / 2);
  const line = (text: string, charsFromRight: number, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext,
      indent: { right: Math.round(charsFromRight * BODY_CHAR) },
      children: [new TextRun({ text, font: runFont(FONTS.body.name), size: pt(TYPE_SIZE["3号"]) })],
    });
  return [blank(true), blank(true), line(issuer, issuerIndent, true), line(date, dateIndent, false)];
}

function masthead(block: Extract<BulletinBlock, { kind: "masthead" }>): Paragraph[] {
  const red = (text: string, size: number) =>
    new TextRun({ text, color: RED, font: runFont(FONTS.title.name), size: pt(size) });
  const rows = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 48 * 20, lineRule: LineRuleType.EXACT },
      children: [red(block.text, 42)],
    }),
  ];
  if (block.issueNumber) {
    rows.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.issueNumber })] }));
  }
  rows.push(
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 4 } },
      indent: { left: BODY_CHAR, right: BODY_CHAR },
      children: [new TextRun({ text: block.issuer }), new TextRun({ text: `\t${block.date}` })],
    }),
    blank(),
  );
  return rows;
}

/** `keepNext` holds the last paragraph on the signature's page: a 公文 never ends on a page with only its signature. */
function render(block: BulletinBlock, keepNext: boolean): Paragraph[] {
  switch (block.kind) {
    case "masthead":
      return masthead(block);
    case "title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: 35 * 20, lineRule: LineRuleType.EXACT, after: BODY_LINE },
          children: [new TextRun({ text: block.text, font: runFont(FONTS.title.name), size: pt(TYPE_SIZE["2号"]) })],
        }),
      ];
    case "addressee":
      return [bodyParagraph(block.text, FONTS.body.name, 0)];
    case "heading1":
      return [bodyParagraph(block.text, FONTS.heading1.name)];
    case "heading2":
      return [bodyParagraph(block.text, FONTS.heading2.name)];
    case "paragraph":
      return [bodyParagraph(block.text, FONTS.body.name, TWO_CHARS, keepNext)];
    case "signature":
      return signature(block.issuer, block.date);
  }
}

/** Renders a bulletin to .docx bytes: A4, GB/T 9704 margins, fonts, sizes, line height and page numbers. */
export async function renderBulletin(dto: BulletinDto): Promise<Buffer> {
  const blocks = composeBulletin(dto);
  const children = blocks.flatMap((block, i) => render(block, blocks[i + 1]?.kind === "signature"));
  return packOfficialDocument(children, { title: dto.title, creator: dto.issuer });
}
