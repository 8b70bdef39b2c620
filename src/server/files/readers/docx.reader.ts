/**
 * Word documents (.docx) through mammoth's HTML: paragraphs as lines, each table row as one " | " line, and
 * Word's automatic list numbers (一、 (一) 1.) written back into the text first.
 */
import mammoth from "mammoth";
import { withListNumbers } from "./docx-numbering.ts";
import { htmlToLines } from "./html-lines.ts";
import { readerErrors } from "./readers.errors.ts";

/** Images carry no plan text; dropping them keeps mammoth from inlining them as base64. */
const dropImages = mammoth.images.imgElement(async () => ({ src: "" }));

/** Reads a .docx file's bytes as text. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    const numbered = await withListNumbers(bytes);
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(numbered) }, { convertImage: dropImages }));
  } catch {
    throw readerErrors.corrupt("docx");
  }
  return htmlToLines(html).join("\n");
}
