/**
 * Puts a table's cells into rows and columns when the rows are not all of the header's width: a group
 * cell written only on the first row of its group (merged), an empty cell dropped, a cell wrapped over
 * two lines. Each cell is scored for how well its kind fits each column; a Viterbi pass then picks the
 * most likely way through: the next column, a skipped (empty) column, a wrapped cell, or a new row.
 */
import type { ColumnRole } from "./columns.ts";
import type { CellKind } from "./cell-kind.ts";

/** One cell of the stream to align. */
export interface StreamCell {
  kind: CellKind;
  /** a blank line stood before it; `rowBreakHint` says whether that marks a new row */
  blankBefore: boolean;
  /** the cell before it ends open (、 or an open bracket, or mid-sentence), so this one may continue it */
  mayContinue: boolean;
  /** how many cells of the table hold the same text: a row key is written once, a 类型 value again and again */
  repeats: number;
}

/** Where one cell went: its row and column, or onto the cell before it (wrapped). */
export interface Placement {
  row: number;
  column: number;
  continues: boolean;
}

type Scores = Partial<Record<CellKind, number>>;

/** How well a cell of each kind fits a column of each role (log-odds-like; 0 is neutral). */
const FIT: Record<ColumnRole, Scores> = {
  seq: { blank: -1, seq: 4, cnSeq: 3, sectionTitle: 2, number: -2, when: -5, units: -5, address: -5, shortText: -4, text: -6 },
  section: { blank: 0, seq: -3, cnSeq: 1, sectionTitle: 2, number: -3, when: -3, units: -3, address: -2, shortText: 0.5, text: 0.5 },
  content: { blank: 0, seq: -3, cnSeq: -2, sectionTitle: 0.5, number: -2, when: -1.5, units: -1.5, address: 0, shortText: 0.3, text: 1.5 },
  target: { blank: 0, seq: -3, cnSeq: -2, sectionTitle: -1, number: 0.5, when: -1, units: -2, address: -1, shortText: 0.3, text: 1.5 },
  lead: { blank: 0, seq: -4, cnSeq: -3, sectionTitle: -3, number: -4, when: -4, units: 2.5, address: -3, shortText: -0.5, text: -2 },
  support: { blank: 0, seq: -4, cnSeq: -3, sectionTitle: -3, number: -4, when: -4, units: 2.5, address: -3, shortText: -0.5, text: -2 },
  owners: { blank: 0, seq: -4, cnSeq: -3, sectionTitle: -3, number: -4, when: -4, units: 2.5, address: -3, shortText: -0.5, text: -2 },
  when: { blank: 0, seq: -4, cnSeq: -3, sectionTitle: -3, number: -1, when: 2.5, units: -2, address: -3, shortText: -1, text: -3 },
  key: { blank: 0, seq: -3, cnSeq: -2, sectionTitle: -1, number: -1, when: 0, units: 0.8, address: -1, shortText: 1, text: -1 },
  number: { blank: 0.5, seq: -0.5, cnSeq: -3, sectionTitle: -3, number: 2.5, when: -1, units: -3, address: -3, shortText: -1.5, text: -3 },
  other: { blank: 0.5, seq: -1, cnSeq: -1, sectionTitle: -1, number: 0, when: 0, units: 0, address: 1, shortText: 0, text: 0 },
};

const UNIT_COLUMNS: ReadonlySet<ColumnRole> = new Set(["lead", "support", "owners"]);
const SKIP = -1.2;
const KEY_REPEATS = 3;
const REPEATED_KEY = 1.5;
const SKIP_OTHER = -0.4;
const SKIP_MERGED = -0.6;
const NEW_ROW = -0.3;
const WRAP_OPEN = -0.6;
const WRAP_CLOSED = -3;
const BREAK_HINT = 1;
const EARLIER_CONTENT = 0.2;
const MIN_ROWS_FOR_RATES = 6;
/** Scores are sums of decimals: two paths within this are a tie, broken by the rules below, not by rounding. */
const EPSILON = 1e-9;
const SPARSE_SHARE = 0.5;

/** What leaving a column empty costs: little for remarks and numbers, less for a group column (类别), which is empty on every row of its group but the first. */
function skipCosts(roles: ColumnRole[]): number[] {
  return roles.map((r) => (r === "other" || r === "number" ? SKIP_OTHER : r === "section" ? SKIP_MERGED : SKIP));
}

/**
 * Aligns the cells to the columns. `rowBreakHint`: blank lines part rows (cells of a row on consecutive
 * lines), so a blank line favours a new row and its absence favours the same row. A second pass makes
 * a column cheap to leave empty when the first pass found it mostly empty (a merged 权属部门 column).
 */
export function alignCells(cells: StreamCell[], roles: ColumnRole[], rowBreakHint: boolean): Placement[] {
  if (cells.length === 0 || roles.length === 0) return [];
  const costs = skipCosts(roles);
  const first = viterbi(cells, roles, rowBreakHint, costs);
  const rows = (first[first.length - 1]?.row ?? 0) + 1;
  if (rows < MIN_ROWS_FOR_RATES) return first;
  const filled = roles.map(() => new Set<number>());
  first.forEach((p, i) => (FIT[roles[p.column]][cells[i].kind] ?? 0) > 0 && filled[p.column].add(p.row));
  const sparse = costs.map((cost, c) => (filled[c].size < rows * SPARSE_SHARE ? Math.max(cost, SKIP_MERGED) : cost));
  return sparse.every((c, i) => c === costs[i]) ? first : viterbi(cells, roles, rowBreakHint, sparse);
}

/** The best path through the cells (O(cells × columns): the best previous column is kept as a running maximum). */
function viterbi(cells: StreamCell[], roles: ColumnRole[], rowBreakHint: boolean, costs: number[]): Placement[] {
  const n = roles.length;
  // pre[k]: the cost of leaving columns 0..k-1 empty, so leaving from..to-1 empty costs pre[to] - pre[from]
  const pre = new Float64Array(n + 1);
  for (let c = 0; c < n; c++) pre[c + 1] = pre[c] + costs[c];
  const skip = (from: number, to: number) => pre[to] - pre[from];
  // a row that starts past its first columns is most often under merged key or group cells
  const lead = new Float64Array(n);
  for (let c = 1; c < n; c++) lead[c] = lead[c - 1] + (roles[c - 1] === "key" ? Math.max(costs[c - 1], SKIP_MERGED) : costs[c - 1]);
  // a section title ends its row early: the columns after it stay empty at no cost
  const rowEnd = (i: number, p: number) => (cells[i].kind === "sectionTitle" ? 0 : skip(p + 1, n));
  // of two content columns, a lone content cell goes to the last (the detail), a group title to the first only when both are written
  const lastContent = roles.lastIndexOf("content");
  const fit = (cell: StreamCell, c: number) =>
    (FIT[roles[c]][cell.kind] ?? 0) - (roles[c] === "content" && c < lastContent ? EARLIER_CONTENT : 0) - (roles[c] === "key" && cell.repeats >= KEY_REPEATS ? REPEATED_KEY : 0);
  const unitColumn = roles.map((r) => UNIT_COLUMNS.has(r));
  // score[i * n + c]: best score with cell i in column c; from / move: the previous column and how (0 same row, 1 new row, 2 wrap)
  const total = cells.length * n;
  const score = new Float64Array(total);
  const from = new Int32Array(total).fill(-1);
  const move = new Uint8Array(total).fill(1);
  for (let c = 0; c < n; c++) score[c] = lead[c] + fit(cells[0], c);
  const fits = new Float64Array(n);
  for (let i = 1; i < cells.length; i++) {
    const cell = cells[i];
    const base = i * n;
    const prevBase = base - n;
    for (let c = 0; c < n; c++) fits[c] = fit(cell, c);
    const hint = rowBreakHint ? (cell.blankBefore ? BREAK_HINT : -BREAK_HINT) : 0;
    // a new row after the best previous column, whatever this cell's column
    let freshAt = 0;
    let freshBest = score[prevBase] + rowEnd(i - 1, 0);
    for (let p = 1; p < n; p++) {
      const v = score[prevBase + p] + rowEnd(i - 1, p);
      if (v > freshBest + EPSILON) [freshAt, freshBest] = [p, v];
    }
    const freshBase = freshBest + NEW_ROW + hint;
    const wrapCost = (cell.mayContinue ? WRAP_OPEN : WRAP_CLOSED) - (rowBreakHint && cell.blankBefore ? BREAK_HINT : 0);
    const listedRun = cell.kind === "units" && cells[i - 1].kind === "units";
    // the same row after an earlier column: the best of score[p] - pre[p + 1] over p < c, kept as c grows
    let sameAt = -1;
    let sameBase = -Infinity;
    for (let c = 0; c < n; c++) {
      if (c > 0 && score[prevBase + c - 1] - pre[c] > sameBase + EPSILON) [sameAt, sameBase] = [c - 1, score[prevBase + c - 1] - pre[c]];
      const f = fits[c];
      const same = sameBase + pre[c] + f - hint;
      const fresh = freshBase + lead[c] + f;
      const takeSame = same > fresh + EPSILON || (Math.abs(same - fresh) <= EPSILON && sameAt <= freshAt);
      let best = takeSame ? same : fresh;
      let bestFrom = takeSame ? sameAt : freshAt;
      let bestMove = takeSame ? 0 : 1;
      // a unit list written one name a line stays one cell, and still reads as units
      const wrap = score[prevBase + c] + (listedRun && unitColumn[c] ? f : 0) + wrapCost;
      // on a tie the earlier cell moves on and this one wraps: a lead's second name goes to the 配合 column
      if (wrap >= best - EPSILON && cell.kind !== "seq") [best, bestFrom, bestMove] = [wrap, c, 2];
      score[base + c] = best;
      from[base + c] = bestFrom;
      move[base + c] = bestMove;
    }
  }
  const lastBase = (cells.length - 1) * n;
  let c = 0;
  for (let k = 0; k < n; k++) if (score[lastBase + k] + skip(k + 1, n) > score[lastBase + c] + skip(c + 1, n)) c = k;
  const columns = new Int32Array(cells.length);
  const moves = new Uint8Array(cells.length);
  for (let i = cells.length - 1; i >= 0; i--) {
    columns[i] = c;
    moves[i] = move[i * n + c];
    c = from[i * n + c];
  }
  const out: Placement[] = [];
  let rowIndex = -1;
  for (let i = 0; i < cells.length; i++) {
    if (moves[i] === 1) rowIndex++;
    out.push({ row: Math.max(rowIndex, 0), column: columns[i], continues: moves[i] === 2 });
  }
  return out;
}
