/**
 * A task table's columns, read from its header cells by their vocabulary: what each column holds
 * (content, roles, time, numbers, a row key, remarks). Any number of content columns; a header word
 * outside the vocabulary is kept as an "other" column instead of ending the header.
 */
import type { Span } from "../../types.ts";

/** What a column's cells hold. */
export const COLUMN_ROLES = ["seq", "section", "content", "target", "lead", "support", "owners", "when", "key", "number", "other"] as const;
/** One column role. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** One column: its role, its header as written, and the measure unit its header names ("面积(平方公里)" → 平方公里). */
export interface Column {
  role: ColumnRole;
  header: string;
  unit: string | null;
  /** where the header cell stands in the text, when it has one */
  span: Span | null;
}

/** Units a number column's header may name in brackets, or a table's "单位:亩" line. */
const HEADER_UNIT = /[(（](?<unit>[^()（）]{1,8})[)）]$/;
const MEASURE = /^(%|‰|万|[万亿千百]?(元|美元|亩|公顷|平方公里|平方千米|平方米|m2|m²|㎡|km2|公里|千米|米|吨|千瓦|千瓦时|立方米|个|家|户|人|人次|处|座|条|项|辆|台|套|间|所|张|栋|幢|棵|株|件|次|场|kW|MW))$/;

/** Header words and the role they announce, tried in order (任务量 is a number before 任务 is content). */
export const HEADER_WORDS: [RegExp, ColumnRole][] = [
  [/^(序号|编号|序|项次|排序|顺序|No\.?|[\u4e00-\u9fff]{1,4}序号)$/, "seq"],
  [/备注|说明|参考|依据|文件|负责人|联系人|责任人|领导|联系方式|电话|进展|完成情况|资金来源|经费来源|是否|方式|形式|地址|位置|坐标/, "other"],
  [/牵头|主责|主办/, "lead"],
  [/配合|协办|参与|协同|协助|支撑|协作|支持/, "support"],
  [/责任|负责|权属(部门|单位)|实施主体|实施单位|承办|主体|推进单位|落实单位|完成单位|主管|承担|执行单位|推进部门|落实部门/, "owners"],
  [/时限|时间|期限|进度|节点|完成时|年限/, "when"],
  [/面积|数量|任务量|工作量|规模|金额|总投资|投资额|投资|产值|个数|户数|人数|总量|容量|装机|产量|总数|合计|小计|^\d{4}年?$/, "number"],
  [/目标|指标|成果|标准|预期|考核/, "target"],
  [/^(新增|新建|累计)/, "number"],
  [/^(区|县|区县|所在区|所在地区?|地区|区域|街镇|街道|镇|乡镇|镇街|街道镇|镇\(街道\)|单位|单位名称|部门|年份|年度|属地|行政区|行政区划|区名|镇名|园区|村|村居|社区)$/, "key"],
  [/(类别|类型|领域|板块|分类)$/, "section"],
  [/(子行业|行业|分行业)$/, "key"],
  [/任务|内容|措施|举措|事项|工作|名称|项目|要求|重点|计划|清单|问题|环节|四至|范围/, "content"],
  [/类别|领域|板块|分类|方面|专项|类型|阶段/, "section"],
];

const HEADER_MAX = 24;

/** The measure unit a header names in brackets ("面积(平方公里)"), or null. */
export function headerUnit(cell: string): string | null {
  const m = HEADER_UNIT.exec(cell.replace(/\s+/g, ""));
  const unit = m?.groups!.unit.replace(/^单位[:：]/, "") ?? null;
  return unit && MEASURE.test(unit) ? unit : null;
}

/** The role a header cell announces, or null when it is no header word. */
export function headerRole(cell: string): ColumnRole | null {
  const t = cell.replace(/\s+/g, "");
  if (t.length === 0 || t.length > HEADER_MAX || /[,，。;；、:：]/.test(t)) return null;
  if (/\d/.test(t.replace(/\d{4}年?/, "").replace(HEADER_UNIT, ""))) return null;
  const bare = t.replace(HEADER_UNIT, "");
  // the table's own title ("重点任务分解表", "公共排水设施移交设施量清单"), above its header
  if (/表$/.test(bare) || (/清单$/.test(bare) && bare.length >= 8)) return null;
  if (headerUnit(t) && bare.length > 0) return /^(序号|编号)$/.test(bare) ? "seq" : "number";
  for (const [re, role] of HEADER_WORDS) if (re.test(bare)) return role;
  return null;
}

/** A header word outside the vocabulary ("参考文件" in a table that lacks it): short, no punctuation, no number. */
export function isUnknownHeaderWord(cell: string): boolean {
  const t = cell.replace(/\s+/g, "").replace(HEADER_UNIT, "");
  return t.length >= 2 && t.length <= 8 && !/[,，。;；、:：\d%]/.test(t) && /^[\u4e00-\u9fff()（）]+$/.test(t);
}

/** Makes a column from a header cell; unknown words become "other". */
export function toColumn(cell: string, span: Span | null = null): Column {
  const header = cell.replace(/\s+/g, "");
  return { role: headerRole(header) ?? "other", header, unit: headerUnit(header), span };
}

const CONTENT_ROLES: ReadonlySet<ColumnRole> = new Set(["content", "target"]);

/** A group column (类别, 类型) leads the rows; one after the task or name columns ("类型(等级)" last) is a plain attribute. */
export function placeGroups(columns: Column[]): Column[] {
  const firstBody = columns.findIndex((c) => CONTENT_ROLES.has(c.role));
  return columns.map((c, i) => (c.role === "section" && firstBody >= 0 && i > firstBody ? { ...c, role: "other" } : c));
}
const ROLE_COLUMNS: ReadonlySet<ColumnRole> = new Set(["lead", "support", "owners"]);

/** True when the columns make a table worth reading as items: something to do or to measure, and who, when, which or how much. */
export function isTableHeader(columns: Column[]): boolean {
  const roles = columns.map((c) => c.role);
  const known = roles.filter((r) => r !== "other").length;
  if (known < 2 || known < roles.length / 2) return false;
  if (roles.filter((r) => r === "seq").length > 1) return false;
  // figures need something that says whose or when: a role column, or a year column (建设时间 | … | 数量)
  const hasBody = roles.some((r) => CONTENT_ROLES.has(r) || r === "key") || (roles.includes("number") && roles.some((r) => ROLE_COLUMNS.has(r) || r === "when"));
  const hasFrame = roles.some((r) => ROLE_COLUMNS.has(r) || r === "seq" || r === "when" || r === "number");
  // an indicator table (指标名称 | 目标值 | 指标类型) frames itself: a name and its value
  const bodies = roles.filter((r) => CONTENT_ROLES.has(r)).length;
  return hasBody && (hasFrame || (bodies >= 2 && roles.length >= 3));
}

/** True when some column names who does the work. */
export function hasRoleColumn(columns: Column[]): boolean {
  return columns.some((c) => ROLE_COLUMNS.has(c.role));
}
