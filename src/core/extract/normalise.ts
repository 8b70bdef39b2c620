/**
 * Normalisation that keeps every offset: each UTF-16 code unit maps to exactly one code unit, so a
 * span found in the normalised text indexes the original text unchanged.
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;
const FULL_WIDTH_TILDE = 0xff5e;
/** "｜" stays: the file readers write it for a "|" inside a table cell, so the row's " | " stays unambiguous. */
const FULL_WIDTH_BAR = 0xff5c;

/** Single code units that read the same as an ASCII character in this genre. */
const SAME_AS: Record<string, string> = {
  "\u3000": " ",
  "\u00a0": " ",
  "\t": "\t",
  "\r": " ",
  "\u2014": "-",
  "\u2013": "-",
  "\u2012": "-",
  "\u2015": "-",
  "\uff5e": "~",
  "\u301c": "~",
  "\u3014": "〔",
  "\u3015": "〕",
  "\u2502": "|",
  "\ufeff": " ",
};

const SAME_AS_CODES = new Map(Object.entries(SAME_AS).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
const CHUNK = 8192;

/** Returns a string of the same length as `original` with full-width forms folded to half width. */
export function normaliseText(original: string): string {
  const codes = new Uint16Array(original.length);
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END && code !== FULL_WIDTH_TILDE && code !== FULL_WIDTH_BAR) codes[i] = code - FULL_TO_HALF;
    else codes[i] = SAME_AS_CODES.get(code) ?? code;
  }
  let out = "";
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, Array.from(codes.subarray(i, i + CHUNK)));
  return out;
}
