/**
 * Unit names in a list: split on 、 , ; 和 及 与 (never inside parentheses, never inside one office's
 * name such as "省打私与海防口岸办"), drop trailing 等/等部门, and inherit the level prefix within the list
 * ("市发改委、科技局" -> 市科技局; "市二环线转型办和搬迁办" -> 市二环线搬迁办).
 */
import type { Span } from "../types.ts";

/** One unit name of a list and the words it was read from. */
export interface NamePiece {
  name: string;
  span: Span;
}

/** Level prefixes a unit name can start with. */
export const LEVEL_PREFIXES = ["省", "市", "县", "区", "镇", "乡"];

/**
 * Endings of a government, party or public body's name, longest first: the grammar of unit names is
 * "place or level prefix + body word", so any office ending in one of these is a unit, listed or not.
 */
export const BODY_WORDS = [
  "人民政府", "委员会", "管委会", "办公室", "办事处", "指挥部", "领导小组", "联席会议", "检察院", "法院", "海关", "科协", "工会", "妇联",
  "团委", "残联", "侨联", "文联", "工商联", "红十字会", "大学", "学院", "党校", "医院", "集团", "公司", "银行", "中心", "总队", "支队",
  "大队", "中队", "街道", "开发区", "园区", "片区", "街镇", "政府", "部门", "单位", "机构", "企业", "协会", "商会", "研究院", "研究所",
  "委", "局", "厅", "办", "部", "室", "会", "院", "所", "站", "队", "处", "社", "署", "馆", "组", "团", "联", "台", "庭", "科", "股", "行", "镇", "乡",
];

/** Endings of an office or body's name. */
export const OFFICE_SUFFIX = new RegExp(`(${BODY_WORDS.join("|")})$`);

/** Endings of a place: a place is never prefixed. */
const PLACE_SUFFIX = /(省|市|县|区|镇|乡|街道|新区|开发区|园区|新城|\))$/;

/** Collective owners kept as written ("各区", "有关部门"). */
const COLLECTIVE = /^(各|有关|相关|其他|其它|全|本|所在|属地)/;

/** Bodies that never inherit a prefix (companies and groups name themselves). */
const NO_INHERIT = /(公司|集团|协会|商会|大学|学院)$/;

const TRAILING_NOISE = /(等(有关|相关)?(部门|单位|机构)?|按照?职责(分工)?|根据职责(分工)?|分别|共同|具体|一起|等)$/;
const LEADING_NOISE = /^(由|会同|及|和|与|并|或|以及)/;

/** Splits `norm[from, to)` into unit names with spans, before prefix inheritance. */
export function splitNames(norm: string, [from, to]: Span): NamePiece[] {
  const pieces: Span[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = norm[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    // names written one a line: a line break parts them after a whole name or at a blank line, not inside a wrapped name
    const lineBreak = ch === "\n" && !/^\s*\(/.test(norm.slice(i + 1, i + 8)) && (/^[ \t]*\n/.test(norm.slice(i + 1, i + 8)) || OFFICE_SUFFIX.test(norm.slice(start, i).trim().replace(/\([^()]*\)$/, "")));
    if ("、,;/".includes(ch) || ch === " " || lineBreak) {
      pieces.push([start, i]);
      start = i + 1;
      continue;
    }
    if ("和及与".includes(ch) && i > start) {
      const left = norm.slice(start, i);
      const right = norm.slice(i + 1, to);
      if ((OFFICE_SUFFIX.test(left) || PLACE_SUFFIX.test(left)) && right.length >= 2) {
        pieces.push([start, i]);
        start = i + 1;
      }
    }
  }
  pieces.push([start, to]);
  const out: NamePiece[] = [];
  for (let [s, e] of pieces) {
    for (let changed = true; changed; ) {
      changed = false;
      while (s < e && /\s/.test(norm[s])) s++;
      while (e > s && /\s/.test(norm[e - 1])) e--;
      const lead = LEADING_NOISE.exec(norm.slice(s, e));
      if (lead && e - s > lead[0].length + 1) {
        s += lead[0].length;
        changed = true;
      }
      const trail = TRAILING_NOISE.exec(norm.slice(s, e));
      if (trail && e - s > trail[0].length) {
        e -= trail[0].length;
        changed = true;
      }
    }
    const name = norm.slice(s, e).replace(/\s+/g, "");
    // a name has a letter in it: "--" in an empty cell is none
    if (name.length >= 2 && name.length <= 30 && !/^(等|部门|单位)$/.test(name) && /[\u4e00-\u9fffA-Za-z]/.test(name)) out.push({ name, span: [s, e] });
  }
  return out;
}

/** The qualifier a name lends to the unprefixed names after it ("市", "市二环线"), or null. */
function qualifierOf(lender: string, borrower: string): string | null {
  if (!hasLevelPrefix(lender) || COLLECTIVE.test(lender)) return null;
  if (lender.endsWith(")")) return lender[0];
  const tail = lender.slice(-borrower.length);
  const head = lender.slice(0, lender.length - borrower.length);
  if (tail.slice(-1) === borrower.slice(-1) && head.length >= 4) return head;
  return lender[0];
}

/** Words that start with a level character but are no prefix ("市场监管局"). */
const LEVEL_LOOKALIKE = /^(市场|市政(?!府))/;

/** True when the name starts with its own level prefix. */
export function hasLevelPrefix(name: string): boolean {
  return LEVEL_PREFIXES.includes(name[0]) && !LEVEL_LOOKALIKE.test(name);
}

/** "天河区政府", "开发区管委会": a proper place name (two characters or more) before the body word. */
const OWN_PLACE = /^([\u4e00-\u9fff]{2,8}?(省|市|区|县|镇|乡|街道)|开发区|新区|园区)(?=[\u4e00-\u9fff])/;

/** True when the name already names the place it belongs to, so it inherits no prefix. */
export function namesOwnPlace(name: string): boolean {
  return OWN_PLACE.test(name) && !LEVEL_LOOKALIKE.test(name) && !/^(城市|都市|社区|小区|景区|城区|郊区|辖区)/.test(name);
}

/** Generic classes of place or body that a 各 before them distributes over ("各区、县级市" -> 各县级市). */
const DISTRIBUTED_CLASS = /^(区|县|市|县级市|县区|县市区|区县|镇|乡|乡镇|街道|街镇|部门|单位|委办局|地区|村|社区)(政府|人民政府)?$/;

/** True when a name takes its list's level prefix. */
function needsPrefix(name: string): boolean {
  if (hasLevelPrefix(name) || COLLECTIVE.test(name) || namesOwnPlace(name)) return false;
  if (/[省市县]/.test(name.slice(1))) return false;
  if (PLACE_SUFFIX.test(name) || NO_INHERIT.test(name)) return false;
  return OFFICE_SUFFIX.test(name);
}

const UNIT_NAME_MAX = 24;
/** Words a unit's name never holds: they belong to a sentence ("移交给相应小区的物业管理单位"). */
const NOT_A_NAME = /的|由|给|将|把|建议|原则上|应当|应该|必须|要求|按照|根据|通过|确保|进行|加强|做好/;

/** True when a name reads as a body that can hold a role: an office, a place or a collective. */
export function looksLikeUnit(name: string): boolean {
  if (/[:,。;]/.test(name) || name.length > UNIT_NAME_MAX || NOT_A_NAME.test(name)) return false;
  const body = name.replace(/\([^()]*\)$/, "");
  if (/平台$/.test(body)) return false;
  return OFFICE_SUFFIX.test(body) || PLACE_SUFFIX.test(body) || COLLECTIVE.test(body);
}

/** True for one named office ("市发改委"), not a collective ("各地", "有关部门") or a place. */
export function isNamedOffice(name: string): boolean {
  return looksLikeUnit(name) && OFFICE_SUFFIX.test(name) && !COLLECTIVE.test(name) && !/(部门|单位|机构|企业)$/.test(name);
}

const SHARED_PLACE = /(街道|街镇|镇|乡|村|社区)$/;

/** "欧阳、曲阳、凉城、广中街道": bare place words before a name ending in 街道 share its ending. */
function shareSuffix(pieces: NamePiece[]): NamePiece[] {
  const out = [...pieces];
  for (let i = out.length - 1; i > 0; i--) {
    const suffix = SHARED_PLACE.exec(out[i].name)?.[1];
    if (!suffix) continue;
    let k = i - 1;
    while (k >= 0 && out[k].name.length <= 4 && !looksLikeUnit(out[k].name) && !COLLECTIVE.test(out[k].name)) k--;
    for (let j = k + 1; j < i; j++) out[j] = { name: out[j].name + suffix, span: out[j].span };
    i = k + 1;
  }
  return out;
}

/** Applies prefix inheritance: each unprefixed office takes the qualifier of the nearest prefixed name before it. */
export function inheritPrefixes(names: NamePiece[]): NamePiece[] {
  const pieces = shareSuffix(names);
  let lender: string | null = null;
  let distributes = false;
  return pieces.map((p) => {
    if (p.name.startsWith("各")) distributes = true;
    else if (distributes && DISTRIBUTED_CLASS.test(p.name)) return { name: `各${p.name}`, span: p.span };
    else distributes = false;
    if (hasLevelPrefix(p.name) && !COLLECTIVE.test(p.name) && !PLACE_SUFFIX.test(p.name.replace(/\(.*\)$/, ""))) {
      lender = p.name;
      return p;
    }
    if (lender && needsPrefix(p.name)) {
      const q = qualifierOf(lender, p.name);
      if (q && !(p.name.startsWith(q) && !LEVEL_LOOKALIKE.test(p.name))) return { name: q + p.name, span: p.span };
    }
    return p;
  });
}
