/** Period: the years the plan covers, from "(2018-2020年)" or a leading "2021年" in the title, else from the head. */
import type { Line } from "../lines.ts";
import type { Span } from "../types.ts";

const RANGE = /(?<a>(?:19|20)\d{2})\s*(?:-|~|至|到)\s*(?<b>(?:19|20)\d{2})\s*年/;
const SINGLE = /(?<![\d(])(?<y>(?:19|20)\d{2})\s*年(?!\d{1,2}月|度?修订|版|第)/;

/** The period with its span, or null. */
export function findPeriod(norm: string, title: Span | null, head: Line[]): { value: [number, number]; span: Span } | null {
  const fromRange = (text: string, offset: number) => {
    const m = RANGE.exec(text);
    if (!m) return null;
    const a = Number(m.groups!.a);
    const b = Number(m.groups!.b);
    return b >= a && b - a <= 30 ? { value: [a, b] as [number, number], span: [offset + m.index, offset + m.index + m[0].length] as Span } : null;
  };
  if (title) {
    const text = norm.slice(title[0], title[1]);
    const r = fromRange(text, title[0]);
    if (r) return r;
    const s = SINGLE.exec(text);
    if (s) {
      const y = Number(s.groups!.y);
      return { value: [y, y], span: [title[0] + s.index, title[0] + s.index + s[0].length] };
    }
  }
  for (const line of head) {
    if (/[。,]/.test(line.text) || !/(方案|计划|规划|纲要|意见)/.test(line.text)) continue;
    const r = fromRange(line.text, line.start);
    if (r) return r;
  }
  return null;
}
