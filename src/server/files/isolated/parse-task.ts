/**
 * What a parse worker does: read an uploaded document, extract a plan from text, or read a round workbook. The
 * outcome is plain data (an AppError becomes its fields), since it crosses a thread.
 */
import type { ExtractOptions, Plan } from "../../../core/extract/types.ts";
import { isAppError } from "../../errors.ts";
import type { RoundWorkbookDto } from "../workbook/round-workbook.layout.ts";

/** One task for a worker. */
export type ParseTask =
  | { kind: "read"; bytes: Uint8Array; fileName: string; maxBytes: number }
  | { kind: "extract"; text: string; options: ExtractOptions }
  | { kind: "workbook"; bytes: Uint8Array; expected: RoundWorkbookDto };

/** An AppError's fields, to be raised again on the other side. */
export interface ParseFailure {
  code: string;
  status: number;
  message: string;
  messageEn: string;
  details?: Record<string, unknown>;
}

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; failure: ParseFailure };

async function run(task: ParseTask): Promise<unknown> {
  if (task.kind === "read") return (await import("../readers/read-document.ts")).readDocument(task.bytes, task.fileName, { maxBytes: task.maxBytes });
  if (task.kind === "extract") return (await import("../../../core/extract/pipeline.ts")).extractPlan(task.text, task.options) satisfies Plan;
  // a file that is no zip at all is left to the workbook reader, which lists it as workbook.unreadable
  const { assertZipWithinLimits, looksLikeZip } = await import("../readers/zip-limits.ts");
  if (looksLikeZip(task.bytes)) await assertZipWithinLimits(task.bytes, "xlsx");
  return (await import("../workbook/round-workbook.reader.ts")).readRoundWorkbook(task.bytes, task.expected);
}

/** Runs the task; a user's error (AppError) comes back as its fields, anything else is thrown (the worker dies). */
export async function runParseTask(task: ParseTask): Promise<ParseOutcome> {
  try {
    return { ok: true, value: await run(task) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false, failure: { code: error.code, status: error.status, message: error.message, messageEn: error.messageEn, details: error.details } };
  }
}
