/** Plain text (.txt): UTF-8 or GB18030/GBK, detected from the bytes; line ends normalised to "\n". */
import { decodeText } from "./text-decode.ts";

/** Reads a .txt file's bytes as text. */
export function readTxt(bytes: Uint8Array): string {
  return decodeText(bytes).replace(/\r\n?/g, "\n");
}
