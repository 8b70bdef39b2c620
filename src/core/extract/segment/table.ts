/**
 * Task tables: pipe rows ("a | b | c"), tab rows, and tables flattened one cell per line. A header row
 * names the columns; each column gets a role that says what its cells hold.
 */
import type { Line } from "../lines.ts";
import type { Span } from "../types.ts";

/** What a task table's column holds. */
export const COLUMN_ROLES = ["seq", "section", "content", "target", "lead", "support", "owners", "when", "other"] as const;
/** One column role. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Header keywords and the column role they announce, tried in order (目标任务 is a target, 重点任务 content). */
export const HEADER_WORDS: [RegExp, ColumnRole][] = [
  [/^(序号|编号|序|项次)$/, "seq"],
  [/领导|负责人|联系人|责任人|备注|说明|进展|完成情况|资金|投资额/, "other"],
  [/牵头|主责/, "lead"],
  [/配合|协办|参与|协同|协助|支撑/, "support"],
  [/责任|负责|实施主体|实施单位|承办|主体/, "owners"],
  [/时限|时间|期限|进度|节点/, "when"],
  [/目标|指标|成果|标准|预期/, "target"],
  [/任务|内容|措施|举措|事项|工作|项目|名称/, "content"],
  [/类别|领域|板块|分类|方面|专项/, "section"],
];

const HEADER_MAX = 10;

/** The role a header cell announces, or null when it is no header word. */
export function headerRole(cell: string): ColumnRole | null {
  const t = cell.replace(/\s+/g, "");
  if (t.length === 0 || t.length > HEADER_MAX || /[,。;:、\d]/.test(t)) return null;
  for (const [re, role] of HEADER_WORDS) if (re.test(t)) return role;
  return null;
}

/** True when the roles make a task table: a content column and someone responsible (or a 序号). */
export function isTaskHeader(roles: ColumnRole[]): boolean {
  if (new Set(roles).size !== roles.length) return false;
  return roles.includes("content") && roles.some((r) => r === "lead" || r === "owners" || r === "support" || r === "seq");
}

/** One table cell, trimmed, with its span. */
export interface Cell {
  span: Span;
  text: string;
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

/** Column roles when every cell of the row is a header word, else null; a second content column ("主要任务 | 具体措施") holds more of the task. */
export function readHeader(cells: Cell[]): ColumnRole[] | null {
  const found = cells.map((c) => headerRole(c.text));
  if (found.some((r) => r === null)) return null;
  const roles = (found as ColumnRole[]).map((r, i, all) => (r === "content" && all.indexOf("content") < i ? "other" : r));
  return isTaskHeader(roles) ? roles : null;
}

/** A table flattened one cell per line: its header roles and rows. */
export interface FlatTable {
  /** index in `lines` of the first header line */
  from: number;
  /** index after the last line of the table */
  to: number;
  roles: ColumnRole[];
  rows: Cell[][];
}

const MIN_FLAT_COLUMNS = 3;

/** Finds a table flattened one cell per line starting at `lines[i]`: header cells each on a line, then rows. */
export function readFlatTable(lines: Line[], i: number): FlatTable | null {
  const roles: ColumnRole[] = [];
  let j = i;
  while (j < lines.length) {
    const role = headerRole(lines[j].text);
    if (!role || roles.includes(role)) break;
    roles.push(role);
    j++;
  }
  if (roles.length < MIN_FLAT_COLUMNS || !isTaskHeader(roles)) return null;
  const asCell = (l: Line): Cell => ({ span: [l.start, l.end], text: l.text });
  const rows: Cell[][] = [];
  const seqAt = roles.indexOf("seq");
  if (seqAt === 0) {
    let expected = 1;
    let k = j;
    while (k < lines.length && lines[k].text === String(expected)) {
      let end = k + 1;
      while (end < lines.length && lines[end].text !== String(expected + 1) && end - k < roles.length * 2) end++;
      const isLast = end >= lines.length || lines[end].text !== String(expected + 1);
      if (isLast) end = Math.min(lines.length, k + roles.length);
      rows.push(lines.slice(k, end).map(asCell));
      k = end;
      expected++;
      if (isLast) break;
    }
    return rows.length ? { from: i, to: k, roles, rows } : null;
  }
  let k = j;
  while (k + roles.length <= lines.length) {
    const chunk = lines.slice(k, k + roles.length);
    if (chunk.some((l, n) => n > 0 && headerRole(l.text) === null && /^[一二三四五六七八九十]+、/.test(l.text))) break;
    rows.push(chunk.map(asCell));
    k += roles.length;
    if (k < lines.length && /^[一二三四五六七八九十]+、|^附件/.test(lines[k].text)) break;
  }
  return rows.length ? { from: i, to: k, roles, rows } : null;
}
