/** The assessment ranking as .xlsx: sheet 考核排名 (one row per unit) and sheet 计分明细 (every line of every score). */
import ExcelJS from "exceljs";
import { rankingRemark, type RankingDto } from "./ranking.dto.ts";
import { escapeCellText, frame, styleHeader, titleRow, workbookBuffer } from "./xlsx-cells.ts";

/** Renders a ranking to .xlsx bytes. */
export async function renderRankingXlsx(dto: RankingDto): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ranking = workbook.addWorksheet("考核排名");
  const headers = ["名次", "单位", "完成得分", "加分", "扣分", "总分", "备注"];
  ranking.columns = [8, 28, 12, 10, 10, 12, 14].map((width) => ({ width }));
  titleRow(ranking, dto.title, headers.length);
  ranking.addRow(headers);
  styleHeader(ranking, 2);
  for (const row of dto.rows) {
    const added = ranking.addRow([row.rank, escapeCellText(row.unitName), row.completion, row.bonus, row.deductions, row.total, rankingRemark(row)]);
    added.eachCell({ includeEmpty: true }, frame);
    for (const col of [3, 4, 5, 6]) added.getCell(col).numFmt = "0.00";
  }

  const details = workbook.addWorksheet("计分明细");
  details.columns = [28, 36, 80, 10].map((width) => ({ width }));
  titleRow(details, `${dto.title}（计分明细）`, 4);
  details.addRow(["单位", "项目", "计算过程", "得分"]);
  styleHeader(details, 2);
  for (const row of dto.rows) {
    for (const line of row.lines) {
      const added = details.addRow([row.unitName, line.label, line.formula, line.points].map((v) => (typeof v === "string" ? escapeCellText(v) : v)));
      added.eachCell({ includeEmpty: true }, frame);
      added.getCell(4).numFmt = "0.00";
    }
  }
  return workbookBuffer(workbook);
}
