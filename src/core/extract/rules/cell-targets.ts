/**
 * Targets from the number cells of a keyed table (目标分解表 by 街镇, a yearly plan table): the cell's
 * number, the column's header as the metric and its unit ("面积(平方公里)" -> 面积, 平方公里; else the
 * table's "单位:亩" line), scoped to the row's key ("马陆镇").
 */
import type { Part } from "../segment/part.ts";
import type { Target } from "../types.ts";
import { parseNumber } from "./numbers.ts";

const NUMBER_CELL = /^(?<cmp>约|近)?(?<n>[-+]?\d[\d,]*(?:\.\d+)?)\s*(?<unit>%|‰|[万亿]?[\u4e00-\u9fff]{1,3})?$/;
const HEADER_UNIT = /[(（][^()（）]*[)）]$/;
const YEAR_KEY = /^\d{4}年?$/;

/** The target a number cell gives, or null when the cell holds no single number. */
export function cellTarget(norm: string, original: string, part: Part): Target | null {
  const [s, e] = part.span;
  const text = norm.slice(s, e).replace(/\s+/g, "");
  const m = NUMBER_CELL.exec(text);
  if (!m || !part.column) return null;
  const value = parseNumber(m.groups!.n);
  if (!Number.isFinite(value)) return null;
  const scopeText = part.scope ? original.slice(part.scope[0], part.scope[1]).replace(/\s+/g, "") : null;
  const metric = part.column.header.replace(HEADER_UNIT, "") || null;
  const at = norm.indexOf(m.groups!.n.charAt(0), s);
  return {
    quote: original.slice(s, e),
    metric,
    scope: scopeText && !YEAR_KEY.test(scopeText) && !/^(合计|总计|小计|全区|全市)$/.test(scopeText) ? scopeText : null,
    value,
    unit: m.groups!.unit ?? part.column.unit,
    cmp: m.groups!.cmp ? "~" : "=",
    change: null,
    aspirational: false,
    span: [s, e],
    valueSpan: [at, at + m.groups!.n.length],
    metricSpan: null,
  };
}
