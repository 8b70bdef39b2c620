import type { Span } from "../types.ts";
import type { Column, ColumnRole } from "./table/columns.ts";

/** What a part of an item holds: a table column's content or running prose. */
export type PartRole = ColumnRole | "prose";

/** A stretch of an item's own text and what it holds; a table cell also names its column and its row's key. */
export interface Part {
  span: Span;
  role: PartRole;
  column?: Column;
  /** the row key ("马陆镇", "2025年") a number cell is counted for */
  scope?: Span;
}
