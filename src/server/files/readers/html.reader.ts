/** A saved web page (.html): the declared charset when there is one, else UTF-8 or GB18030; page text as lines. */
import { htmlToLines } from "./html-lines.ts";
import { decodeText } from "./text-decode.ts";

/** `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`, within the head. */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?(?<charset>[\w-]+)/i;

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return DECLARED_CHARSET.exec(head)?.groups?.charset;
}

/** Reads a saved web page's bytes as text, one block of the page per line. */
export function readHtml(bytes: Uint8Array): string {
  return htmlToLines(decodeText(bytes, declaredCharset(bytes))).join("\n");
}
