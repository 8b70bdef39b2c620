/**
 * What an import needs besides the database: the extractor, the file readers, and an optional hook called
 * after each step (tests inject a failure there to prove an import is all or nothing).
 */
import type { ExtractOptions, Plan } from "../../../core/extract/types.ts";
import { parseIsolated } from "../../files/isolated/isolated.ts";

/** The steps of an import, in order. */
export type ImportStep = "document" | "plan" | "items" | "targets" | "revision";

/** The collaborators of the import use cases. */
export interface ImportDeps {
  extract(text: string, options?: ExtractOptions): Plan | Promise<Plan>;
  readDocument(bytes: Uint8Array, fileName: string, options: { maxBytes: number }): Promise<{ text: string; format: string }>;
  afterStep?(step: ImportStep): void | Promise<void>;
}

/** The real readers and extractor, each run in a worker thread under memory and time limits (files/isolated). */
export const defaultImportDeps: ImportDeps = {
  extract: (text, options = {}) => parseIsolated<Plan>({ kind: "extract", text, options }),
  readDocument: (bytes, fileName, options) => parseIsolated({ kind: "read", bytes, fileName, maxBytes: options.maxBytes }),
};
