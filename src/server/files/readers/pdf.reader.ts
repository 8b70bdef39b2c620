/** PDF (.pdf): the text layer through unpdf, laid back out as lines and paragraphs. A scan has no text layer. */
import { extractTextItems, getDocumentProxy } from "unpdf";
import { layoutPdfText } from "./pdf-layout.ts";
import { readerErrors } from "./readers.errors.ts";

/**
 * Whether the file ends as a PDF does ("%%EOF", or a "startxref" pointer to its cross-reference table, within the
 * last 8 KB): a file that only starts with %PDF- is refused before the parser spends seconds and memory on it.
 */
function hasTrailer(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-8192).toString("latin1");
  return tail.includes("%%EOF") || tail.includes("startxref");
}

/** Reads a .pdf file's bytes as text. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  if (!hasTrailer(bytes)) throw readerErrors.corrupt("pdf");
  let pages;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      ({ items: pages } = await extractTextItems(pdf));
    } finally {
      await pdf.destroy();
    }
  } catch {
    throw readerErrors.corrupt("pdf");
  }
  return layoutPdfText(pages);
}
