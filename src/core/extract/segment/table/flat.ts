/**
 * Tables flattened one cell per line, as text copied from a web page or a PDF arrives. The header is
 * found by its vocabulary (columns.ts); the cells after it are put back into rows and columns by their
 * kind (align.ts), so a merged group cell, a dropped empty cell or a wrapped cell shifts nothing.
 * Two layouts are told apart: blank lines between cells (lines without one between them are one
 * wrapped cell), or cells on consecutive lines with blank lines between rows.
 */
import { isChrome } from "../../chrome.ts";
import { readMarker } from "../markers.ts";
import { BODY_WORDS } from "../../rules/unit-names.ts";
import type { Line } from "../../lines.ts";
import type { Span } from "../../types.ts";
import { alignCells, type StreamCell } from "./align.ts";
import { cellKind } from "./cell-kind.ts";
import { headerRole, isTableHeader, isUnknownHeaderWord, placeGroups, toColumn, type Column } from "./columns.ts";
import type { Cell, Table, TableRow } from "./table.ts";

const MIN_COLUMNS = 3;
const MAX_HEADER = 14;
/** Lines enough to hold a header of MAX_HEADER cells, wrapped, with blank lines between. */
const HEADER_WINDOW = MAX_HEADER * 6;
/** Lines that end a table: the next annex, a note under it, a sign-off or copy line, a heading. */
const TABLE_END = /^(附\s*件\s*\d*\s*[:：]?|附表\s*\d*|注\s*[:：]|说明\s*[:：]|备注\s*[:：]|抄送|印发|主题词|#)/;
/** "单位:亩" written above a table: the measure unit of its number columns. */
const UNIT_NOTE = /单位\s*[:：]\s*(?<unit>[^\s,，。]{1,6})\s*$/;
const BODY_WORD_ONLY = new RegExp(`^(${BODY_WORDS.join("|")})$`);
const OPEN_END = /[、,，(（《“\-]$/;
const CLOSED_END = /[。;；!?）)”]$/;

/** Lines grouped into cells: with blank lines between cells, consecutive lines are one wrapped cell. */
function toCells(lines: Line[], from: number, to: number, blankParts: boolean): { cell: Cell; first: Line }[] {
  const out: { cell: Cell; first: Line }[] = [];
  for (let k = from; k < to; k++) {
    const line = lines[k];
    const last = out[out.length - 1];
    if (blankParts && last && k > from && !line.blankBefore) {
      last.cell = { span: [last.cell.span[0], line.end], text: `${last.cell.text}${line.text}` };
      continue;
    }
    out.push({ cell: { span: [line.start, line.end], text: line.text }, first: line });
  }
  return out;
}

/** A header's unit on a line of its own ("避难面积" / "(万m2)"). */
const UNIT_ONLY = /^[(（][^()（）]{1,8}[)）]$/;

/** Joins a header's unit written on a line of its own onto the header word before it. */
function joinHeaderUnits(cells: { cell: Cell; first: Line }[]): { cell: Cell; first: Line }[] {
  const out: { cell: Cell; first: Line }[] = [];
  for (const [k, c] of cells.entries()) {
    const prev = out[out.length - 1];
    if (k < MAX_HEADER * 2 && prev && UNIT_ONLY.test(c.cell.text) && headerRole(prev.cell.text)) {
      prev.cell = { span: [prev.cell.span[0], c.cell.span[1]], text: prev.cell.text + c.cell.text };
    } else out.push(c);
  }
  return out;
}

/** "2.…" opening a cell's text: the next entry of a list written inside one cell. */
const LIST_ENTRY = /^(?<n>\d{1,2})[.、]\s*[\u4e00-\u9fff“《(]/;

/**
 * Joins the entries of a numbered list written inside one cell ("1.…" / "2.…" / "3.…", each on its
 * own line): an entry numbered one more than the entry before it belongs to the same cell.
 */
function joinCellLists(cells: { cell: Cell; first: Line }[]): { cell: Cell; first: Line }[] {
  const out: { cell: Cell; first: Line }[] = [];
  let last = 0;
  for (const c of cells) {
    const n = Number(LIST_ENTRY.exec(c.cell.text)?.groups!.n ?? 0);
    const prev = out[out.length - 1];
    if (prev && last > 0 && n === last + 1) {
      prev.cell = { span: [prev.cell.span[0], c.cell.span[1]], text: `${prev.cell.text}\n${c.cell.text}` };
    } else out.push(c);
    last = n;
  }
  return out;
}

/** The header cells at the start of `cells`: known header words, and unknown ones between or just before the first row. */
function headerLength(cells: Cell[]): number {
  let n = 0;
  let lastKnown = 0;
  while (n < cells.length && n < MAX_HEADER) {
    const text = cells[n].text;
    if (headerRole(text)) lastKnown = n + 1;
    else if (!isUnknownHeaderWord(text)) break;
    n++;
  }
  const next = cells[n]?.text.replace(/\s+/g, "") ?? "";
  const rowStarts = /^(1|1[.、]|一|一、|\(一\))$/.test(next) || /^一[、.]/.test(next);
  // under a leading 类别 column, a word just before the first row is that row's group cell, not a header
  const groupFirst = headerRole(cells[0]?.text ?? "") === "section";
  return rowStarts && !groupFirst ? n : lastKnown;
}

const REMARKS = /^(备注|说明)$/;

/**
 * A two- or three-level header read flat: the top row ends at its 备注 column and the cells after it are
 * the sub-columns of the one top cell that groups them ("减量化情况" over 总面积 / 主要地类 / …), which they
 * replace; `third` holds the words of a third level. Any other header comes back as it is.
 */
function splitLevels(columns: Column[], third: Column[]): { columns: Column[]; thirdUsed: boolean } {
  const flat = { columns, thirdUsed: false };
  const remarks = columns.findIndex((c) => REMARKS.test(c.header));
  if (remarks < 0 || remarks === columns.length - 1) return flat;
  const top = columns.slice(0, remarks + 1);
  const umbrella = (c: Column) => c.role === "other" || c.role === "number";
  const parents = top.flatMap((c, i) => (i > 0 && umbrella(c) && !REMARKS.test(c.header) ? [i] : []));
  if (parents.length !== 1) return flat;
  // a sub-column's metric names its group too: 减量化情况 → 总面积 reads 减量化总面积, 建设用地面积 → 工业 reads 工业建设用地面积
  const stem = top[parents[0]].header.replace(/(情况|构成|分类|其中)$/, "");
  let children = columns.slice(remarks + 1).map((c) => (c.role === "number" && stem !== top[parents[0]].header ? { ...c, header: stem + c.header } : c));
  // a third level ("建设用地面积" over 工业 / 宅基地 / 其他) hangs under the last grouping sub-column
  const under = children.map(umbrella).lastIndexOf(true);
  const thirdUsed = third.length >= 2 && under > 0;
  if (thirdUsed) children = [...children.slice(0, under), ...third.map((c) => ({ ...c, role: "number" as const, header: c.header + columns[remarks + 1 + under].header, unit: c.unit ?? children[under].unit })), ...children.slice(under + 1)];
  return { columns: [...top.slice(0, parents[0]), ...children, ...top.slice(parents[0] + 1)], thirdUsed };
}

/**
 * Header words left at the start of the body of a table keyed by its first column: the short words
 * before the first row's key (the last word before the first figure), when each reads as a header word.
 */
function thirdLevel(columns: Column[], body: { cell: Cell }[]): Column[] {
  if (columns[0]?.role !== "key") return [];
  const firstFigure = body.findIndex((c) => /^(number|seq)$/.test(cellKind(c.cell.text)));
  const words = body.slice(0, Math.max(0, firstFigure - 1));
  return words.length >= 2 && words.every((c) => isUnknownHeaderWord(c.cell.text)) ? words.map((c) => toColumn(c.cell.text, c.cell.span)) : [];
}

/** True when most of the few lines after `i` follow a blank line: cells are parted by blank lines. */
function blankParted(lines: Line[], i: number): boolean {
  const next = lines.slice(i + 1, i + 7);
  return next.length > 0 && next.filter((l) => l.blankBefore).length >= next.length * 0.6;
}

/** The unit a "单位:亩" line just above the header gives the number columns. */
function unitNote(lines: Line[], i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const m = UNIT_NOTE.exec(lines[k].text);
    if (m) return m.groups!.unit;
  }
  return null;
}

/** Where the table that starts at line `from` ends: before the first line that closes it. */
function tableEnd(lines: Line[], from: number, nextSection: number | null): number {
  let k = from;
  const resumesBody = (text: string) => {
    const marker = nextSection !== null ? readMarker(text) : null;
    return marker?.kind === "cn" && marker.value === nextSection;
  };
  while (k < lines.length && !TABLE_END.test(lines[k].text) && !isChrome(lines[k].text) && !resumesBody(lines[k].text)) k++;
  return k;
}

/**
 * The cells' positions as the aligner needs them. A small integer is a row number only when it
 * continues the count (or restarts it at 1 in a new section); otherwise it is a figure ("39" 公顷).
 */
function stream(cells: { cell: Cell; first: Line }[], blankParts: boolean): StreamCell[] {
  let next: number | null = null;
  let sectionSince = false;
  const counts = new Map<string, number>();
  for (const { cell } of cells) counts.set(cell.text, (counts.get(cell.text) ?? 0) + 1);
  return cells.map(({ cell, first }, n) => {
    const prev = cells[n - 1]?.cell.text ?? "";
    const open = OPEN_END.test(prev) || (!blankParts && prev.length >= 15 && !CLOSED_END.test(prev));
    let kind = cellKind(cell.text);
    if (kind === "seq") {
      const value = parseInt(cell.text, 10);
      if (next === null || value === next || (value === 1 && sectionSince)) {
        next = value + 1;
        sectionSince = false;
      } else kind = "number";
    } else if (kind === "sectionTitle" || kind === "cnSeq" || /^\d{1,2}[.、]\s*[\u4e00-\u9fff]/.test(cell.text)) sectionSince = true;
    // a unit list written one name a line continues over those lines
    // so does a name wrapped before its body word ("申通地铁" / "集团")
    const moreUnits = n > 0 && ((kind === "units" && cellKind(prev) === "units") || BODY_WORD_ONLY.test(cell.text));
    return { kind, blankBefore: first.blankBefore ?? false, mayContinue: n > 0 && (open || moreUnits), repeats: counts.get(cell.text) ?? 1 };
  });
}

/** Drops a header repeated inside the table (a page break): the same header words in a row. */
function dropRepeatedHeaders(cells: { cell: Cell; first: Line }[], header: string[]): { cell: Cell; first: Line }[] {
  const out: { cell: Cell; first: Line }[] = [];
  for (let k = 0; k < cells.length; k++) {
    const same = header.every((h, n) => cells[k + n]?.cell.text.replace(/\s+/g, "") === h);
    if (same) {
      k += header.length - 1;
      continue;
    }
    out.push(cells[k]);
  }
  return out;
}

/** Rows from aligned cells; a wrapped cell is joined onto the one before it. */
function toRows(cells: Cell[], placements: ReturnType<typeof alignCells>, width: number): TableRow[] {
  const rows: TableRow[] = [];
  let lastColumn = -1;
  placements.forEach((p, n) => {
    const cell = cells[n];
    while (rows.length <= p.row) rows.push({ cells: new Array(width).fill(null), span: [cell.span[0], cell.span[1]], extra: null });
    const row = rows[p.row];
    const at = p.continues && lastColumn >= 0 ? lastColumn : p.column;
    const existing = row.cells[at];
    row.cells[at] = existing ? { span: [existing.span[0], cell.span[1]], text: `${existing.text}${cell.text}` } : cell;
    row.span[1] = cell.span[1];
    lastColumn = at;
  });
  return rows.filter((r) => r.cells.some((c) => c));
}

/** Finds a table flattened one cell per line whose header starts at `lines[i]`, or null. */
export function readFlatTable(lines: Line[], i: number, nextSection: number | null = null): Table | null {
  if (!headerRole(lines[i].text)) return null;
  const blankParts = blankParted(lines, i);
  // the header is read from the next few lines first: most lines that start with a header word start no table
  const window = joinHeaderUnits(toCells(lines, i, Math.min(lines.length, i + HEADER_WINDOW), blankParts));
  if (headerLength(window.map((c) => c.cell)) < MIN_COLUMNS) return null;
  const end = tableEnd(lines, i, nextSection);
  const all = joinHeaderUnits(toCells(lines, i, end, blankParts));
  const headerCount = headerLength(all.map((c) => c.cell));
  if (headerCount < MIN_COLUMNS) return null;
  const flatHeader = all.slice(0, headerCount).map((c) => toColumn(c.cell.text, c.cell.span));
  const third = thirdLevel(flatHeader, all.slice(headerCount));
  const levels = splitLevels(flatHeader, third);
  const { thirdUsed } = levels;
  const columns = placeGroups(levels.columns);
  const headerEnd = headerCount + (thirdUsed ? third.length : 0);
  if (!isTableHeader(columns)) return null;
  // only a group column (类别 | 序号 | …) stands before 序号; anything else there is the table's title line
  const seqAt = columns.findIndex((c) => c.role === "seq");
  if (seqAt > 0 && columns.slice(0, seqAt).some((c) => c.role !== "section" && c.role !== "key")) return null;
  const note = unitNote(lines, i);
  if (note) for (const c of columns) if (c.role === "number" && !c.unit) c.unit = note;
  const body = joinCellLists(dropRepeatedHeaders(all.slice(headerEnd), columns.map((c) => c.header)));
  if (body.length === 0) return null;
  const rowBreakHint = !blankParts && body.some((c) => c.first.blankBefore);
  const placements = alignCells(stream(body, blankParts), columns.map((c) => c.role), rowBreakHint);
  const rows = toRows(body.map((c) => c.cell), placements, columns.length);
  const headerSpan: Span = [all[0].cell.span[0], all[headerEnd - 1].cell.span[1]];
  return { columns, rows, headerSpan, span: [headerSpan[0], rows[rows.length - 1]?.span[1] ?? headerSpan[1]], linesTo: end };
}
