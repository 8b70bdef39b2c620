/**
 * Blocks: the document as prose lines and tables, chrome dropped. Broken lines ("贯彻实施《" /
 * "清洁生产促进法》") are joined back into one prose block; pipe rows and flattened tables become tables.
 */
import { isChrome } from "../chrome.ts";
import type { Line } from "../lines.ts";
import { readMarker } from "./markers.ts";
import type { Column } from "./table/columns.ts";
import { readFlatTable } from "./table/flat.ts";
import { readPipeTable, type Table } from "./table/table.ts";

/** A prose line (broken lines joined) or a table. */
export type Block = { type: "prose"; line: Line } | { type: "table"; table: Table };

const OPENS_ACROSS_LINES = /[《“(\[、]$/;
const ENDS_SENTENCE = /[。;:!?”")）]$/;
const WRAPPED_SHARE = 0.4;
const MIN_WRAP_LINES = 8;

/**
 * The width at which a converted PDF wrapped its lines, or null when lines are whole paragraphs:
 * many long lines end mid-sentence, at nearly the same length.
 */
export function wrapWidth(lines: Line[]): number | null {
  const long = lines.filter((l) => l.text.length >= 15);
  if (long.length < MIN_WRAP_LINES) return null;
  const open = long.filter((l) => !ENDS_SENTENCE.test(l.text));
  if (open.length / long.length < WRAPPED_SHARE) return null;
  const lengths = open.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)];
}

/** A marker alone on its line ("一、" / "工作目标" split by a converter): it belongs to the next line. */
const BARE_MARKER = /^([一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.]|\(\d{1,2}\)|[\u2460-\u2473])$/;

function continues(prev: Line, next: Line, width: number | null): boolean {
  if (BARE_MARKER.test(prev.text) && !readMarker(next.text)) return true;
  if (readMarker(next.text) || /^附\s*件/.test(next.text)) return false;
  if (OPENS_ACROSS_LINES.test(prev.text)) return true;
  const lastLine = prev.text.slice(prev.text.lastIndexOf("\n") + 1);
  return width !== null && lastLine.length >= width - 2 && !ENDS_SENTENCE.test(prev.text);
}

/** An inline marker "(1)" or "①" right after the end of a sentence or clause, or at the start. */
const INLINE_MARKER = /(?<=^|[。;:])\s*(?:\((?<n>\d{1,2})\)|(?<c>[\u2460-\u2473]))/g;

/**
 * Splits a prose line at inline markers "(1)…;(2)…" (or ①②) when they count up from 1 or 2 without a
 * gap, so each numbered entry becomes a line of its own; other lines come back unchanged.
 */
export function splitInlineMarkers(norm: string, line: Line): Line[] {
  const cuts: number[] = [];
  let expected = 0;
  INLINE_MARKER.lastIndex = 0;
  for (let m = INLINE_MARKER.exec(line.text); m; m = INLINE_MARKER.exec(line.text)) {
    const value = m.groups!.n ? Number(m.groups!.n) : m.groups!.c.charCodeAt(0) - 0x245f;
    if (expected === 0 ? value > 2 : value !== expected) continue;
    expected = value + 1;
    cuts.push(line.start + m.index + (m[0].length - m[0].trimStart().length));
  }
  if (cuts.length < 2) return [line];
  const bounds = [line.start, ...cuts.filter((c) => c > line.start), line.end];
  const out: Line[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let [s, e] = [bounds[i], bounds[i + 1]];
    while (s < e && /\s/.test(norm[s])) s++;
    while (e > s && /\s/.test(norm[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: norm.slice(s, e) });
  }
  return out;
}

/** Turns lines into prose and table blocks. */
export function buildBlocks(norm: string, lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const width = wrapWidth(lines);
  let columns: Column[] | null = null;
  // the body's next 一、二、… heading: a table set inside the body ends where the body resumes
  let nextSection: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isChrome(line.text) || line.text.startsWith("#")) continue;
    const table: Table | null = readFlatTable(lines, i, nextSection) ?? readPipeTable(lines, i, columns);
    if (table) {
      blocks.push({ type: "table", table });
      columns = table.columns;
      i = table.linesTo - 1;
      continue;
    }
    const marker = readMarker(line.text);
    if (marker) columns = null;
    if (marker?.kind === "cn") nextSection = marker.value + 1;
    else if (/^附\s*[件表]/.test(line.text)) nextSection = null;
    const prev = blocks[blocks.length - 1];
    if (prev?.type === "prose" && continues(prev.line, line, width)) {
      const start = prev.line.start;
      prev.line = { start, end: line.end, text: norm.slice(start, line.end) };
      continue;
    }
    for (const part of splitInlineMarkers(norm, line)) blocks.push({ type: "prose", line: part });
  }
  return blocks;
}
