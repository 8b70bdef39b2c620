/**
 * Issuer: the body that signs the plan, from the signature line right above the signing date, else a
 * 发布单位 / 发布机构 / 发文机关 field. "经省政府同意" names no issuer.
 */
import type { Line } from "../lines.ts";
import type { Span } from "../types.ts";
import { isDateLine } from "./dates.ts";

const BODY = /^[\u4e00-\u9fff() ]{2,40}(政府|办公室|办公厅|委员会|管委会|局|厅|委|办|部|院|中心|公司)$/;
/** "X市人民政府关于…": the body that opens a title line issues it. */
const TITLE_BODY = /^(?<body>[\u4e00-\u9fff()]{1,30}?(人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|委员会|管委会|局|厅))(关于|印发)/;
const FIELD = /^(?:发布单位|发布机构|发文机关|发文单位)\s*:\s*(?<v>\S[^:]*?)(?=\s+\S+\s*:|$)/;

/** The signature line: a body's name right above a date line, or null. */
export function findSignature(lines: Line[]): Line | null {
  for (let i = 1; i < lines.length; i++) {
    if (isDateLine(lines[i].text) && BODY.test(lines[i - 1].text)) return lines[i - 1];
  }
  return null;
}

/** The issuer with its span, or null. */
export function findIssuer(head: Line[], all: Line[]): { value: string; span: Span } | null {
  const signature = findSignature(all);
  if (signature) return { value: signature.text, span: [signature.start, signature.end] };
  for (const line of head) {
    const m = FIELD.exec(line.text);
    if (m) {
      const s = line.start + m[0].indexOf(m.groups!.v);
      return { value: m.groups!.v, span: [s, s + m.groups!.v.length] };
    }
  }
  for (let i = 0; i + 1 < head.length; i++) {
    if (BODY.test(head[i].text) && /^关于/.test(head[i + 1].text)) return { value: head[i].text, span: [head[i].start, head[i].end] };
  }
  for (const line of head) {
    const m = TITLE_BODY.exec(line.text.replace(/^(标题\s*:|#+)\s*/, ""));
    if (m) {
      const s = line.start + line.text.indexOf(m.groups!.body);
      return { value: m.groups!.body, span: [s, s + m.groups!.body.length] };
    }
  }
  return null;
}
