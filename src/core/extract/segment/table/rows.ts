/**
 * What one table row means for the outline: a section (一、… in the 序号 column, a group title on a
 * line of its own, a merged group cell) and/or an entry with its number, heading, anchor and cells.
 * A merged cell (written only on the first row of its group) belongs to every row of the group: a
 * merged task name is each row's heading, a merged key its scope, a merged 牵头/责任 cell its units.
 * A table keyed by town, district or year that holds numbers and has no role column gives goal
 * entries scoped to the key.
 */
import type { Span } from "../../types.ts";
import { readMarker } from "../markers.ts";
import type { Part } from "../part.ts";
import { cellKind } from "./cell-kind.ts";
import { hasRoleColumn } from "./columns.ts";
import type { Cell, Table, TableRow } from "./table.ts";

/** Where a table keeps its parts. */
export interface TableShape {
  seqAt: number;
  /** the 类别 / 类型 column whose cells open sections, or -1 */
  groupAt: number;
  contentAts: number[];
  keyAt: number;
  /** columns whose empty cells take the cell above (merged): key, a first content column merged over rows, 牵头 and 责任 */
  filledDown: number[];
  /** no role column, numbers keyed by a region or year: rows are goals */
  keyed: boolean;
}

/** Merged cells that still speak for every row of their group: its units and its time. */
const MERGED_PARTS = new Set(["lead", "owners", "when"]);

/** A header naming one year's work ("2024年工作任务"): such columns are one parallel group. */
export const YEAR_HEADER = /^(?<year>\d{4}年)/;

const isSectionRow = (r: TableRow, seqAt: number) => seqAt >= 0 && !!r.cells[seqAt] && /^(cnSeq|sectionTitle)$/.test(cellKind(r.cells[seqAt]!.text));

/** The table's shape from its columns and how its rows fill them. */
export function tableShape(table: Table): TableShape {
  const roles = table.columns.map((c) => c.role);
  const contentAts = roles.flatMap((r, i) => (r === "content" || r === "target" ? [i] : []));
  const seqAt = roles.indexOf("seq");
  const entries = table.rows.filter((r) => r.cells.filter(Boolean).length > 1 && !isSectionRow(r, seqAt));
  const first = contentAts[0];
  const mergedFirst =
    contentAts.length >= 2 && roles[first] === "content" && entries.some((r) => !r.cells[first]) && entries.some((r) => r.cells[first]);
  const keyAt = roles.indexOf("key");
  const keyed = !hasRoleColumn(table.columns) && roles.includes("number") && (keyAt >= 0 || contentAts.length === 0);
  const filledDown = roles.flatMap((r, i) => (r === "lead" || r === "owners" || ((r === "key" || r === "when") && keyed) || (mergedFirst && i === first) ? [i] : []));
  // in a keyed table a 类型 column is part of the row (等级 / 社区 sub-rows), not a section
  const groupAt = keyed ? -1 : roles.indexOf("section");
  return { seqAt, groupAt, contentAts, keyAt, filledDown, keyed };
}

/** The rows with merged cells filled down within their section; a filled cell is marked `merged`. */
export function fillMerged(table: Table, shape: TableShape): TableRow[] {
  const above = new Map<number, Cell>();
  return table.rows.map((row) => {
    const own = row.cells.filter(Boolean).length;
    if (isSectionRow(row, shape.seqAt) || own <= 1) {
      above.clear();
      return row;
    }
    const cells = row.cells.map((cell, i) => {
      if (!shape.filledDown.includes(i)) return cell;
      if (cell) {
        above.set(i, cell);
        return cell;
      }
      const last = above.get(i);
      return last ? { ...last, merged: true } : null;
    });
    return { ...row, cells };
  });
}

/** A section the row opens: its number as written (一, (一)) or null, and its title. */
export interface RowSection {
  marker: string | null;
  /** span of the title text, marker excluded */
  title: Span;
}

/** An entry the row gives. */
export interface RowEntry {
  /** the row's number as written, or null (the outline numbers it ¶n) */
  number: string | null;
  anchor: Span;
  heading: Span | null;
  parts: Part[];
  goal: boolean;
  /** a row without number or task of its own ("2019年 | 440个" under row 2): more of the entry above */
  continues: boolean;
}

/** What the row opens. */
export interface RowReading {
  section: RowSection | null;
  entry: RowEntry | null;
}

const SECTION_MARK = /^(?<n>[一二三四五六七八九十]{1,3})[、.]?\s*|^\((?<p>[一二三四五六七八九十]{1,3})\)\s*|^(?<d>\d{1,2})[.、]\s*(?=\S)/;

/** A section from a cell holding a marker and maybe its title ("一、推进X"), or a title alone. */
function sectionOf(cell: Cell, titleCell: Cell | null): RowSection {
  const m = SECTION_MARK.exec(cell.text);
  if (!m) return { marker: null, title: cell.span };
  const marker = m.groups!.n ?? m.groups!.d ?? `(${m.groups!.p})`;
  const rest: Span = [cell.span[0] + m[0].length, cell.span[1]];
  return { marker, title: rest[1] > rest[0] ? rest : (titleCell?.span ?? cell.span) };
}

/** The column an entry is anchored on: the last own content column, or the first of a trailing run of year columns. */
function anchorColumn(work: number[], table: Table): number {
  let at = work.length - 1;
  while (at > 0 && YEAR_HEADER.test(table.columns[work[at]].header) && YEAR_HEADER.test(table.columns[work[at - 1]].header)) at--;
  return work[at];
}

/** Reads one row (merged cells already filled down) of a table of the given shape. */
export function readRow(row: TableRow, table: Table, shape: TableShape): RowReading {
  const { cells } = row;
  const filled = cells.flatMap((c, i) => (c ? [i] : []));
  const ownFilled = filled.filter((i) => !cells[i]!.merged);
  const seq = shape.seqAt >= 0 ? cells[shape.seqAt] : null;
  const seqKind = seq ? cellKind(seq.text) : null;
  const others = ownFilled.filter((i) => i !== shape.seqAt);
  if (seq && (seqKind === "cnSeq" || seqKind === "sectionTitle")) {
    const title = others.length ? cells[others[0]] : null;
    return { section: sectionOf(seq, title), entry: null };
  }
  if (!seq && ownFilled.length === 1) {
    const only = cells[ownFilled[0]]!;
    const kind = cellKind(only.text);
    if (kind === "sectionTitle" || (shape.seqAt >= 0 && (kind === "text" || kind === "shortText") && !shape.keyed)) return { section: sectionOf(only, null), entry: null };
  }
  let section: RowSection | null = row.extra ? sectionOf(row.extra, null) : null;
  const group = shape.groupAt >= 0 ? cells[shape.groupAt] : null;
  if (group && others.some((i) => i !== shape.groupAt)) section = sectionOf(group, null);
  const skip = new Set([shape.seqAt, section && group ? shape.groupAt : -1]);
  const parts: Part[] = [];
  const key = shape.keyAt >= 0 ? cells[shape.keyAt] : null;
  for (const i of filled) {
    const column = table.columns[i];
    // a merged task name or key is the row's heading or scope, not text of its own
    if (skip.has(i) || (cells[i]!.merged && !MERGED_PARTS.has(column.role))) continue;
    parts.push({ span: cells[i]!.span, role: column.role, column, ...(key && column.role === "number" ? { scope: key.span } : {}) });
  }
  if (parts.length === 0) return { section, entry: null };
  const present = shape.contentAts.filter((i) => cells[i] && !skip.has(i));
  const work = present.filter((i) => table.columns[i].role === "content");
  const ownWork = work.filter((i) => !cells[i]!.merged);
  const contents = ownWork.length ? ownWork : present.filter((i) => !cells[i]!.merged);
  const firstOwn = ownFilled.find((i) => !skip.has(i)) ?? filled[0];
  const anchorAt = ownWork.length ? anchorColumn(ownWork, table) : shape.keyed ? undefined : contents[0];
  // without a task cell the row reads from its first own cell on ("南桥镇 等级 0.55 …")
  let anchor: Span = anchorAt !== undefined ? cells[anchorAt]!.span : [cells[firstOwn]!.span[0], row.span[1]];
  const heading = work.length >= 2 && work[0] !== anchorAt ? cells[work[0]]!.span : shape.keyed && key ? key.span : null;
  let number = seq && seqKind === "seq" ? seq.text.replace(/[.、\s]/g, "") : null;
  if (shape.seqAt < 0 && contents.length) {
    // no 序号 column: the work cell may carry the row's number itself ("1. 编制…")
    const first = cells[contents[0]]!;
    const marker = readMarker(first.text);
    if (marker && marker.kind === "num") {
      number = marker.label;
      if (contents[0] === anchorAt) anchor = [first.span[0] + marker.length, first.span[1]];
    }
  }
  const onlyTargets = parts.every((p) => p.role !== "content") && parts.some((p) => p.role === "target" || p.role === "number");
  const continues = shape.seqAt >= 0 && !seq && !section && ownWork.length === 0 && !shape.keyed;
  return { section, entry: { number, anchor, heading, parts, goal: shape.keyed || onlyTargets, continues } };
}
