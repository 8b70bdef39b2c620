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

/** How many 2号 characters fit on a line of the 156 mm type area (20), less one for the space word processors add between Chinese and digits. */
const TITLE_CHARS_PER_LINE = 19;

/**
 * Splits a long title into lines of about equal width (GB/T 9704 wants the lines balanced, never one
 * character left alone on the last), without breaking inside a run of digits or Latin letters.
 */
export function balanceTitle(text: string, perLine = TITLE_CHARS_PER_LINE): string[] {
  const total = printedWidth(text);
  if (total <= perLine) return [text];
  const target = total / Math.ceil(total / perLine);
  const lines: string[] = [];
  let line = "";
  const chars = [...text];
  chars.forEach((ch, i) => {
    line += ch;
    const next = chars[i + 1];
    const insideWord = next !== undefined && /[0-9A-Za-z]/.test(ch) && /[0-9A-Za-z]/.test(next);
    if (printedWidth(line) >= target - 0.25 && !insideWord && next !== undefined && lines.length < Math.ceil(total / perLine) - 1) {
      lines.push(line);
      line = "";
    }
  });
  lines.push(line);
  return lines.filter(Boolean);
}

/** The title: 2号 方正小标宋简体, centred, in balanced lines, a blank line below. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 35 * 20, lineRule: LineRuleType.EXACT, after: BODY_LINE },
    children: balanceTitle(text).map(
      (line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1, font: runFont(FONTS.title.name), size: pt(TYPE_SIZE["2号"]) }),
    ),
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
