/** The source of an import: an uploaded file (bytes) or pasted text, turned into the document row's fields. */
import { createHash } from "node:crypto";
import { commonErrors } from "../../errors.ts";
import { MAX_TEXT_CHARACTERS } from "../../files/readers/read-document.ts";
import { readerErrors } from "../../files/readers/readers.errors.ts";
import type { ImportDeps } from "./imports.deps.ts";
import { emptyText } from "./imports.errors.ts";

/** An upload or a paste. */
export type ImportSource = { kind: "file"; fileName: string; bytes: Buffer } | { kind: "text"; text: string; fileName?: string };

/** A decoded source, ready to store and extract. */
export interface DecodedSource {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
  text: string;
  sha256: string;
}

/** Media types of the formats the readers report. */
const MEDIA_TYPES: Record<string, string> = {
  txt: "text/plain",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html",
};

/** Reads the file (or takes the pasted text) and computes the digest of the original bytes. */
export async function decodeSource(source: ImportSource, deps: ImportDeps, maxBytes: number): Promise<DecodedSource> {
  if (source.kind === "file") {
    const { text, format } = await deps.readDocument(source.bytes, source.fileName, { maxBytes });
    return {
      fileName: source.fileName,
      mediaType: MEDIA_TYPES[format] ?? "application/octet-stream",
      bytes: source.bytes,
      text,
      sha256: createHash("sha256").update(source.bytes).digest("hex"),
    };
  }
  if (!source.text.trim()) throw emptyText();
  if (source.text.length > MAX_TEXT_CHARACTERS) throw readerErrors.textTooLong(source.text.length, MAX_TEXT_CHARACTERS);
  const bytes = Buffer.from(source.text, "utf8");
  if (bytes.byteLength > maxBytes) throw commonErrors.tooLarge({ size: bytes.byteLength, maxBytes });
  return {
    fileName: source.fileName?.trim() || "粘贴文本.txt",
    mediaType: "text/plain",
    bytes,
    text: source.text,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}
