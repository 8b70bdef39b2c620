/**
 * The word tables the rules read: units of measure, comparison words, direction words, aspiration
 * words. They come from the genre's grammar, not from any one document; extend them here.
 */
import type { Change, Comparison } from "../types.ts";

/** Counted things: a noun may follow ("30家重点企业"), the count is still the target. */
const COUNT_BASES = [
  "人次", "家", "部", "个", "项", "只", "件", "名", "人", "次", "所", "座", "条", "套", "台",
  "辆", "户", "场次", "场", "处", "组", "具", "张", "篇", "栋", "宗", "艘", "支", "类", "款", "例", "起", "床", "间", "幢", "棵", "株", "头",
];

/** Magnitudes written into the unit ("1.5万户", "3亿人次"); the unit keeps them. */
const MAGNITUDES = ["万", "亿"];

/** Counted units, with and without magnitude. */
export const COUNT_UNITS = [...MAGNITUDES.flatMap((m) => COUNT_BASES.map((u) => m + u)), ...COUNT_BASES];

/** Measured quantities: amounts, shares, areas. A noun right after one makes it a threshold ("超亿元企业"). */
export const MEASURE_UNITS = [
  "个百分点", "百分点", "%", "‰", "亿美元", "万美元", "美元", "亿元", "万元", "千元", "元", "万亩", "亩", "公顷",
  "万平方米", "平方米", "平方公里", "平方千米", "千米", "公里", "万千瓦时", "千瓦时", "万千瓦", "千瓦", "兆瓦", "MW",
  "kV", "KV", "千伏", "万吨标准煤", "吨标准煤", "吨/日", "万吨", "亿吨", "吨", "万锭", "升", "亿立方米", "万立方米", "立方米", "亿千瓦时", "倍", "米",
];

/** Durations: a target only when a time limit is committed ("审批时间压缩至3个工作日以内"), else a deadline. */
export const DURATION_UNITS = ["个工作日", "工作日", "个小时", "小时", "分钟"];

/** Unit as the plan shows it: "个百分点" is stored as "百分点". */
export function canonicalUnit(unit: string): string {
  return unit === "个百分点" ? "百分点" : unit === "KV" ? "kV" : unit;
}

/** Comparison words written before the number, longest first. */
export const CMP_BEFORE: [string, Comparison][] = [
  ["不少于", ">="], ["不低于", ">="], ["不小于", ">="], ["不下于", ">="], ["至少", ">="], ["超过", ">="], ["突破", ">="],
  ["高于", ">="], ["大于", ">="], ["多于", ">="], ["过", ">="],
  ["不得超过", "<="], ["不宜超过", "<="], ["不得高于", "<="], ["不得低于", ">="], ["不得少于", ">="], ["不超过", "<="], ["不高于", "<="], ["不大于", "<="], ["不多于", "<="], ["低于", "<="], ["少于", "<="], ["小于", "<="],
  ["控制在", "<="], ["大约", "~"], ["约", "~"], ["接近", "~"], ["近", "~"],
];

/** Comparison words written after the number and unit, longest first. */
export const CMP_AFTER: [string, Comparison][] = [
  ["及以上", ">="], ["以上", ">="], ["及以下", "<="], ["以下", "<="], ["以内", "<="], ["之内", "<="], ["左右", "~"], ["上下", "~"],
];

/** Direction words: what the number changes by. */
export const CHANGE_WORDS: [string, Change][] = [
  ["新培育", "up"], ["新引进", "up"], ["新建", "up"], ["净增", "up"], ["新增", "up"], ["增长", "up"], ["提高", "up"],
  ["提升", "up"], ["上升", "up"], ["增加", "up"], ["下降", "down"], ["降低", "down"], ["减少", "down"],
  ["压缩", "down"], ["下调", "down"], ["削减", "down"], ["压减", "down"],
];

/** Compounds that contain a direction word but name a thing ("增加值", "增长点"). */
export const CHANGE_FALSE_FRIENDS = ["增加值", "增长点", "增长极", "新增长", "提升工程", "提高质量"];

/** Words that make the targets after them, to the end of the sentence, aspirational. */
export const ASPIRATION_WORDS = ["力争", "争取", "争创", "力求", "努力"];

/** Verbs that, when a clause has one, stop a sentence-initial 新增 from carrying over to it. */
export const CLAUSE_VERBS = [
  "完成", "实现", "达成", "达到", "建设", "建成", "培育", "实施", "引进", "开发", "创建", "打造", "推进", "组织", "承办",
  "举办", "培训", "抓好", "形成", "保持", "确保", "扶持", "做强", "壮大", "提升", "提高", "增长", "下降", "开展",
];
