/** Excel: a plan's status workbook, a unit's round workbook to download, fill and read back (dry run first). */
import type { z } from "zod";
import type { workbookErrorSchema, workbookImportSchema } from "../../../src/server/modules/exports/exports.schemas.ts";
import { api, query } from "./client.ts";

/*
 * The shapes are inferred from the server's zod schemas (exports.schemas.ts), not written again here:
 * `npm run typecheck` covers web/src, so it fails when the web and the server disagree.
 */

/** One problem found in an uploaded workbook, located by sheet, row and column. */
export type WorkbookError = z.infer<typeof workbookErrorSchema>;
/** What reading a workbook found (dry run) or saved. */
export type WorkbookImport = z.infer<typeof workbookImportSchema>;

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
