/**
 * What an import needs besides the database: the extractor, the file readers, and an optional hook called
 * after each step (tests inject a failure there to prove an import is all or nothing).
 */
import { extractPlan } from "../../../core/extract/pipeline.ts";
import type { ExtractOptions, Plan } from "../../../core/extract/types.ts";
import { readDocument } from "../../files/readers/read-document.ts";

/** The steps of an import, in order. */
export type ImportStep = "document" | "plan" | "items" | "targets" | "revision";

/** The collaborators of the import use cases. */
export interface ImportDeps {
  extract(text: string, options?: ExtractOptions): Plan;
  readDocument(bytes: Uint8Array, fileName: string, options: { maxBytes: number }): Promise<{ text: string }>;
  afterStep?(step: ImportStep): void | Promise<void>;
}

/** The real extractor and readers. */
export const defaultImportDeps: ImportDeps = { extract: extractPlan, readDocument };
