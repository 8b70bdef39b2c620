/** The source document with every extracted field highlighted; a click selects the field's item, target or unit. */
import { type MouseEvent, memo, useEffect, useMemo, useRef } from "react";
import type { PlanDetail } from "../../api/types.ts";
import { type MessageKey, useI18n } from "../../locales/i18n.tsx";
import { buildMarks, type Mark, type MarkKind, segment, selectionAt } from "./highlights.ts";
import type { Selection } from "./selection.ts";

const CLASS_OF: Record<MarkKind, string> = {
  item: "",
  cell: "mark-cell",
  heading: "mark-heading",
  unit: "mark-unit",
  target: "mark-target",
  value: "mark-value",
  metric: "mark-metric",
  time: "mark-time",
  meta: "mark-meta",
};

const LEGEND: [MarkKind, MessageKey][] = [
  ["cell", "review.mark.cell"],
  ["heading", "review.mark.heading"],
  ["unit", "review.mark.unit"],
  ["target", "review.mark.target"],
  ["value", "review.mark.value"],
  ["metric", "review.mark.metric"],
  ["time", "review.mark.time"],
  ["meta", "review.mark.meta"],
];

function isActive(mark: Mark, selection: Selection): boolean {
  if (selection.targetId) return mark.targetId === selection.targetId && mark.kind === "target";
  if (selection.unitName) return mark.kind === "unit" && mark.unitName === selection.unitName;
  return false;
}

interface SourcePaneProps {
  detail: PlanDetail;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

/** The highlighted source text. */
export const SourcePane = memo(function SourcePane({ detail, selection, onSelect }: SourcePaneProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const marks = useMemo(() => buildMarks(detail), [detail]);
  const pieces = useMemo(() => segment(detail.text.length, marks), [detail.text.length, marks]);
  const present = useMemo(() => new Set(marks.map((mark) => mark.kind)), [marks]);
  const firstOfItem = useMemo(() => {
    const seen = new Map<string, number>();
    pieces.forEach((piece, index) => {
      const item = piece.marks.find((mark) => mark.kind === "item");
      if (item?.itemId && !seen.has(item.itemId)) seen.set(item.itemId, index);
    });
    return seen;
  }, [pieces]);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const selector = selection.targetId
      ? `[data-target="${selection.targetId}"]`
      : selection.itemId
        ? `[data-s="${firstOfItem.get(selection.itemId) ?? -1}"]`
        : null;
    const element = selector ? root.querySelector<HTMLElement>(selector) : null;
    if (!element) return;
    const top = element.offsetTop - root.offsetTop - root.clientHeight / 3;
    root.scrollTo({ top: Math.max(0, top), behavior: "smooth" });
  }, [selection.itemId, selection.targetId, firstOfItem]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const element = (event.target as HTMLElement).closest<HTMLElement>("[data-s]");
    if (!element) return;
    const piece = pieces[Number(element.dataset.s)];
    if (piece) onSelect(selectionAt(piece));
  };

  return (
    <div>
      <div className="legend" aria-label={t("review.legend")}>
        {LEGEND.filter(([kind]) => present.has(kind)).map(([kind, key]) => (
          <span key={kind} className={CLASS_OF[kind]}>
            {t(key)}
          </span>
        ))}
      </div>
      <div className="source-text" ref={container} onClick={onClick} data-testid="source-text">
        {pieces.map((piece, index) => {
          const classes = piece.marks.map((mark) => CLASS_OF[mark.kind]).filter(Boolean);
          const itemMark = piece.marks.find((mark) => mark.kind === "item");
          if (selection.itemId && itemMark?.itemId === selection.itemId) classes.push("mark-item-selected");
          if (piece.marks.some((mark) => isActive(mark, selection))) classes.push("mark-active");
          const target = piece.marks.find((mark) => mark.kind === "target");
          const cell = piece.marks.find((mark) => mark.kind === "cell");
          return (
            <span
              key={piece.start}
              data-s={index}
              data-item={itemMark?.itemId}
              data-target={target?.targetId}
              data-column={cell?.column}
              title={cell?.column || undefined}
              className={classes.join(" ") || undefined}
            >
              {detail.text.slice(piece.start, piece.end)}
            </span>
          );
        })}
      </div>
    </div>
  );
});
