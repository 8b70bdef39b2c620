/**
 * Bytes to text for plain-text formats: a BOM decides when present, else UTF-8 if the bytes are valid UTF-8,
 * else GB18030 (a superset of GBK and GB2312, what Chinese Windows saves). Content that is neither is binary.
 */
import { readerErrors } from "./readers.errors.ts";

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Control characters that never appear in a document, plus U+FFFD from undecodable bytes. */
const NON_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g;

/** More than one stray character (control or undecodable) per 200 characters means the bytes were not text. */
function looksBinary(text: string): boolean {
  const stray = text.match(NON_TEXT)?.length ?? 0;
  return stray > 0 && stray * 200 > text.length;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text with a few broken bytes (a file cut in the middle of a character, one bad byte from a careless copy):
 * the decoding, UTF-8 or GB18030, that needs the fewest replacement characters. Binary content still fails
 * the stray-character test afterwards.
 */
function leastDamaged(bytes: Uint8Array): string {
  const damage = (text: string) => text.split("\ufffd").length;
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  const gb18030 = new TextDecoder("gb18030").decode(bytes);
  return damage(gb18030) < damage(utf8) ? gb18030 : utf8;
}

/** Decodes text bytes as UTF-8, UTF-16 (with BOM) or GB18030; throws `files.binary_text` when they are not text. */
export function decodeText(bytes: Uint8Array, preferredEncoding?: string): string {
  let text: string | null = null;
  if (startsWith(bytes, UTF8_BOM)) text = decodeStrict(bytes, "utf-8");
  else if (startsWith(bytes, UTF16LE_BOM)) text = decodeStrict(bytes, "utf-16le");
  else if (startsWith(bytes, UTF16BE_BOM)) text = decodeStrict(bytes, "utf-16be");
  else if (bytes.includes(0)) throw readerErrors.binaryText();
  else {
    if (preferredEncoding) text = decodeStrict(bytes, preferredEncoding);
    text ??= decodeStrict(bytes, "utf-8") ?? decodeStrict(bytes, "gb18030") ?? leastDamaged(bytes);
  }
  if (text === null || looksBinary(text)) throw readerErrors.binaryText();
  return text.replace(/^\ufeff/, "");
}
