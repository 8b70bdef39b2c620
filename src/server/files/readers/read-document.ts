/**
 * One entry for every upload and every CLI input: picks the reader by extension and by content, enforces the
 * size limit, and returns the document's text with the format it was read as.
 */
import { readDocx } from "./docx.reader.ts";
import { readHtml } from "./html.reader.ts";
import { readPdf } from "./pdf.reader.ts";
import { readerErrors } from "./readers.errors.ts";
import { readTxt } from "./txt.reader.ts";
import { readXlsx } from "./xlsx.reader.ts";
import { assertZipWithinLimits } from "./zip-limits.ts";

export const DOCUMENT_FORMATS = ["txt", "docx", "pdf", "xlsx", "html"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The upload limit: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The most text a document may hold: a 5,000-row task table is about 1 million characters. */
export const MAX_TEXT_CHARACTERS = 3_000_000;

const BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: "txt",
  text: "txt",
  docx: "docx",
  pdf: "pdf",
  xlsx: "xlsx",
  html: "html",
  htm: "html",
  shtml: "html",
  xhtml: "html",
};

const READERS: Record<DocumentFormat, (bytes: Uint8Array) => string | Promise<string>> = {
  txt: readTxt,
  docx: readDocx,
  pdf: readPdf,
  xlsx: readXlsx,
  html: readHtml,
};

/** Containers whose content signature outranks the extension (an .xlsx renamed .docx is read as .xlsx). */
const CONTAINERS: ReadonlySet<DocumentFormat> = new Set(["docx", "pdf", "xlsx"]);

export interface ReadOptions {
  /** refuse files larger than this; default 20 MB */
  maxBytes?: number;
}

export interface ReadDocument {
  text: string;
  format: DocumentFormat;
}

/** The lower-cased extension of a file name, "" when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** True when the file name's extension is one a reader takes (.txt, .docx, .pdf, .xlsx, .html …). */
export function isDocumentName(fileName: string): boolean {
  return extensionOf(fileName) in BY_EXTENSION;
}

function includesAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, "latin1");
}

/** The format the bytes announce: a PDF header, a zip holding word/ or xl/ parts, an HTML document start. */
export function sniffFormat(bytes: Uint8Array): DocumentFormat | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) {
    if (includesAscii(bytes, "word/")) return "docx";
    if (includesAscii(bytes, "xl/")) return "xlsx";
    return null;
  }
  if (/^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*(?:<!doctype html|<html)/i.test(head)) return "html";
  return null;
}

function pickFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const extension = extensionOf(fileName);
  const declared = BY_EXTENSION[extension];
  const sniffed = sniffFormat(bytes);
  if (declared && sniffed && CONTAINERS.has(declared) && CONTAINERS.has(sniffed)) return sniffed;
  if (declared) return declared;
  if (!extension && sniffed) return sniffed;
  throw readerErrors.unsupported(extension);
}

/** Reads a document's bytes as text; throws an AppError (`files.*`) a user can act on when it cannot. */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) throw readerErrors.tooLarge(bytes.byteLength, maxBytes);
  if (bytes.byteLength === 0) throw readerErrors.empty();
  const format = pickFormat(bytes, fileName);
  if (format === "docx" || format === "xlsx") await assertZipWithinLimits(bytes, format);
  const text = await READERS[format](bytes);
  if (text.length > MAX_TEXT_CHARACTERS) throw readerErrors.textTooLong(text.length, MAX_TEXT_CHARACTERS);
  if (!/[^\s\u3000]/.test(text)) throw readerErrors.noText();
  return { text, format };
}
