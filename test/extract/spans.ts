/** Span checks shared by the corpus and property tests. */
import { normaliseText } from "../../src/core/extract/normalise.ts";
import type { Plan, Span } from "../../src/core/extract/types.ts";

/** Checks every span of a plan against the text it came from; returns the problems found (empty when sound). */
export function spanProblems(text: string, plan: Plan): string[] {
  const problems: string[] = [];
  const inside = (what: string, span: Span | null) => {
    if (span === null) return;
    const [s, e] = span;
    if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length)) problems.push(`${what}: span ${s},${e} outside 0..${text.length}`);
  };
  const equals = (what: string, span: Span | null, value: string | null) => {
    inside(what, span);
    if (span && value !== null && text.slice(span[0], span[1]) !== value) problems.push(`${what}: ${JSON.stringify(value)} != slice ${JSON.stringify(text.slice(span[0], span[1]))}`);
  };
  const m = plan.meta;
  equals("title", m.spans.title, m.title);
  equals("issuer", m.spans.issuer, m.issuer);
  equals("docNumber", m.spans.docNumber, m.docNumber);
  inside("date", m.spans.date);
  inside("period", m.spans.period);
  for (const item of plan.items) {
    inside(`${item.id} span`, item.span);
    equals(`${item.id} heading`, item.headingSpan, item.heading);
    if (!text.includes(item.anchor)) problems.push(`${item.id} anchor not verbatim: ${item.anchor}`);
    for (const t of item.targets) {
      equals(`${item.id} quote`, t.span, t.quote);
      inside(`${item.id} value`, t.valueSpan);
      inside(`${item.id} metric`, t.metricSpan);
      const metricText = t.metricSpan ? text.slice(t.metricSpan[0], t.metricSpan[1]).replace(/\s+/g, "") : null;
      if (t.metricSpan && metricText !== t.metric) problems.push(`${item.id} metric ${t.metric} != slice ${metricText} (whitespace aside)`);
    }
    for (const u of item.units) {
      inside(`${item.id} unit ${u.name}`, u.span);
      const written = normaliseText(text.slice(u.span[0], u.span[1])).replace(/\s+/g, "");
      if (!u.name.endsWith(written)) problems.push(`${item.id} unit ${u.name} is not the words ${written} (plus an inherited prefix)`);
    }
    for (const t of item.times) equals(`${item.id} time`, t.span, t.text);
  }
  return problems;
}
