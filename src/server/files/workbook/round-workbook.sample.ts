/** A unit's round data of any size, for tests and benchmarks of the reporting workbook. */
import type { RoundWorkbookDto } from "./round-workbook.layout.ts";

/** `items` items, each with `targetsPerItem` targets; ids are stable strings derived from the position. */
export function sampleRoundWorkbook(items = 3, targetsPerItem = 1): RoundWorkbookDto {
  return {
    roundId: "round-2025-09",
    unitId: "unit-jxj",
    unitName: "市经信局",
    period: "2025-09",
    deadline: "2025-10-05",
    items: Array.from({ length: items }, (_, i) => ({
      itemId: `item-${i + 1}`,
      planTitle: "鄂州市制造业高质量发展实施方案",
      path: `二/（一）/${i + 1}`,
      heading: `实施技术改造工程，推动第${i + 1}批重点企业智能化改造`,
      role: i % 3 === 2 ? "support" : "lead",
      deadline: "2025-12-31",
      progress: i === 0 ? "上月已完成项目遴选" : "",
      problems: "",
      targets: Array.from({ length: targetsPerItem }, (_, j) => ({
        targetId: `target-${i + 1}-${j + 1}`,
        quote: `规模以上工业增加值年均增长8%以上`,
        metric: j === 0 ? "规模以上工业增加值增速" : `技改投资第${j + 1}项`,
        value: 8,
        unit: "%",
        cmp: ">=",
        previous: 6.5,
        current: null,
        noDataReason: null,
      })),
    })),
  };
}
