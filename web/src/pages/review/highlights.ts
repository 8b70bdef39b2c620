/**
 * Turns a plan's source spans into highlight segments for the review screen: every extracted field (item
 * headings, unit mentions, target quotes, values and metrics, time mentions, meta fields) becomes a mark, and
 * the text is cut at every mark boundary so each piece knows all the marks covering it.
 */
import type { PlanDetail, Span } from "../../api/types.ts";

export const MARK_KINDS = ["item", "cell", "heading", "unit", "target", "value", "metric", "time", "meta"] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** One highlighted field, pointing back at what it belongs to. */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  itemId: string | null;
  targetId?: string;
  unitName?: string;
  /** a table cell's column header ("牵头部门") */
  column?: string;
}

/** A run of text with the same set of covering marks. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

function pushSpan(marks: Mark[], span: Span | null | undefined, mark: Omit<Mark, "start" | "end">, length: number): void {
  if (!span) return;
  const start = Math.max(0, Math.min(span[0], length));
  const end = Math.max(start, Math.min(span[1], length));
  if (end > start) marks.push({ ...mark, start, end });
}

/** Every mark of a plan, in no particular order. */
export function buildMarks(detail: Pick<PlanDetail, "text" | "items" | "plan">): Mark[] {
  const marks: Mark[] = [];
  const length = detail.text.length;
  // No "meta" marks: the API's plan meta (planDetailSchema) carries no spans, so the spans the parser found for
  // the title, issuer, 文号, date and period never reach the web (the loop that read them always found none).
  for (const item of detail.items) {
    const itemId = item.id;
    pushSpan(marks, item.span, { kind: "item", itemId }, length);
    pushSpan(marks, item.headingSpan, { kind: "heading", itemId }, length);
    for (const cell of item.cells ?? []) pushSpan(marks, cell.span, { kind: "cell", itemId, column: cell.column }, length);
    for (const assignment of item.assignments) {
      pushSpan(marks, assignment.span, { kind: "unit", itemId, unitName: assignment.name }, length);
    }
    for (const target of item.targets) {
      pushSpan(marks, target.span, { kind: "target", itemId, targetId: target.id }, length);
      pushSpan(marks, target.valueSpan, { kind: "value", itemId, targetId: target.id }, length);
      pushSpan(marks, target.metricSpan, { kind: "metric", itemId, targetId: target.id }, length);
    }
    for (const time of item.times ?? []) pushSpan(marks, time.span, { kind: "time", itemId }, length);
  }
  return marks;
}

/** Cuts `[0, length)` at every mark boundary; each segment lists the marks that cover it entirely. */
export function segment(length: number, marks: Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= length).sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let open: Mark[] = [];
  let next = 0;
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index];
    const end = points[index + 1];
    while (next < byStart.length && byStart[next].start <= start) open.push(byStart[next++]);
    open = open.filter((mark) => mark.end > start);
    segments.push({ start, end, marks: open.filter((mark) => mark.start <= start && mark.end >= end) });
  }
  return segments;
}

/** The most specific thing a click on a segment means: a target, else a unit mention, else the item. */
export function selectionAt(piece: Segment): { itemId: string | null; targetId?: string; unitName?: string } {
  const target = piece.marks.find((mark) => mark.targetId);
  const unit = piece.marks.find((mark) => mark.kind === "unit");
  const item = piece.marks.find((mark) => mark.kind === "item") ?? piece.marks.find((mark) => mark.itemId);
  const itemId = target?.itemId ?? unit?.itemId ?? item?.itemId ?? null;
  return { itemId, targetId: target?.targetId, unitName: target ? undefined : unit?.unitName };
}
