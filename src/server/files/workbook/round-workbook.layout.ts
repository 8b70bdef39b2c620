/**
 * The layout of a unit's reporting workbook for one round, shared by the writer that pre-fills it and the
 * reader that takes it back: which sheets, which columns (found again by their header text), and the
 * data the workbook is made from. Every data row carries the stable id of its item or target in a
 * hidden first column, so an import matches rows by id, never by position.
 */
import type { Comparison, UnitRole } from "../../../core/extract/types.ts";
import { QUANTITY_LIMIT } from "../../../core/domain/numbers/quantity.ts";

/** One target of an item, with the value reported so far. */
export interface WorkbookTarget {
  targetId: string;
  quote: string;
  metric: string | null;
  value: number;
  unit: string | null;
  cmp: Comparison;
  /** the value accepted in the previous round, for reference */
  previous: number | null;
  /** the value in this round's report so far (pre-filled) */
  current: number | null;
  noDataReason: string | null;
}

/** One item a unit reports on in the round. */
export interface WorkbookItem {
  itemId: string;
  planTitle: string;
  /** outline path as printed, e.g. "二/（一）/3" */
  path: string;
  heading: string;
  role: UnitRole;
  deadline: string | null;
  progress: string;
  problems: string;
  targets: WorkbookTarget[];
}

/** Everything a unit's workbook for a round holds; the reader checks an upload against the same data. */
export interface RoundWorkbookDto {
  roundId: string;
  unitId: string;
  unitName: string;
  /** "2025-09" */
  period: string;
  deadline: string;
  items: WorkbookItem[];
}

export const SHEETS = { progress: "工作进展", values: "指标数值", meta: "luoshi" } as const;

/** The header row; data starts on the row below. Row 1 holds the title. */
export const HEADER_ROW = 2;

/** Columns of the progress sheet, in order; `id` is hidden. */
export const PROGRESS_COLUMNS = [
  { key: "id", header: "编号(勿改)", width: 12 },
  { key: "no", header: "序号", width: 6 },
  { key: "plan", header: "所属方案", width: 24 },
  { key: "task", header: "工作内容", width: 48 },
  { key: "role", header: "责任类型", width: 9 },
  { key: "deadline", header: "完成时限", width: 12 },
  { key: "progress", header: "进展情况", width: 48 },
  { key: "problems", header: "存在问题及需协调事项", width: 36 },
] as const;

/** Columns of the values sheet, in order; `id` is hidden. */
export const VALUE_COLUMNS = [
  { key: "id", header: "编号(勿改)", width: 12 },
  { key: "no", header: "序号", width: 6 },
  { key: "task", header: "工作内容", width: 36 },
  { key: "quote", header: "目标任务", width: 36 },
  { key: "metric", header: "指标", width: 20 },
  { key: "goal", header: "目标值", width: 10 },
  { key: "unit", header: "计量单位", width: 9 },
  { key: "previous", header: "上期数值", width: 10 },
  { key: "value", header: "本期数值", width: 10 },
  { key: "noDataReason", header: "无数据原因", width: 24 },
] as const;


/** The largest magnitude a value cell accepts (Excel's data validation and the reader agree). */
export const VALUE_LIMIT = QUANTITY_LIMIT;
