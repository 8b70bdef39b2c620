/** Errors of exports and workbook imports. */
import { defineError } from "../../errors.ts";

export const workbookUnitRequired = defineError(
  "workbooks.unit_required",
  400,
  "请指明导入哪个单位的填报表(unitId)",
  "Name the unit whose workbook this is (unitId)",
);
export const workbookMissingFile = defineError("workbooks.missing_file", 400, "请上传填好的 Excel 填报表", "Upload the filled Excel workbook");
export const workbookInvalid = defineError(
  "workbooks.invalid",
  422,
  "填报表有错误，未导入任何内容，请按提示修改后重新上传",
  "The workbook has errors; nothing was imported. Fix them and upload again",
);
