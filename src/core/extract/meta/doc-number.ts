/** 文号: "鄂州政发〔2018〕19号", from a 文号 field or a line of its own in the head of the document. */
import type { Line } from "../lines.ts";
import type { Span } from "../types.ts";

/** A document number: issuer code, bracketed year, serial. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}\s*[〔\[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,4}\s*号/;
const FIELD = /(?:文\s*号|发文字号)\s*:\s*/;

/** The document's own number with its span, or null (cited numbers in the body are not it). */
export function findDocNumber(head: Line[]): { value: string; span: Span } | null {
  for (const line of head) {
    const f = FIELD.exec(line.text);
    const rest = f ? line.text.slice(f.index + f[0].length) : null;
    const m = rest !== null ? DOC_NUMBER.exec(rest) : null;
    if (f && m && m.index <= 2) {
      const s = line.start + f.index + f[0].length + m.index;
      return { value: m[0], span: [s, s + m[0].length] };
    }
  }
  for (const line of head) {
    const m = DOC_NUMBER.exec(line.text);
    if (m && m[0].length === line.text.length) return { value: m[0], span: [line.start, line.end] };
  }
  return null;
}
