/**
 * What an import needs besides the database: the extractor, the file readers, and an optional hook called
 * after each step (tests inject a failure there to prove an import is all or nothing).
 */
import { extractPlan } from "../../../core/extract/pipeline.ts";
import type { ExtractOptions, Plan } from "../../../core/extract/types.ts";

/** The steps of an import, in order. */
export type ImportStep = "document" | "plan" | "items" | "targets" | "revision";

/** The collaborators of the import use cases. */
export interface ImportDeps {
  extract(text: string, options?: ExtractOptions): Plan;
  readDocument(bytes: Uint8Array, fileName: string, options: { maxBytes: number }): Promise<{ text: string; format: string }>;
  afterStep?(step: ImportStep): void | Promise<void>;
}

/** The real extractor and readers (loaded on the first upload: they pull in mammoth, unpdf and exceljs). */
export const defaultImportDeps: ImportDeps = {
  extract: extractPlan,
  readDocument: async (bytes, fileName, options) =>
    (await import("../../files/readers/read-document.ts")).readDocument(bytes, fileName, options),
};
