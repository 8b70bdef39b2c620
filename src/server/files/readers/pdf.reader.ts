/** PDF (.pdf): the text layer through unpdf, laid back out as lines and paragraphs. A scan has no text layer. */
import { extractTextItems, getDocumentProxy } from "unpdf";
import { layoutPdfText } from "./pdf-layout.ts";
import { readerErrors } from "./readers.errors.ts";

/** Reads a .pdf file's bytes as text. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
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
