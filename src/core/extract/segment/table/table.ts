/**
 * Tables as rows of cells under typed columns. Pipe rows ("a | b | c", from .docx) and tab rows come
 * whole, one row a line; a row with one cell more than the header carries its group's merged first
 * cell, a row with fewer cells is aligned to the columns by the kinds of its cells.
 */
import type { Line } from "../../lines.ts";
import type { Span } from "../../types.ts";
import { alignCells } from "./align.ts";
import { cellKind, isTimeCell } from "./cell-kind.ts";
import { headerRole, isTableHeader, placeGroups, toColumn, type Column, type ColumnRole } from "./columns.ts";

/** One table cell, trimmed, with its span. */
export interface Cell {
  span: Span;
  text: string;
  /** written on an earlier row of its group and filled down (a merged cell) */
  merged?: boolean;
}

/** One row: a cell (or null when empty) per column, and a merged group cell written before the columns. */
export interface TableRow {
  cells: (Cell | null)[];
  span: Span;
  extra: Cell | null;
}

/** A table read from the text. */
export interface Table {
  columns: Column[];
  rows: TableRow[];
  headerSpan: Span | null;
  span: Span;
  /** index in the document's lines after the table's last line */
  linesTo: number;
}

/** Splits a pipe or tab row into trimmed cells (empty cells kept), or null when the line is no row. */
export function splitRow(line: Line): Cell[] | null {
  const sep = line.text.includes("|") ? "|" : line.text.includes("\t") ? "\t" : null;
  if (!sep) return null;
  const parts = line.text.split(sep);
  const cells: Cell[] = [];
  let at = line.start;
  for (const part of parts) {
    let s = at;
    let e = at + part.length;
    while (s < e && /\s/.test(line.text[s - line.start])) s++;
    while (e > s && /\s/.test(line.text[e - 1 - line.start])) e--;
    cells.push({ span: [s, e], text: line.text.slice(s - line.start, e - line.start) });
    at += part.length + 1;
  }
  if (sep === "|") {
    const framed = line.text.startsWith("|") && line.text.endsWith("|");
    if (framed && cells.length && cells[0].text === "") cells.shift();
    if (cells.length && cells[cells.length - 1].text === "") cells.pop();
  }
  const filled = cells.filter((c) => c.text !== "").length;
  const spanningRow = sep === "|" && filled === 1 && cells.length >= 3 && cells[0].text !== "";
  if (cells.length < 2 || (filled < 2 && !spanningRow) || (sep === "\t" && filled < 3)) return null;
  return cells;
}

/** Columns when every cell of the row is a header word and they make a table, else null. */
export function readHeader(cells: Cell[]): Column[] | null {
  if (cells.some((c) => headerRole(c.text) === null)) return null;
  const columns = placeGroups(cells.map((c) => toColumn(c.text, c.span)));
  return isTableHeader(columns) ? columns : null;
}

/** Columns guessed from a headerless table's first row by the kinds of its cells. */
function guessColumns(cells: Cell[]): Column[] {
  return cells.map((c, i) => {
    const kind = cellKind(c.text);
    let role: ColumnRole = "other";
    if (i === 0 && kind === "seq") role = "seq";
    else if (i === 0 && (kind === "sectionTitle" || kind === "cnSeq") && cells.length > 2) role = "section";
    else if (/(牵头|配合|负责|负责实施|共同实施|组织落实)$/.test(c.text) || kind === "units") role = "owners";
    else if (isTimeCell(c.text)) role = "when";
    else if (i === 0 || (i === 1 && cells[0].text.length <= 3)) role = "content";
    return { role, header: "", unit: null, span: null };
  });
}

/** A row's cells put in the columns: one extra leading cell is the group's merged cell; fewer cells are aligned by kind. */
function fitRow(cells: Cell[], columns: Column[], span: Span): TableRow {
  const width = columns.length;
  if (cells.length === width + 1) return { cells: cells.slice(1).map((c) => (c.text ? c : null)), span, extra: cells[0].text ? cells[0] : null };
  const row: TableRow = { cells: new Array(width).fill(null), span, extra: null };
  if (cells.length >= width) {
    cells.slice(0, width).forEach((c, i) => (row.cells[i] = c.text ? c : null));
    return row;
  }
  const filled = cells.filter((c) => c.text);
  const placed = alignCells(filled.map((c) => ({ kind: cellKind(c.text), blankBefore: false, mayContinue: false, repeats: 1 })), columns.map((c) => c.role), false);
  const oneRow = placed.every((p) => p.row === 0 && !p.continues);
  filled.forEach((c, i) => (row.cells[oneRow ? placed[i].column : i] = c));
  return row;
}

/** Reads consecutive pipe or tab rows starting at `lines[i]` as one table, or null when `lines[i]` is no row. */
export function readPipeTable(lines: Line[], i: number, carried: Column[] | null): Table | null {
  const first = splitRow(lines[i]);
  if (!first) return null;
  const header = readHeader(first);
  const columns = header ?? carried ?? guessColumns(first);
  const rows: TableRow[] = [];
  let k = header ? i + 1 : i;
  for (; k < lines.length; k++) {
    const cells = splitRow(lines[k]);
    if (!cells || (k > i && readHeader(cells))) break;
    rows.push(fitRow(cells, columns, [lines[k].start, lines[k].end]));
  }
  const headerSpan: Span | null = header ? [lines[i].start, lines[i].end] : null;
  return { columns, rows, headerSpan, span: [lines[i].start, lines[k - 1].end], linesTo: k };
}
