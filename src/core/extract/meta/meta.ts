/** Meta: title, issuer, 文号, date and period, each with its span, read from the document's head and tail. */
import type { Line } from "../lines.ts";
import type { Meta, Span } from "../types.ts";
import { isDateLine, readDate } from "./dates.ts";
import { findDocNumber } from "./doc-number.ts";
import { findIssuer, findSignature } from "./issuer.ts";
import { findPeriod } from "./period.ts";
import { findTitle } from "./title.ts";

const DATE_FIELD = /(?:成文日期|发布日期|发文日期|印发日期|发布时间)\s*:\s*/;
const TAIL_LINES = 6;

function findDate(head: Line[], all: Line[]): { value: string; span: Span } | null {
  const signature = findSignature(all);
  const signed = signature ? all[all.indexOf(signature) + 1] : null;
  for (const lines of [signed ? [signed] : [], head, all.slice(-TAIL_LINES)]) {
    for (const line of lines) {
      if (!isDateLine(line.text)) continue;
      const d = readDate(line.text)!;
      return { value: d.iso, span: [line.start, line.end] };
    }
  }
  for (const line of head) {
    const f = DATE_FIELD.exec(line.text);
    if (!f) continue;
    const from = f.index + f[0].length;
    const d = readDate(line.text.slice(from));
    if (d && d.index === 0) return { value: d.iso, span: [line.start + from, line.start + from + d.length] };
  }
  return null;
}

/**
 * Reads the meta fields. `head` holds the lines before the first item (chrome included), `all` every
 * line; values are sliced from `original` so they read as written.
 */
export function readMeta(original: string, norm: string, head: Line[], all: Line[]): Meta {
  const title = findTitle(head, norm);
  const issuer = findIssuer(head, all);
  const docNumber = findDocNumber(head);
  const date = findDate(head, all);
  const period = findPeriod(norm, title?.span ?? null, head);
  const slice = (f: { span: Span } | null) => (f ? original.slice(f.span[0], f.span[1]) : null);
  return {
    title: slice(title),
    issuer: slice(issuer),
    docNumber: slice(docNumber),
    date: date?.value ?? null,
    period: period?.value ?? null,
    spans: {
      title: title?.span ?? null,
      issuer: issuer?.span ?? null,
      docNumber: docNumber?.span ?? null,
      date: date?.span ?? null,
      period: period?.span ?? null,
    },
  };
}
