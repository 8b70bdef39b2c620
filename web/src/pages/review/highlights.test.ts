import { describe, expect, it } from "vitest";
import type { ItemDto, PlanDetail } from "../../api/types.ts";
import { extractPlan } from "../../../../src/core/extract/pipeline.ts";
import { buildMarks, segment, selectionAt } from "./highlights.ts";

const text = "一、目标。到2025年，规上工业增加值增长8%以上（牵头单位：市经信局）。";
const at = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];

function item(overrides: Partial<ItemDto>): ItemDto {
  return {
    id: "i1",
    key: "一",
    parentId: null,
    path: ["一"],
    kind: "goal",
    heading: "目标",
    anchor: "一、",
    text,
    span: [0, text.length],
    headingSpan: at("目标"),
    version: 1,
    when: [],
    cells: [],
    times: [{ text: "到2025年", span: at("到2025年") }],
    assignments: [{ id: "a1", role: "lead", name: "市经信局", unitId: null, span: at("市经信局") }],
    targets: [
      {
        id: "t1",
        itemId: "i1",
        version: 1,
        quote: "规上工业增加值增长8%以上",
        metric: "规上工业增加值增速",
        scope: null,
        value: 8,
        unit: "%",
        cmp: ">=",
        change: "up",
        aspirational: false,
        baseline: null,
        deadline: null,
        milestones: [],
        kind: "growth",
        span: at("规上工业增加值增长8%以上"),
        valueSpan: at("8"),
        metricSpan: at("规上工业增加值"),
      },
    ],
    ...overrides,
  };
}

function detail(items: ItemDto[]): Pick<PlanDetail, "text" | "items" | "plan"> {
  const plan = { meta: { title: null } } as unknown as PlanDetail["plan"];
  return { text, items, plan };
}

describe("review highlights", () => {
  it("covers the whole text with contiguous segments", () => {
    const pieces = segment(text.length, buildMarks(detail([item({})])));
    expect(pieces[0].start).toBe(0);
    expect(pieces.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < pieces.length; i += 1) expect(pieces[i].start).toBe(pieces[i - 1].end);
  });

  it("puts the value inside its target quote and selects the target on click", () => {
    const pieces = segment(text.length, buildMarks(detail([item({})])));
    const value = pieces.find((piece) => text.slice(piece.start, piece.end) === "8");
    expect(value?.marks.map((mark) => mark.kind).sort()).toEqual(["item", "target", "value"]);
    expect(selectionAt(value!)).toEqual({ itemId: "i1", targetId: "t1", unitName: undefined });
  });

  it("selects a unit mention by its name", () => {
    const pieces = segment(text.length, buildMarks(detail([item({})])));
    const unit = pieces.find((piece) => text.slice(piece.start, piece.end) === "市经信局");
    expect(selectionAt(unit!)).toEqual({ itemId: "i1", targetId: undefined, unitName: "市经信局" });
  });

  it("marks a table row's cells, each with its column, from the real extractor's reading of a flattened table", () => {
    const table = ["附件", "", "序号", "", "重点任务", "", "牵头部门", "", "完成时限", "", "1", "", "推进屋顶光伏建设", "", "区发展改革委", "", "2025年底前"].join("\n");
    const extracted = extractPlan(table, { doc: "t.txt" }).items[0];
    const row = item({ span: extracted.span, headingSpan: null, times: [], assignments: [], targets: [], cells: extracted.cells });
    const marks = buildMarks({ text: table, items: [row], plan: detail([]).plan }).filter((mark) => mark.kind === "cell");
    expect(marks.map((mark) => [table.slice(mark.start, mark.end), mark.column])).toEqual([
      ["推进屋顶光伏建设", "重点任务"],
      ["区发展改革委", "牵头部门"],
      ["2025年底前", "完成时限"],
    ]);
  });

  it("clamps spans that run past the text and drops empty ones", () => {
    const marks = buildMarks(detail([item({ headingSpan: [5, 5], span: [0, text.length + 50] })]));
    expect(marks.some((mark) => mark.kind === "heading")).toBe(false);
    expect(marks.find((mark) => mark.kind === "item")?.end).toBe(text.length);
  });
});
