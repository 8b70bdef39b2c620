import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { rank } from "../../../core/domain/assessment/ranking.ts";
import { DEFAULT_RULES } from "../../../core/domain/assessment/rules.ts";
import { scoreUnits, type AssessedUnit } from "../../../core/domain/assessment/score.ts";
import type { RankingDto } from "./ranking.dto.ts";
import { renderRankingDocx } from "./ranking.docx.ts";
import { renderRankingXlsx } from "./ranking.xlsx.ts";

const units: AssessedUnit[] = [
  { unitId: "a", unitName: "市经信局", lateReports: 1, returnedReports: 0, items: [{ itemId: "i1", label: "技术改造", role: "lead", status: "done", targets: [] }] },
  { unitId: "b", unitName: "=HYPERLINK(\"x\")", lateReports: 0, returnedReports: 0, items: [{ itemId: "i2", label: "安全生产", role: "lead", status: "red", targets: [] }] },
];

function dto(): RankingDto {
  const scores = scoreUnits(units, { ...DEFAULT_RULES, vetoItems: ["i2"] });
  const byId = new Map(scores.map((s) => [s.unitId, s]));
  return {
    title: "2025年度目标责任考核结果",
    issuer: "市政府督查室",
    date: "2026-01-15",
    intro: "根据考核细则，现将各单位考核结果公布如下：",
    rows: rank(scores).map((r) => ({ ...byId.get(r.unitId)!, rank: r.rank })),
  };
}

describe("ranking exports", () => {
  it(".xlsx lists units by rank with the calculation on a second sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderRankingXlsx(dto())) as unknown as ExcelJS.Buffer);
    const [ranking, details] = workbook.worksheets;
    expect(ranking.getRow(3).values).toEqual([undefined, 1, "市经信局", 100, 0, 1, 99, ""]);
    expect(ranking.getRow(4).values).toEqual([undefined, 2, "'=HYPERLINK(\"x\")", 20, 0, 0, 0, "一票否决"]);
    expect(details.getRow(3).getCell(3).value).toBe("状态完成，得分率 1；任务权重 1×牵头 1=1；100×1×1/1=100");
  });

  it(".docx is an official document with the ranking table", async () => {
    const zip = await JSZip.loadAsync(await renderRankingDocx(dto()));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(text.slice(0, 2)).toEqual(["2025年度目标责任考核结果", "根据考核细则，现将各单位考核结果公布如下："]);
    expect(text).toContain("一票否决");
    expect(text.slice(-2)).toEqual(["市政府督查室", "2026年1月15日"]);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });
});
