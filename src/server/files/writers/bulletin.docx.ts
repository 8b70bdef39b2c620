/** The bulletin (督查通报) as a Word file in the GB/T 9704 official-document layout. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TabStopType, TextRun } from "docx";
import { composeBulletin, type BulletinBlock } from "./bulletin.blocks.ts";
import type { BulletinDto } from "./bulletin.dto.ts";
import { BODY_CHAR, FONTS, PAGE, packOfficialDocument, pt, runFont } from "./official-layout.ts";
import { bodyParagraph, blankLine, signatureParagraphs, titleParagraph } from "./official-paragraphs.ts";

const RED = "E60012";
const TYPE_AREA_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** The red masthead of a 简报-style bulletin: its name, the issue number, then issuer and date over a red rule. */
function masthead(block: Extract<BulletinBlock, { kind: "masthead" }>): Paragraph[] {
  const rows = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 48 * 20, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: block.text, color: RED, font: runFont(FONTS.title.name), size: pt(42) })],
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
    blankLine(),
  );
  return rows;
}

/** `keepNext` holds the last paragraph on the signature's page: a 公文 never ends on a page with only its signature. */
function render(block: BulletinBlock, keepNext: boolean): Paragraph[] {
  switch (block.kind) {
    case "masthead":
      return masthead(block);
    case "title":
      return [titleParagraph(block.text)];
    case "addressee":
      return [bodyParagraph(block.text, { indent: 0 })];
    case "heading1":
      return [bodyParagraph(block.text, { font: FONTS.heading1.name })];
    case "heading2":
      return [bodyParagraph(block.text, { font: FONTS.heading2.name })];
    case "paragraph":
      return [bodyParagraph(block.text, { keepNext })];
    case "signature":
      return signatureParagraphs(block.issuer, block.date);
  }
}

/** Renders a bulletin to .docx bytes: A4, GB/T 9704 margins, fonts, sizes, line height and page numbers. */
export async function renderBulletin(dto: BulletinDto): Promise<Buffer> {
  const blocks = composeBulletin(dto);
  const children = blocks.flatMap((block, i) => render(block, blocks[i + 1]?.kind === "signature"));
  return packOfficialDocument(children, { title: dto.title, creator: dto.issuer });
}
