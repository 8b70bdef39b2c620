/**
 * What a table cell holds, read from the cell alone: a row number, a section number or title, a
 * number, a time phrase, a list of unit names, or free text. The table reader uses these kinds to put
 * each cell in its column when the rows do not all have the same width.
 */
import { looksLikeUnit, splitNames } from "../../rules/unit-names.ts";

/** The kinds of cell. */
export const CELL_KINDS = ["blank", "seq", "cnSeq", "sectionTitle", "number", "when", "units", "address", "shortText", "text"] as const;
/** One kind of cell. */
export type CellKind = (typeof CELL_KINDS)[number];

const BLANK = /^([/／\\—–\-－]+|无|暂无)$/;
const SEQ = /^\d{1,3}[.、]?$/;
const CN_SEQ = /^([一二三四五六七八九十]{1,3}[、.]?|\([一二三四五六七八九十]{1,3}\))$/;
const SECTION_TITLE = /^([一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))\s*[^。;]{2,40}$/;
/** "345个", "35-36", "24.3万户/682个", "634吨/日": a figure or range with its unit, or two figures of one row */
const NUMBER = /^[约近]?[-+]?\d[\d,]*(\.\d+)?([-~]\d[\d,]*(\.\d+)?)?\s*(%|‰|[万亿]?[\u4e00-\u9fff]{0,3})?(\/(\d[\d,]*(\.\d+)?)?[万亿]?[\u4e00-\u9fff]{0,3})?$/;
const TIME_WORD = /(\d{4}年|\d{1,2}月|[一二三四]季度|上半年|下半年|全年|年内|年底|年末|每年|每月|每季度|按月|按季|定期|前完成|底前|以前|之前)/;
/** A cell that is only an open-ended time word ("持续推进", "长期坚持"). */
const OPEN_TIME = /^(持续|长期|常态化?|按计划|逐步|分年度|分阶段|适时)(推进|开展|实施|坚持|落实|完成)?$/;
const TIME_MAX = 24;
/** "南桥镇秀南路161号", "扶港路1150弄1号": a street address (a site list's 地址 column). */
const ADDRESS = /(路|街|弄|巷|道|公路|大道)\d+(号|弄)|\d+号$/;

/** True for a cell that gives a time: "2026年底前", "全年推进", "三季度完成", "持续推进". */
export function isTimeCell(text: string): boolean {
  if (OPEN_TIME.test(text)) return true;
  return text.length <= TIME_MAX && TIME_WORD.test(text) && !/[。;]/.test(text) && !/[、,]\s*\S+[局委办]$/.test(text);
}

/** True for a cell that lists unit names: most of its names read as bodies ("发展改革委、生态环境局等"). */
export function isUnitList(text: string): boolean {
  if (text.length > 200 || /[。;:]/.test(text)) return false;
  const names = splitNames(text, [0, text.length]);
  if (names.length === 0) return false;
  // a two-character word ("社区", "街道") names a class of place, not a unit
  const units = names.filter((n) => n.name.length > 2 && looksLikeUnit(n.name)).length;
  return units / names.length >= 0.6;
}

/** The kind of a cell's text. */
export function cellKind(raw: string): CellKind {
  const text = raw.replace(/\s+/g, "");
  if (text === "" || BLANK.test(text)) return "blank";
  if (SEQ.test(text)) return "seq";
  if (CN_SEQ.test(text)) return "cnSeq";
  if (SECTION_TITLE.test(text)) return "sectionTitle";
  if (NUMBER.test(text) && !/^\d{4}年/.test(text)) return "number";
  if (isTimeCell(text)) return "when";
  if (ADDRESS.test(text) && text.length <= 40) return "address";
  if (isUnitList(text)) return "units";
  return text.length <= 12 ? "shortText" : "text";
}
