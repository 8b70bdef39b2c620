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
  // a span of months ("2025年1月-4月", "2025年3月-2026年12月")
  new RegExp(`${YEAR}${MONTH}\\s*[-~]\\s*(?:${YEAR})?${MONTH}(?:底|末)?(?:前)?`),
  new RegExp(`(?:到|至)${YEAR}(?:${MONTH}(?:${DAY})?)?(?:底|末|年底|中旬|上旬|下旬)?(?:前|以前|之前)?`),
  new RegExp(`${YEAR}(?:${MONTH}(?:${DAY})?)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)`),
  new RegExp(`${YEAR}(?:底|末|上半年|下半年)`),
  new RegExp(`${MONTH}(?:${DAY})?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)`),
  new RegExp(`用${N}(?:年|个月)(?:左右)?(?:的)?时间`),
  new RegExp(`连续${N}年`),
  new RegExp(`(?:今后|未来)${N}年(?:内)?`),
  new RegExp(`(?:第)?[一二三四1-4]季度(?:末|底)?(?:前|以前)?`),
  new RegExp(`${N}(?:年|个月|个工作日|天|日)(?:之)?内`),
  new RegExp(`(?<![\\d*])[1-9](?:\\d)?年(?=[\\u4e00-\\u9fff])(?![度底末内前间轻级一])`),
  // a plan year opening a clause or a sentence ("2019年,全区…", "2026年完成")
  new RegExp(`(?<=^|[,;。:\\s])\\d{4}年(?=[,\\u4e00-\\u9fff])(?![度底末内前以])`),
  /每(?:年(?!度)|季度|个季度|半年|月(?!一)|周|旬|日|天)/,
  /按(?:季度|月|年|周|半年)(?=[\u4e00-\u9fff])/,
  /(?:本年内|年内|全年|年底前|年底|年末|上半年|下半年|定期|明年|今年)/,
];

const COMBINED = new RegExp(TIME_RULES.map((r) => `(?:${r.source})`).join("|"), "g");

/** "完成时限:2022年12月底": a labelled deadline is taken whole, as the 完成时限 column of a table is. */
const TIME_LABEL = /(?:完成时限|完成时间|完成期限|时间节点|时限要求|时间要求)\s*:\s*(?<value>[^。;,\n]{2,24})/g;

/** The first date of a range, right before its 至 ("2020年下半年", "2024年"). */
const RANGE_START = /\d{4}年(\d{1,2}月)?(上半年|下半年|底|末)?$/;

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
    // "2020年下半年至2021年底", "2024年至2035年": a range is one time, from its first date
    const range = /^[至到]/.test(m[0]) ? RANGE_START.exec(norm.slice(Math.max(from, start - 16), start)) : null;
    const last = out[out.length - 1];
    if (range && last && last.span[1] === start) {
      last.span[1] = end;
      last.text = original.slice(last.span[0], end);
      continue;
    }
    const begin = range ? start - range[0].length : start;
    out.push({ text: original.slice(begin, end), span: [begin, end] });
  }
  return out;
}

/** Words after the time in a time cell: "全年推进" -> 全年, "三季度完成" -> 三季度. */
const CELL_ACTION = /(持续|按计划|逐步|稳步|有序)?(推进|完成|实施|开展|落实|启动|建成|到位|坚持|执行|部署|办结|见效)$/;
/** Cells that give no time once their action word is gone ("持续推进", "按计划推进"). */
const NO_TIME = /^(持续|长期|按计划|常态化|逐步|稳步|有序|动态|适时)?$/;

/** The time words of a table's time cell, verbatim: the whole cell without its action word, or the times found in it. */
export function timeCellWords(norm: string, original: string, [from, to]: Span): TimeMention[] {
  let end = to;
  for (let m = CELL_ACTION.exec(norm.slice(from, end)); m && m[0].length > 0; m = CELL_ACTION.exec(norm.slice(from, end))) end -= m[0].length;
  while (end > from && /[\s,，、]/.test(norm[end - 1])) end--;
  const rest = norm.slice(from, end);
  if (NO_TIME.test(rest)) return [];
  const found = findTimes(norm, original, [from, to]);
  const whole = found.length === 1 && found[0].span[0] === from && found[0].span[1] === end;
  if (whole || found.length > 1) return found;
  if (rest.length <= 16 && !/[,，;。]/.test(rest) && /[年月季日底前内]/.test(rest)) return [{ text: original.slice(from, end), span: [from, end] }];
  return found;
}
