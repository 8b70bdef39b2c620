/** zod schemas of the export and workbook routes. */
import { z } from "zod";

export const planExportParams = z.object({ id: z.uuid() });
export const workbookParams = z.object({ id: z.uuid(), unitId: z.uuid() });
export const workbookImportParams = z.object({ id: z.uuid() });
export const workbookImportQuery = z.object({
  /** "1" or "true": check and list, write nothing */
  dryRun: z.enum(["0", "1", "true", "false"]).optional(),
  /** whose workbook; a reporter with one unit may leave it out */
  unitId: z.uuid().optional(),
});

export const workbookErrorSchema = z.object({
  code: z.string(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  message: z.string(),
  messageEn: z.string(),
});

export const workbookImportSchema = z.object({
  dryRun: z.boolean(),
  errors: z.array(workbookErrorSchema),
  changes: z.array(z.object({ itemId: z.string(), reportId: z.string(), heading: z.string(), fields: z.array(z.string()) })),
  unchanged: z.number().int(),
});
