/** Excel: a plan's status workbook, a unit's round workbook to download, fill and read back (dry run first). */
import { api, query } from "./client.ts";

/** One problem found in an uploaded workbook, located by sheet, row and column. */
export interface WorkbookError {
  code: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  header: string | null;
  message: string;
  messageEn: string;
}

/** What reading a workbook found (dry run) or saved. */
export interface WorkbookImport {
  dryRun: boolean;
  errors: WorkbookError[];
  changes: { itemId: string; reportId: string; heading: string; fields: string[] }[];
  unchanged: number;
}

export const exportsApi = {
  /** the plan export's download address */
  planXlsxUrl: (planId: string) => `/api/plans/${planId}/export.xlsx`,
  /** a unit's pre-filled workbook for a round */
  unitWorkbookUrl: (roundId: string, unitId: string) => `/api/rounds/${roundId}/workbooks/${unitId}.xlsx`,
  /** Reads a filled workbook back; `dryRun` checks and lists without saving. */
  importWorkbook: (roundId: string, unitId: string, file: File, dryRun: boolean) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return api.post<WorkbookImport>(`/rounds/${roundId}/workbooks${query({ dryRun: dryRun ? "1" : undefined, unitId })}`, form);
  },
};
