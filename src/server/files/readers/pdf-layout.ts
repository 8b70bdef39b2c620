/**
 * A PDF's positioned text items back into lines and paragraphs. A PDF stores glyph runs at positions, not
 * paragraphs: items on one baseline make a line, a wide gap between items is a table column (" | "), a line
 * that runs to the right margin continues on the next line, a centred title goes on in the centred line under
 * it, and running headers, footers and "— 3 —" page numbers are dropped.
 */
import { normaliseText } from "../../../core/extract/normalise.ts";
import { readMarker } from "../../../core/extract/segment/markers.ts";
import { joinFragments } from "./fragments.ts";

/** What the layout needs from a text item (unpdf's StructuredTextItem has these). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  size: number;
  /** spans the text block from the left margin (or a paragraph indent) to the right margin: the paragraph goes on */
  full: boolean;
  /** starts at the left margin, as a paragraph's continuation line does */
  flush: boolean;
  /** as far from the left margin as from the right one */
  centered: boolean;
  /** spans most of the text block */
  wide: boolean;
}

/** A gap wider than this many font sizes separates table cells. */
const CELL_GAP = 1.5;
/** A space glyph narrower than this many font sizes is automatic CJK–Latin spacing, not a typed space. */
const AUTOSPACE = 0.3;

/** A line ending within this many font sizes of the margin is full: left-aligned Chinese text wraps up to two characters early (no line may start with ",", "。"). */
const RAGGED_EDGE = 3;
/** A paragraph's first line is indented by two characters in official documents; allow a little more. */
const PARAGRAPH_INDENT = 3;
/** A line spanning this share of the text block is wide: the first line of a title that wraps. */
const WIDE = 0.7;
/** Title lines are set this much larger than the body text. */
const TITLE_SIZE = 1.15;
/** Pages with fewer lines than this do not set their own margin. */
const MARGIN_SAMPLE = 5;

/** True when the line opens a numbered item (一、 (一) 1. (1) ①) by the parser's own marker rules: it never continues the line before. */
function opensItem(text: string): boolean {
  return readMarker(normaliseText(text).trim()) !== null;
}

/** Page numbers in official-document style: "— 3 —", "- 12 -", "第 3 页", "3 / 10". */
const PAGE_NUMBER = /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

function isBlank(text: string): boolean {
  return !/[^\s\u3000]/.test(text);
}

/** Items of one page, in content order, grouped into lines. */
function pageLines(items: PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { y: number }) | null = null;
  let endOfLine = false;
  for (const item of items) {
    const size = item.fontSize || 10;
    const sameLine = current && !endOfLine && Math.abs(item.y - current.y) < size * 0.5;
    if (!current || !sameLine) {
      if (current) lines.push(current);
      current = { text: "", left: item.x, right: item.x, size, full: false, flush: false, centered: false, wide: false, y: item.y };
    }
    endOfLine = item.hasEOL;
    if (isBlank(item.str)) {
      if (item.width >= size * AUTOSPACE && current.text && !current.text.endsWith(" ")) current.text += " ";
      current.right = Math.max(current.right, item.x + item.width);
      continue;
    }
    if (!current.text) current.left = item.x;
    else if (item.x - current.right > size * CELL_GAP) current.text = `${current.text.trimEnd()} | `;
    current.text += item.str;
    current.right = Math.max(current.right, item.x + item.width);
    current.size = Math.max(current.size, size);
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.trim() }))
    .filter((line) => line.text && !PAGE_NUMBER.test(line.text));
}

/**
 * Marks the lines that span the text block and those that start at its left edge. The margins are the page's
 * outermost lines; a page of only a few lines (a signature page) keeps the margins of the page before it.
 */
function markMargins(pages: Line[][]): void {
  let left = -Infinity;
  let right = Infinity;
  for (const lines of pages) {
    if (lines.length > 0 && (lines.length >= MARGIN_SAMPLE || right === Infinity)) {
      left = Math.min(...lines.map((line) => line.left));
      right = Math.max(...lines.map((line) => line.right));
    }
    for (const line of lines) {
      line.flush = line.left <= left + line.size;
      line.full = line.left <= left + line.size * PARAGRAPH_INDENT && line.right >= right - line.size * RAGGED_EDGE;
      line.centered = Math.abs(line.left - left - (right - line.right)) < line.size * 2;
      line.wide = line.right - line.left >= (right - left) * WIDE;
    }
  }
}

/** Font sizes within this fraction of each other can be one paragraph's: Chinese and Latin runs may be set in different sizes. */
const SAME_SIZE = 0.3;

/** How many lines at the top and at the bottom of a page may be a running header or footer. */
const RUNNING_EDGE = 2;

/**
 * Drops running headers and footers: a line among the first or last two of a page whose text, page numbers
 * aside, comes back on at least three pages and on most of them ("XX市人民政府文件", "XX办公室 3").
 */
function dropRunningLines(pages: Line[][]): Line[][] {
  const key = (line: Line) => line.text.replace(/\d+/g, "#").replace(/\s/g, "");
  const edges = (lines: Line[]) => new Set([...lines.slice(0, RUNNING_EDGE), ...lines.slice(-RUNNING_EDGE)]);
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const text of new Set([...edges(lines)].map(key))) pagesWith.set(text, (pagesWith.get(text) ?? 0) + 1);
  }
  const running = (text: string) => {
    const count = pagesWith.get(text) ?? 0;
    return count >= 3 && count >= pages.length * 0.6;
  };
  return pages.map((lines) => {
    const edge = edges(lines);
    return lines.filter((line) => !(edge.has(line) && running(key(line))));
  });
}

/** The size most of the text is set in, by characters. */
function bodySize(lines: Line[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) characters.set(Math.round(line.size), (characters.get(Math.round(line.size)) ?? 0) + line.text.length);
  return [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) < Math.max(a.size, b.size) * SAME_SIZE;
}

/** A body line that wrapped: a full line, then a flush-left one that opens no numbered item; never table rows. */
function wrapsInParagraph(previous: Line, line: Line): boolean {
  const tableRow = previous.text.includes(" | ") || line.text.includes(" | ");
  return previous.full && line.flush && !tableRow && sameSize(previous, line);
}

/** A title that wrapped: a wide centred line larger than the body text, then a centred one, the sentence unfinished. */
function wrapsInTitle(previous: Line, line: Line, body: number): boolean {
  const large = previous.size >= body * TITLE_SIZE;
  const unfinished = !/[。:;!?:;!?]$/.test(previous.text);
  return large && unfinished && previous.centered && previous.wide && line.centered && sameSize(previous, line);
}

/** Joins wrapped lines back into paragraphs and titles; a line that opens a numbered item always starts anew. */
function paragraphs(lines: Line[]): string[] {
  const body = bodySize(lines);
  const out: string[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const continues =
      previous !== null &&
      !opensItem(line.text) &&
      (wrapsInParagraph(previous, line) || wrapsInTitle(previous, line, body));
    if (continues) out[out.length - 1] = joinFragments([out[out.length - 1], line.text]);
    else out.push(line.text);
    previous = line;
  }
  return out;
}

/** The text of a PDF from its pages' positioned items: one paragraph, heading or table row per line. */
export function layoutPdfText(pages: PositionedText[][]): string {
  const lines = dropRunningLines(pages.map(pageLines));
  markMargins(lines);
  return paragraphs(lines.flat()).join("\n");
}
