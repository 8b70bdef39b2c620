/**
 * Blocks: the document as prose lines and table rows, chrome dropped. Broken lines ("贯彻实施《" /
 * "清洁生产促进法》") are joined back into one prose block; flattened tables become rows.
 */
import { isChrome } from "../chrome.ts";
import type { Line } from "../lines.ts";
import type { Span } from "../types.ts";
import { readMarker } from "./markers.ts";
import { readFlatTable, readHeader, splitRow, type Cell, type ColumnRole } from "./table.ts";

export type Block =
  | { type: "prose"; line: Line }
  | { type: "row"; span: Span; cells: Cell[]; header: ColumnRole[] | null; roles: ColumnRole[] | null };

const OPENS_ACROSS_LINES = /[《“(\[、]$/;
const LONG_BROKEN_LINE = 40;

function continues(prev: Line, next: Line): boolean {
  if (readMarker(next.text)) return false;
  if (OPENS_ACROSS_LINES.test(prev.text)) return true;
  return prev.text.length >= LONG_BROKEN_LINE && /[\u4e00-\u9fff]$/.test(prev.text) && /^[\u4e00-\u9fff》”)]/.test(next.text) && !/[。;:]/.test(prev.text.slice(-1));
}

/** Turns lines into prose and row blocks. */
export function buildBlocks(norm: string, lines: Line[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isChrome(line.text) || line.text.startsWith("#")) continue;
    const flat = readFlatTable(lines, i);
    if (flat) {
      const first = lines[flat.from];
      const last = lines[flat.from + flat.roles.length - 1];
      const headerCells = lines.slice(flat.from, flat.from + flat.roles.length).map((l) => ({ span: [l.start, l.end] as Span, text: l.text }));
      blocks.push({ type: "row", span: [first.start, last.end], cells: headerCells, header: flat.roles, roles: flat.roles });
      for (const row of flat.rows) {
        blocks.push({ type: "row", span: [row[0].span[0], row[row.length - 1].span[1]], cells: row, header: null, roles: flat.roles });
      }
      i = flat.to - 1;
      continue;
    }
    const cells = splitRow(line);
    if (cells) {
      blocks.push({ type: "row", span: [line.start, line.end], cells, header: readHeader(cells), roles: null });
      continue;
    }
    const prev = blocks[blocks.length - 1];
    if (prev?.type === "prose" && continues(prev.line, line)) {
      const start = prev.line.start;
      prev.line = { start, end: line.end, text: norm.slice(start, line.end) };
      continue;
    }
    blocks.push({ type: "prose", line });
  }
  return blocks;
}
