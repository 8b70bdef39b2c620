/** A document file on disk to its Plan: size check before reading, the reader for its format, then the parser. */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { extractPlan } from "../core/extract/pipeline.ts";
import type { Plan } from "../core/extract/types.ts";
import { readDocument, type DocumentFormat } from "../server/files/readers/read-document.ts";
import { readerErrors } from "../server/files/readers/readers.errors.ts";
import { cliErrors } from "./cli-failure.shared.ts";

export interface ExtractedFile {
  plan: Plan;
  format: DocumentFormat;
  /** the text the reader got from the file, which the plan's spans index */
  text: string;
}

/** Reads and parses one file; a file over `maxBytes` is refused from its size alone, without loading it. */
export async function extractFile(path: string, maxBytes: number): Promise<ExtractedFile> {
  const info = await stat(path);
  if (info.isDirectory()) throw cliErrors.notAFile();
  if (info.size > maxBytes) throw readerErrors.tooLarge(info.size, maxBytes);
  const { text, format } = await readDocument(new Uint8Array(await readFile(path)), path, { maxBytes });
  return { plan: extractPlan(text, { doc: basename(path) }), format, text };
}

/** The output name for a document: its file name without the extension, plus .json. */
export function planFileName(path: string): string {
  return `${basename(path, extname(path))}.json`;
}
