/**
 * Targets from the number cells of a keyed table (目标分解表 by 街镇, a yearly plan table): the cell's
 * number, the column's header as the metric and its unit ("面积(平方公里)" -> 面积, 平方公里; else the
 * table's "单位:亩" line), scoped to the row's key ("马陆镇").
 */
import type { Part } from "../segment/part.ts";
import type { Span, Target } from "../types.ts";
import { parseNumber } from "./numbers.ts";

const NUMBER_CELL = /^(?<cmp>约|近)?(?<n>[-+]?\d[\d,]*(?:\.\d+)?)(?:[-~](?<to>\d[\d,]*(?:\.\d+)?))?\s*(?<unit>%|‰|[万亿]?[\u4e00-\u9fff]{1,3})?$/;
const HEADER_UNIT = /[(（][^()（）]*[)）]$/;
const YEAR_KEY = /^\d{4}年?$/;
/** Headers of figures that describe the state reached or the context, not a goal. */
const BASELINE = /已建|已完成|现状|现有|基数|基期|人口/;
/** A header that counts what is added ("新增装机容量"): the targets go up, the verb leaves the metric. */
const ADDED = /^(新增|新建|增加)/;

/** The targets a number cell gives: one for a figure, two for a range ("35-36" -> >= 35, <= 36), none for anything else. */
export function cellTargets(norm: string, original: string, part: Part): Target[] {
  const [s, e] = part.span;
  const text = norm.slice(s, e).replace(/\s+/g, "");
  const m = NUMBER_CELL.exec(text);
  // a figure of what is already there (十三五已建成) or of context (规划人口) is no goal
  if (!m || !part.column || BASELINE.test(part.column.header)) return [];
  const values = [m.groups!.n, m.groups!.to].filter((v): v is string => !!v).map(parseNumber);
  // a zero in a plan table is nothing to do
  if (!values.every(Number.isFinite) || values.every((v) => v === 0)) return [];
  const scopeText = part.scope ? original.slice(part.scope[0], part.scope[1]).replace(/\s+/g, "") : null;
  const header = part.column.header.replace(HEADER_UNIT, "");
  const added = ADDED.test(header);
  const metric = (added ? header.replace(ADDED, "") : header) || null;
  const at = norm.indexOf(m.groups!.n.charAt(0), s);
  const toAt = m.groups!.to ? norm.indexOf(m.groups!.to, at + m.groups!.n.length) : -1;
  const spans: Span[] = [[at, at + m.groups!.n.length], [toAt, toAt + (m.groups!.to?.length ?? 0)]];
  const range = values.length === 2;
  return values.map((value, i) => ({
    quote: original.slice(s, e),
    metric,
    scope: scopeText && !YEAR_KEY.test(scopeText) && !/^(合计|总计|小计|汇总|全区|全市)$/.test(scopeText) ? scopeText : null,
    value,
    unit: m.groups!.unit ?? part.column!.unit,
    cmp: range ? (i === 0 ? ">=" : "<=") : m.groups!.cmp ? "~" : "=",
    change: added ? "up" : null,
    aspirational: false,
    span: [s, e],
    valueSpan: spans[i],
    metricSpan: null,
  }));
}
