/**
 * Quantities: a number (Arabic, Chinese with a measure unit, or a fraction), an optional range end,
 * its unit as written and the comparison words around it. Numbers inside quotations, ordinals, years
 * and thresholds that define the counted thing ("超亿元企业", "500kV环网") are not quantities.
 */
import type { Comparison, Span } from "../types.ts";
import { parseNumber } from "./numbers.ts";
import { CMP_AFTER, CMP_BEFORE, COUNT_UNITS, DURATION_UNITS, MEASURE_UNITS } from "./words.ts";

/** The text of the clause before `s` (back to the last , ; 。 or the span's start). */
function clauseBefore(norm: string, s: number, from: number): string {
  let k = s;
  while (k > from && !/[,;。,;]/.test(norm[k - 1])) k--;
  return norm.slice(k, s);
}

/** A number found in the text, with its unit and the comparison words around it. */
export interface Quantity {
  /** span of the number(s) as written, range included */
  valueSpan: Span;
  values: number[];
  unit: string | null;
  count: boolean;
  /** comparison from the words around, before range handling */
  cmp: Comparison | null;
  /** first character of the comparison word before, or of the number */
  start: number;
  /** end of the unit and of any comparison word after it */
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
const UNITS = [...COUNT_UNITS, ...MEASURE_UNITS, ...DURATION_UNITS].sort((a, b) => b.length - a.length).map(escape).join("|");
/** Counts in Chinese numerals ("不少于一名") are targets only after a comparison word: "一批", "一个中心" are not. */
const CN_COUNT = COUNT_UNITS.filter((u) => !/^[万亿]/.test(u)).sort((a, b) => b.length - a.length).map(escape).join("|");
const CN_MEASURE = MEASURE_UNITS.filter((u) => u !== "%" && u !== "‰").sort((a, b) => b.length - a.length).map(escape).join("|");

/** One pattern, three alternatives: Arabic with unit (and range), fraction, Chinese numeral with a measure unit. */
const QUANTITY = new RegExp(
  [
    `(?<a>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?<ua>%|${UNITS})?\\s*(?:-|~|至|到)\\s*(?<b>\\d+(?:\\.\\d+)?))?\\s*(?<more>余|多)?(?<unit>${UNITS})`,
    `百分之(?<pct>[\\d.]+|[一二三四五六七八九十百]{1,4})`,
    `(?<frac>[一二三四五六七八九十]{1,2}分之[一二三四五六七八九十]{1,2})(?<funit>%)?`,
    `(?<cn>[一二两三四五六七八九十百千]{1,5})(?<cunit>${CN_MEASURE})`,
    `(?<cc>[一二两三四五六七八九十百千]{1,5})(?<ccunit>${CN_COUNT})`,
  ].join("|"),
  "g",
);

const TIME_AFTER_COUNT = /^(月|工作日|小时|季度|年|星期|周|学期|批次)/;
/** A committed time limit before a duration: "压缩至", "控制在", or a 时间/时限 metric. */
const TIME_LIMIT = /((压缩|缩短|减少|降低|控制|减至|降至)(至|到|在)?|不超过|时间|时限|周期|时长|用时)[^,;。]{0,6}$/;

/** "全市11个省级开发区": the count of what already exists, not a target. */
const EXISTING_SET = /(全市|全省|全区|全县|我市|我省|我区|我县|现有|已有)$/;

/** "8个方面", "分4个阶段": counts of the plan's own parts, not targets. */
const PLAN_PARTS = /^(方面|阶段|环节|层面|维度|步骤|部分|板块|原则)/;

/** "每季度不少于1次": a frequency, not a target. */
const FREQUENCY = /每(年|季度|个季度|半年|月|周|旬|天|日)[^,;。]*$/;
/** "1%以上的水鸟物种": a share that defines the counted thing (but "50%的目标要求" is a target). */
const RATIO_DEFINES = /^的(?!目标|要求|水平|标准|任务)[\u4e00-\u9fff]/;
const NOUN_AFTER = /^[\u4e00-\u9fff“"《(]/;
const FOLLOW_OK = /^(的|和|及|或|并|以|用|为|其|左右|上下|、|,|。|;|:|\(|\))/;

/** Spans of quotations (“…”, "…", 《…》, 「…」) in `norm[from, to)`, inside which numbers are names. */
export function quotations(norm: string, [from, to]: Span): Span[] {
  const out: Span[] = [];
  const pairs: [string, string][] = [["“", "”"], ["《", "》"], ["「", "」"], ["‘", "’"]];
  const text = norm.slice(from, to);
  for (const [open, close] of pairs) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      const j = text.indexOf(close, i + 1);
      if (j < 0 || j - i > 60) continue;
      // “…达到50名…”: a quoted goal holds targets; only a name's numbers are left out
      if (open === "“" && QUOTED_GOAL.test(text.slice(i + 1, j))) continue;
      out.push([from + i, from + j + 1]);
    }
  }
  let open = -1;
  for (let i = from; i < to; i++) {
    if (norm[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      if (i - open <= 60) out.push([open, i + 1]);
      open = -1;
    }
  }
  return out;
}

/** Words that make a quotation a goal statement rather than a name. */
const QUOTED_GOAL = /(达到|不少于|不低于|以上|以内|不超过|增长|提高|提升|降低|下降|新增|覆盖|实现)/;

const CMP_BEFORE_LONGEST_FIRST = [...CMP_BEFORE].sort((a, b) => b[0].length - a[0].length);

/** "不少于当地企业的三分之一": a comparison word, a reference ending in 的, then the number. */
const CMP_OF_REFERENCE = 16;

function cmpBefore(norm: string, at: number, floor: number): { cmp: Comparison; start: number } | null {
  for (const [word, cmp] of CMP_BEFORE_LONGEST_FIRST) {
    for (const gap of ["", "在", "到"]) {
      const s = at - gap.length - word.length;
      if (s >= floor && norm.slice(s, at) === word + gap) return { cmp, start: s };
    }
  }
  if (norm[at - 1] !== "的") return null;
  const window = norm.slice(Math.max(floor, at - CMP_OF_REFERENCE), at);
  if (/[,;。:]/.test(window)) return null;
  for (const [word, cmp] of CMP_BEFORE_LONGEST_FIRST) {
    const i = window.lastIndexOf(word);
    if (word.length >= 2 && i >= 0) return { cmp, start: at - window.length + i };
  }
  return null;
}

function cmpAfter(norm: string, at: number, ceil: number): { cmp: Comparison; end: number } | null {
  let i = at;
  while (i < ceil && norm[i] === " ") i++;
  if (norm.startsWith("(含)", i)) i += 3; // "95%(含)以上": the bound itself counts
  for (const [word, cmp] of CMP_AFTER) if (norm.startsWith(word, i) && i + word.length <= ceil) return { cmp, end: i + word.length };
  return null;
}

/** Quantities in `norm[from, to)`, thresholds and names already left out. */
export function findQuantities(norm: string, [from, to]: Span): Quantity[] {
  const quoted = quotations(norm, [from, to]);
  const text = norm.slice(from, to);
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const g = m.groups!;
    const s = from + m.index;
    const e = s + m[0].length;
    const before = norm[s - 1] ?? "";
    if (/[\d.A-Za-z第〔\[*+\-]/.test(before)) continue;
    if (before === "前" && /^[名位强]/.test(norm.slice(s + m[0].length - 1, s + m[0].length + 1))) continue;
    if (quoted.some(([qs, qe]) => s >= qs && e <= qe)) continue;
    if (g.ua && g.ua !== g.unit) continue;
    const unit = g.pct ? "%" : (g.unit ?? g.cunit ?? g.ccunit ?? g.funit ?? null);
    const rawValues = g.pct ? [g.pct] : g.frac ? [g.frac] : g.cn ? [g.cn] : g.cc ? [g.cc] : g.b ? [g.a, g.b] : [g.a];
    const values = rawValues.map(parseNumber);
    if (values.some((v) => !Number.isFinite(v))) continue;
    const valueEnd = g.pct ? e : g.unit ? s + m[0].length - g.unit.length - (g.more?.length ?? 0) : g.cunit ? s + g.cn.length : g.cc ? s + g.cc.length : s + g.frac.length;
    let numEnd = valueEnd;
    while (numEnd > s && norm[numEnd - 1] === " ") numEnd--;
    const rest = norm.slice(e, to);
    const count = unit !== null && COUNT_UNITS.includes(unit);
    if (count && EXISTING_SET.test(norm.slice(Math.max(from, s - 3), s))) continue;
    if (unit === "个" && TIME_AFTER_COUNT.test(rest)) continue;
    if (unit === "个" && /^(百分点)/.test(rest)) continue;
    if (unit === "部" && /^[门委署分队]/.test(rest)) continue;
    // a duration is a deadline unless a limit is committed ("压缩至3个工作日") or a floor set ("不低于1100小时")
    const floorSet = cmpBefore(norm, s, from)?.cmp === ">=" || cmpAfter(norm, e, to)?.cmp === ">=";
    if (unit !== null && DURATION_UNITS.includes(unit) && !TIME_LIMIT.test(norm.slice(Math.max(from, s - 20), s)) && !floorSet) continue;
    if (/[路街弄巷]$/.test(before) && /^[号弄]/.test(norm.slice(valueEnd, valueEnd + 1))) continue;
    // a boundary ("西至外环绿化带500米") places an area, it commits to nothing
    if (/[东西南北][至起到]/.test(clauseBefore(norm, s, from))) continue;
    if (g.cc && cmpBefore(norm, s, from) === null) continue;
    if (count && PLAN_PARTS.test(rest)) continue;
    if (unit === "次" && FREQUENCY.test(norm.slice(Math.max(from, s - 12), s))) continue;
    const before2 = cmpBefore(norm, s, from);
    const after = cmpAfter(norm, e, to);
    const end = after ? after.end : e;
    const follow = norm.slice(end, to);
    const ratio = unit === "%" || unit === "‰" || unit === null || unit === "个百分点" || unit === "百分点";
    if (ratio && unit !== null && RATIO_DEFINES.test(follow)) continue;
    if (!count && !ratio) {
      const byThreshold = /[过超]$/.test(norm.slice(Math.max(from, s - 1), s)) && (NOUN_AFTER.test(follow) || follow.startsWith("的"));
      const byNoun = NOUN_AFTER.test(follow) && !FOLLOW_OK.test(follow);
      const byCompared = (before2 !== null || after !== null) && /^的[\u4e00-\u9fff]/.test(follow);
      if (byThreshold || byNoun || byCompared) continue;
    }
    out.push({
      valueSpan: [s, numEnd],
      values,
      unit,
      count,
      cmp: after?.cmp ?? before2?.cmp ?? (g.more ? ">=" : null),
      start: before2 ? before2.start : s,
      end,
    });
  }
  return out;
}
