/** The paragraphs every 公文 is built from: title, body text, headings and the issuer-and-date signature. */
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import { BODY_CHAR, BODY_LINE, FONTS, TYPE_SIZE, pt, runFont } from "./official-layout.ts";

const TWO_CHARS = 2 * BODY_CHAR;

/** Printed width in body characters: CJK counts one, Latin letters and digits half. */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/** A 3号 justified paragraph, first line indented two characters; `font` picks 仿宋, 黑体 or 楷体. */
export function bodyParagraph(text: string, options: { font?: string; indent?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    keepNext: options.keepNext ?? false,
    indent: { firstLine: options.indent ?? TWO_CHARS },
    children: [new TextRun({ text, font: runFont(options.font ?? FONTS.body.name), size: pt(TYPE_SIZE["3号"]) })],
  });
}

/** An empty body line. */
export function blankLine(keepNext = false): Paragraph {
  return new Paragraph({ keepNext, children: [] });
}

/** The title: 2号 方正小标宋简体, centred, a blank line below. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 35 * 20, lineRule: LineRuleType.EXACT, after: BODY_LINE },
    children: [new TextRun({ text, font: runFont(FONTS.title.name), size: pt(TYPE_SIZE["2号"]) })],
  });
}

/** 发文机关署名 centred over the date, the date 右空四字 (GB/T 9704-2012 7.3.5.2), kept on one page. */
export function signatureParagraphs(issuer: string, date: string): Paragraph[] {
  const dateIndent = 4;
  const issuerIndent = Math.max(0, dateIndent + (printedWidth(date) - printedWidth(issuer)) / 2);
  const line = (text: string, charsFromRight: number, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext,
      indent: { right: Math.round(charsFromRight * BODY_CHAR) },
      children: [new TextRun({ text, font: runFont(FONTS.body.name), size: pt(TYPE_SIZE["3号"]) })],
    });
  return [blankLine(true), blankLine(true), line(issuer, issuerIndent, true), line(date, dateIndent, false)];
}
