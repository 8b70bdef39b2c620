/**
 * Title: the plan's own name. Read, in order, from the notice wrapper ("现将《X》印发给你们",
 * "《X》已经…同意"), a title line of its own before the first item (ending in a genre word such as 方案,
 * 意见, 计划), a 标题 field or notice line unwrapped ("关于印发《X》的通知" -> X), and last a notice that
 * names no document of its own, whole ("关于下达…任务的通知"). Page chrome alone gives no title.
 */
import type { Line } from "../lines.ts";
import type { Span } from "../types.ts";

const WRAPPER_ISSUE = /现(?:将|把)(?<t>[^,。;]{4,80}?)(?:印发|转发|批转|下发)给/;
const WRAPPER_AGREED = /《(?<t>[^》]{4,80})》(?:已经|经)[^。]{0,40}?(?:同意|通过|审定|研究)/;
const GENRE = /(方案|意见|计划|规划|办法|纲要|细则|要点|安排|措施|决定|规定|分解表|任务表|清单|行动|指南)(\(\d{4}\s*-\s*\d{4}年\)|\(\d{4}年\))?$/;
const NOTICE = /关于(?:印发|转发|批转|下发)[^《]{0,20}《(?<t>[^》]+)》等?的?通知$/;
/** A notice that wraps no named document ("关于下达…任务的通知") is itself the title. */
const OWN_NOTICE = /关于.{4,}的(?:通知|决定|通告|批复)$/;
const FIELD = /^(?:标题\s*:|#+|附\s*件\s*\d{0,2}\s*:?)\s*/;

/** A meta value with its span in the normalised text. */
export interface Found {
  value: string;
  span: Span;
}

function unwrap(norm: string, s: number, e: number): Found {
  const inner = norm.slice(s, e);
  if (inner.startsWith("《") && inner.endsWith("》") && inner.indexOf("《", 1) < 0) return { value: inner.slice(1, -1), span: [s + 1, e - 1] };
  return { value: inner, span: [s, e] };
}

/** A line's text without a 标题/heading/附件 prefix, and where that text starts in the normalised text. */
function withoutField(line: Line): { text: string; start: number } {
  const text = line.text.replace(FIELD, "");
  return { text, start: line.start + (line.text.length - text.length) };
}

/** The title with its span in the normalised text, or null. */
export function findTitle(head: Line[], norm: string): Found | null {
  for (const line of head) {
    const m = WRAPPER_ISSUE.exec(line.text);
    if (m) {
      const s = line.start + m.index + m[0].indexOf(m.groups!.t);
      return unwrap(norm, s, s + m.groups!.t.length);
    }
  }
  for (const line of head) {
    const m = WRAPPER_AGREED.exec(line.text);
    if (m) {
      const s = line.start + m.index + 1;
      return { value: m.groups!.t, span: [s, s + m.groups!.t.length] };
    }
  }
  for (const line of head) {
    const { text, start } = withoutField(line);
    if (/[。,:;]/.test(text) || text.length < 6 || text.length > 60 || NOTICE.test(text)) continue;
    if (GENRE.test(text) && !/^(各|为|根据|按照)/.test(text)) return { value: text, span: [start, start + text.length] };
  }
  for (const line of head) {
    const { text, start } = withoutField(line);
    const m = NOTICE.exec(text);
    if (m && !/[。,;]/.test(text)) {
      const s = start + m.index + m[0].indexOf(m.groups!.t);
      return { value: m.groups!.t, span: [s, s + m.groups!.t.length] };
    }
  }
  for (const line of head) {
    const { text, start } = withoutField(line);
    if (text.length < 6 || text.length > 80 || /[。,;]/.test(text) || !OWN_NOTICE.test(text)) continue;
    return { value: text, span: [start, start + text.length] };
  }
  return null;
}
