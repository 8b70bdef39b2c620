/**
 * Targets: a quantity the item commits to, with its metric (the noun phrase before the number, or the
 * counted noun after it, or the metric of the target it continues), scope, comparison, direction and
 * whether 力争/争取… make it aspirational. Works on one region (a prose body or a table cell) at a time.
 */
import type { Change, Comparison, Span, Target } from "../types.ts";
import { findQuantities, quotations, type Quantity } from "./quantities.ts";
import { ASPIRATION_WORDS, CHANGE_FALSE_FRIENDS, CHANGE_WORDS, CLAUSE_VERBS, canonicalUnit } from "./words.ts";

const SENTENCE_END = "。;!?\n";
const CLAUSE_END = ",:,。;!?\n";

/** Words that open a clause without naming a metric; stripped from the metric's front. */
const LEADING_FILLER =
  /^(其中|同时|并且|并|且|和|及|与|、|力争|争取|争创|力求|努力|确保|推动|促进|带动|要|将|把|使|对|为|在|有|到\d{4}年(底|末)?|(\d{4}年)?(\d{1,2}月)?(底|末|中旬|上旬|下旬)?(前|以前)|\d{4}年(底|末)?|年内|全年|每年|今年|明年|\d+年内|用\d+年时间|连续\d+年|累计|新增|净增|新培育|新引进)/;

/** Words that close the text before the number without naming the metric; stripped from the metric's end. */
const TRAILING_FILLER =
  /(达到|达|为|到|至|保持在|控制在|稳定在|保持|维持在|年均|累计|分别|共|总计|合计|均|再|比(\d{4}|\d{2}\*+|上)年|同比|较上年|较\d{4}年|\d+年|各|以上|力争|争取|力求|努力|确保|要|应|宜|须|必须|需|完成|实现|的)$/;

/** A sentence opening with a verb that creates more of the counted thing; it carries to verbless clauses after it. */
const NEW_AT_HEAD = /^((力争|争取|确保|年内|全年|每年|到\d{4}年),?)*(新增|新培育|新建|新引进|净增)/;

/** Metrics that say nothing: the target continues the metric before it. */
const EMPTY_METRIC = /^(总数|总量|数量|规模|累计|合计|总计|共计|其中)?$/;

/** A place that a target is set for ("葛店开发区", "鄂城区"). */
const PLACE = /^(?![^级]*级)(?!新增|新建|国家|省)[\u4e00-\u9fff]{1,10}(开发区|新区|园区|经济区|片区|区|县|镇|街道)$/;

/** A named place opening the metric ("葛店开发区年度目标增速"): it is the target's scope. */
const LEADING_PLACE =
  /^(?<place>(?!全|本|各|该|我|占|工业|城|市区|完成|实现|建设|推进|新建|改造|建成|打造|培育|开展)[\u4e00-\u9fff]{2,8}(?<!小|社|景|城|市|辖|街|校|厂|矿|灾|禁|山|库|地)(开发区|新区|园区|片区|县|区))(?=[\u4e00-\u9fff]{2,})(?!内|域|级|属|委|政府)/;

/** Endings of a metric noun: with one, the text after 其中 is a metric, not a scope. */
const METRIC_END = /(比重|比例|占比|率|额|值|量|数|投资|收入|产值|规模|面积|增速|总量|指数|资金|利润|税收|产量)$/;

function lastIndexOfAny(text: string, chars: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (chars.includes(text[i])) return i;
  return -1;
}

/** "中介服务收费在最低标准的基础上下调20%": the reference point is no part of the metric. */
const ON_BASIS = /^(?<head>[^,;。]{2,30}?)(在|按|以)[^,;。]{0,24}(的)?基础上$/;

/** Adverbs that end a clause's subject ("高新技术企业不断扩容"). */
const SUBJECT_END = /(不断|持续|逐步|进一步|稳步|继续|大幅|明显|加快|快速)/;

/**
 * The subject of the clause before `clauseStart` in the same sentence ("高新技术企业、高新技术产品企业不断扩容,
 * 每年新增20家以上" -> 高新技术企业、高新技术产品企业), when that clause holds no target; else null.
 */
function previousSubject(norm: string, clauseStart: number, sentenceStart: number, floor: number): Span | null {
  const end = clauseStart - 1;
  if (end <= sentenceStart || end <= floor || !",".includes(norm[end] ?? "")) return null;
  const start = Math.max(lastIndexOfAny(norm, CLAUSE_END, end, sentenceStart) + 1, sentenceStart, floor);
  const stop = SUBJECT_END.exec(norm.slice(start, end));
  if (!stop || stop.index < 2 || stop.index > 20) return null;
  return [start, start + stop.index];
}

/** Start of the parenthetical that encloses `at` (searching from `from`), or null when `at` is outside any. */
function insideParenthesis(norm: string, from: number, at: number): number | null {
  const open: number[] = [];
  for (let i = from; i < at; i++) {
    if (norm[i] === "(") open.push(i);
    else if (norm[i] === ")") open.pop();
  }
  return open.length ? open[open.length - 1] + 1 : null;
}

function stripFillers(norm: string, [s, e]: Span): Span {
  for (let changed = true; changed && e > s; ) {
    changed = false;
    const lead = LEADING_FILLER.exec(norm.slice(s, e));
    if (lead && lead[0].length <= e - s && lead[0].length > 0) {
      s += lead[0].length;
      changed = true;
    }
    const trail = TRAILING_FILLER.exec(norm.slice(s, e));
    if (trail && trail[0].length <= e - s) {
      e -= trail[0].length;
      changed = true;
    }
    for (const [word] of CHANGE_WORDS) {
      if (e - s >= word.length && norm.slice(e - word.length, e) === word) {
        e -= word.length;
        changed = true;
      }
    }
    while (e > s && /[\s、,]/.test(norm[e - 1])) e--;
    while (s < e && /[\s、,]/.test(norm[s])) s++;
  }
  return [s, e];
}

function findChange(norm: string, [s, e]: Span): Change | null {
  let found: Change | null = null;
  let at = -1;
  const text = norm.slice(s, e);
  for (const [word, change] of CHANGE_WORDS) {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
      const i = s + k;
      const falseFriend = CHANGE_FALSE_FRIENDS.some((f) => {
        const k = f.indexOf(word);
        return k >= 0 && norm.startsWith(f, i - k);
      });
      if (!falseFriend && i > at) {
        at = i;
        found = change;
      }
    }
  }
  return found;
}

/** The counted noun right after a quantity ("30家重点企业" -> "重点企业"), up to the clause end or next quantity. */
function nounAfter(norm: string, at: number, limit: number): Span | null {
  let s = at;
  if (norm[s] === "的") s++;
  if (!/[\u4e00-\u9fff“"《(]/.test(norm[s] ?? "")) return null;
  let e = s;
  // "30名A和50名B": the noun stops where the next quantity's list starts
  while (e < limit && !",;。:!?\n".includes(norm[e]) && !("和及、与".includes(norm[e]) && /[\d一二三四五六七八九十两]/.test(norm[e + 1] ?? ""))) e++;
  while (e > s && /[\s、和及与,]/.test(norm[e - 1])) e--;
  return e - s >= 1 ? [s, e] : null;
}

/** Splits "A、B和C" at top level into the named things (for "各1个" and region lists). */
function splitList(norm: string, [s, e]: Span): Span[] {
  const out: Span[] = [];
  let start = s;
  let depth = 0;
  for (let i = s; i < e; i++) {
    const ch = norm[i];
    if ("(“《".includes(ch)) depth++;
    else if (")”》".includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === "、" || ((ch === "和" || ch === "及") && i - start >= 2))) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, e]);
  return out.filter(([a, b]) => b > a);
}

/** "国家级、省级科技立项" -> "国家级科技立项", "省级科技立项": a bare level borrows the last thing's noun. */
function completeLevels(names: string[]): string[] {
  const last = names[names.length - 1] ?? "";
  const tail = /^(国家级|省级|市级|县级|区级|国家|省|市)(.+)$/.exec(last);
  return names.map((n) => (tail && /^(国家级|省级|市级|县级|区级|国家|省|市)$/.test(n) ? n + tail[2] : n));
}

/** What one region's targets leave for the next: the metric a bare number continues. */
export interface RegionState {
  lastMetric: string | null;
  lastMetricSpan: Span | null;
  /** whether the last metric counted things (家, 个): a count never inherits a rate's metric */
  lastCount?: boolean;
  /** where the last target stood: a metric is inherited only within one sentence */
  lastMetricAt?: number;
}

/** A fresh metric memory for one item. */
export function newRegionState(): RegionState {
  return { lastMetric: null, lastMetricSpan: null };
}

/** Where a quantity's sentence (to 。 or ;), period (to 。) and clause (to , or the previous target) begin. */
interface Clause {
  sentenceStart: number;
  periodStart: number;
  /** where the clause starts at , ; 。 */
  clauseStart: number;
  /** where this target's words start: the clause start, or the end of the target before it in the clause */
  start: number;
}

/** A metric chosen for a target, with the scope it is set for. */
interface MetricChoice {
  text: string;
  span: Span | null;
  scope: string | null;
}

function locateClause(norm: string, q: Quantity, from: number, quoted: Span[], prevEnd: number, accepted: Quantity[]): Clause {
  const sentenceStart = lastIndexOfAny(norm, SENTENCE_END, q.start, from) + 1 || from;
  const periodStart = lastIndexOfAny(norm, "。\n", q.start, from) + 1 || from;
  let start = Math.max(lastIndexOfAny(norm, CLAUSE_END, q.start, from) + 1, from);
  for (const [qs, qe] of quoted) if (start > qs && start < qe) start = qs;
  start = insideParenthesis(norm, start, q.start) ?? start;
  const clauseStart = start;
  if (accepted.some((a) => a.end <= q.start && a.start >= start)) start = Math.max(start, prevEnd);
  return { sentenceStart, periodStart, clauseStart, start };
}

/** The direction words before the number, or a 新增 at the sentence head carried to a verbless clause. */
function readChange(norm: string, q: Quantity, clause: Clause): Change | null {
  const change = findChange(norm, [clause.start, q.start]);
  if (change || clause.start <= clause.periodStart) return change;
  const clauseText = norm.slice(clause.start, q.start);
  const heads = [norm.slice(clause.sentenceStart, q.start), norm.slice(clause.periodStart, q.start)];
  return !CLAUSE_VERBS.some((v) => clauseText.includes(v)) && heads.some((h) => NEW_AT_HEAD.test(h)) ? "up" : null;
}

/** The metric a bare number continues: the last one in the same sentence, else the previous clause's subject. */
function continuedMetric(norm: string, q: Quantity, clause: Clause, state: RegionState, floor: number): MetricChoice {
  const sameSentence = state.lastMetricAt !== undefined && state.lastMetricAt >= clause.periodStart;
  const inherits = sameSentence && !(q.count && state.lastCount === false);
  const subject = inherits ? null : previousSubject(norm, clause.start, clause.periodStart, floor);
  if (subject) return { text: norm.slice(subject[0], subject[1]), span: subject, scope: null };
  return { text: inherits ? (state.lastMetric ?? "") : "", span: inherits ? state.lastMetricSpan : null, scope: null };
}

/** The metric named before the number, read for scopes (places, 其中, 在…基础上) and composed thresholds. */
function namedMetrics(norm: string, pre: Span, clause: Clause, from: number, q: Quantity, state: RegionState): MetricChoice[] {
  const text = norm.slice(pre[0], pre[1]);
  const places = splitList(norm, pre).map(([a, b]) => norm.slice(a, b));
  if (state.lastMetric && places.every((p) => PLACE.test(p))) {
    return places.map((p) => ({ text: state.lastMetric!, span: state.lastMetricSpan, scope: p }));
  }
  const opensWithQi = /其中$/.test(norm.slice(Math.max(from, pre[0] - 2), pre[0])) || /^其中/.test(norm.slice(clause.start, q.start).trim());
  const basis = ON_BASIS.exec(text);
  if (opensWithQi && state.lastMetric && q.unit === "%" && !METRIC_END.test(text) && text.length <= 10) {
    return [{ text: state.lastMetric, span: state.lastMetricSpan, scope: text }];
  }
  if (basis && opensWithQi && state.lastMetric) return [{ text: state.lastMetric, span: state.lastMetricSpan, scope: basis.groups!.head }];
  if (basis) return [{ text: basis.groups!.head, span: [pre[0], pre[0] + basis.groups!.head.length], scope: null }];
  const place = LEADING_PLACE.exec(text)?.groups!.place;
  if (place) return [{ text: norm.slice(pre[0] + place.length, pre[1]), span: [pre[0] + place.length, pre[1]], scope: place }];
  const threshold = /^([过超][^的]*)的?$/.exec(text);
  if (threshold && state.lastMetric && /[过超][^的]*的/.test(state.lastMetric)) {
    return [{ text: state.lastMetric.replace(/[过超][^的]*/, threshold[1]), span: null, scope: null }];
  }
  return [{ text, span: pre, scope: null }];
}

/** Targets in `norm[from, to)`; `state` carries the last metric across an item's regions. */
export function findTargets(norm: string, original: string, region: Span, state: RegionState = newRegionState()): Target[] {
  const [from, to] = region;
  const out: Target[] = [];
  const accepted: Quantity[] = [];
  const quoted = quotations(norm, region);
  let prevEnd = from;
  for (const q of findQuantities(norm, region)) {
    const clause = locateClause(norm, q, from, quoted, prevEnd, accepted);
    const countBefore = accepted.some((a) => a.end <= q.start && a.start >= clause.clauseStart && a.count);
    if (!q.count && q.unit !== "%" && q.unit !== null && countBefore) continue;
    const floor = accepted.length ? accepted[accepted.length - 1].end : from;
    accepted.push(q);
    prevEnd = q.end;
    const pre = stripFillers(norm, [clause.start, q.start]);
    const preText = norm.slice(pre[0], pre[1]);
    const aspirational = ASPIRATION_WORDS.some((w) => norm.slice(Math.max(clause.sentenceStart, from), q.start).includes(w));
    const change = readChange(norm, q, clause);

    const share = q.unit === "%" || q.unit === "‰" || q.unit === null;
    const after = q.count || (share && EMPTY_METRIC.test(preText)) ? nounAfter(norm, q.end, to) : null;
    const distributive = norm[q.start - 1] === "各";
    let metrics: MetricChoice[];
    if (after && !(q.count && !EMPTY_METRIC.test(preText) && distributive)) {
      metrics = [{ text: norm.slice(after[0], after[1]), span: after, scope: null }];
    } else if (distributive && preText) {
      const parts = splitList(norm, pre);
      const names = completeLevels(parts.map(([a, b]) => norm.slice(a, b)));
      metrics = names.map((text, i) => ({ text, span: text === norm.slice(parts[i][0], parts[i][1]) ? parts[i] : null, scope: null }));
    } else if (EMPTY_METRIC.test(preText)) {
      metrics = [continuedMetric(norm, q, clause, state, floor)];
    } else {
      metrics = namedMetrics(norm, pre, clause, from, q, state);
    }
    if (metrics[0]?.text) {
      state.lastMetric = metrics[0].text;
      if (metrics[0].span) state.lastMetricSpan = metrics[0].span;
    }
    state.lastCount = q.count;
    state.lastMetricAt = q.start;

    let quoteStart = clause.start;
    while (quoteStart < q.start && /[\s、,和及与]/.test(norm[quoteStart])) quoteStart++;
    const quoteEnd = after && metrics[0]?.span === after ? after[1] : q.end;
    const range = q.values.length === 2;
    const previous = accepted[accepted.length - 2];
    const joined = previous && previous.unit === q.unit && /^[\s、和及与]*$/.test(norm.slice(previous.end, q.start));
    const cmp = q.cmp ?? (joined ? previous.cmp : null) ?? "=";
    for (const m of metrics) {
      q.values.forEach((value, i) => {
        out.push({
          quote: original.slice(quoteStart, quoteEnd),
          metric: m.text ? (m.span ? original.slice(m.span[0], m.span[1]) : m.text).replace(/\s+/g, "") : null,
          scope: m.scope,
          value,
          unit: q.unit === null ? null : canonicalUnit(q.unit),
          cmp: range ? (i === 0 ? ">=" : "<=") : cmp,
          change,
          aspirational,
          span: [quoteStart, quoteEnd],
          valueSpan: q.valueSpan,
          metricSpan: m.span,
        });
      });
    }
  }
  return out;
}
