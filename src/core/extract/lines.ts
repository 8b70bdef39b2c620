import type { Span } from "./types.ts";

/** One line of the normalised text, trimmed: `text === norm.slice(start, end)`. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** a blank line stands between this line and the one before it (tables use blank lines to part cells or rows) */
  blankBefore?: boolean;
}

const BLANK = /[\s\u200b]/;

/** Splits the text into trimmed, non-empty lines with their offsets. */
export function splitLines(norm: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  let blank = false;
  while (from <= norm.length) {
    let to = norm.indexOf("\n", from);
    if (to < 0) to = norm.length;
    let s = from;
    let e = to;
    while (s < e && BLANK.test(norm[s])) s++;
    while (e > s && BLANK.test(norm[e - 1])) e--;
    if (e > s) {
      lines.push({ start: s, end: e, text: norm.slice(s, e), blankBefore: blank && lines.length > 0 });
      blank = false;
    } else blank = true;
    from = to + 1;
  }
  return lines;
}

/** Trims whitespace (and the given extra characters) from both ends of a span of `norm`. */
export function trimSpan(norm: string, [start, end]: Span, extra = ""): Span {
  const skip = (ch: string) => BLANK.test(ch) || extra.includes(ch);
  let s = start;
  let e = end;
  while (s < e && skip(norm[s])) s++;
  while (e > s && skip(norm[e - 1])) e--;
  return [s, e];
}
