/**
 * Time expressions that bound or repeat an item: deadlines ("2019年底前", "5月底前"), horizons ("到2020年",
 * "3年内", "用3年时间"), recurrences ("每年", "每季度"), and the genre's fixed words ("年内", "全年", "定期").
 * Not: a bare year, a baseline ("比2010年"), 年度 as an attribute, mechanism names ("一月一通报").
 */
import type { Span, TimeMention } from "../types.ts";

const N = "(?:\\d{1,2}|[一二三四五六七八九十两]{1,2})";
const YEAR = "(?:\\d{4}|[一二〇○零三四五六七八九]{4})年";
const MONTH = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月";
const DAY = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日";

/** Every alternative is one time rule; the longest ones come first so they win at the same start. */
export const TIME_RULES: RegExp[] = [
  new RegExp(`(?:到|至|于)${YEAR}(?:${MONTH}(?:${DAY})?)?(?:底|末|年底|中旬|上旬|下旬)?(?:前|以前|之前)?`),
  new RegExp(`${YEAR}(?:${MONTH}(?:${DAY})?)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)`),
  new RegExp(`${YEAR}(?:底|末|上半年|下半年)`),
  new RegExp(`${MONTH}(?:${DAY})?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)`),
  new RegExp(`用${N}(?:年|个月)(?:左右)?(?:的)?时间`),
  new RegExp(`连续${N}年`),
  new RegExp(`(?:今后|未来)${N}年(?:内)?`),
  new RegExp(`(?:第)?[一二三四1-4]季度(?:末|底)?(?:前|以前)?`),
  new RegExp(`${N}(?:年|个月|个工作日|天|日)(?:之)?内`),
  new RegExp(`(?<![\\d*])[1-9](?:\\d)?年(?=[\\u4e00-\\u9fff])(?![度底末内前间轻级])`),
  /每(?:年(?!度)|季度|个季度|半年|月(?!一)|周|旬|日|天)/,
  /(?:本年内|年内|全年|年底前|年底|年末|上半年|下半年|定期|明年|今年)/,
];

const COMBINED = new RegExp(TIME_RULES.map((r) => `(?:${r.source})`).join("|"), "g");

/** "完成时限:2022年12月底": a labelled deadline is taken whole, as the 完成时限 column of a table is. */
const TIME_LABEL = /(?:完成时限|完成时间|完成期限|时间节点|时限要求|时间要求)\s*:\s*(?<value>[^。;,\n]{2,24})/g;

/** Time expressions in `norm` within [from, to), skipping the given excluded spans (quotations). */
export function findTimes(norm: string, original: string, [from, to]: Span, excluded: Span[] = []): TimeMention[] {
  let exclude = excluded;
  const out: TimeMention[] = [];
  const text = norm.slice(from, to);
  TIME_LABEL.lastIndex = 0;
  for (let m = TIME_LABEL.exec(text); m; m = TIME_LABEL.exec(text)) {
    const start = from + m.index + m[0].length - m.groups!.value.length;
    const end = start + m.groups!.value.trimEnd().length;
    out.push({ text: original.slice(start, end), span: [start, end] });
    exclude = [...exclude, [start, end]];
  }
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(text); m; m = COMBINED.exec(text)) {
    if (m[0].length === 0) {
      COMBINED.lastIndex++;
      continue;
    }
    const start = from + m.index;
    const end = start + m[0].length;
    if (exclude.some(([s, e]) => start >= s && end <= e)) continue;
    if (/^(?:年内|全年)$/.test(m[0]) && /[\d一二三四五六七八九十]$/.test(norm.slice(Math.max(0, start - 1), start))) continue;
    out.push({ text: original.slice(start, end), span: [start, end] });
  }
  return out;
}
