/** Parsing what a reporter types into a value box: numbers only (full-width digits and thousands commas accepted). */

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The number typed, null when the box is empty, or "invalid" when it is not a number ("五成", "N/A", "12%"). */
export function parseValue(text: string): number | null | "invalid" {
  const normalised = text
    .trim()
    .replace(/[０-９．－＋]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/,(?=\d{3}(?:\D|$))/g, "");
  if (normalised === "") return null;
  if (!NUMBER.test(normalised)) return "invalid";
  const value = Number(normalised);
  return Number.isFinite(value) ? value : "invalid";
}
