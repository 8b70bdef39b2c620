/** Reading what a person typed into a cell: plain text, or a number with the ways people write numbers. */
import type ExcelJS from "exceljs";
import { parseQuantityText } from "../../../core/domain/numbers/quantity.ts";
import { unescapeCellText } from "../writers/xlsx-cells.ts";

/** The cell's content as a number or trimmed text (formulas give their result, rich text its plain text). */
export function cellContent(value: ExcelJS.CellValue): number | string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (typeof value === "string") return unescapeCellText(value.trim());
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return unescapeCellText(value.richText.map((run) => run.text).join("").trim());
  if ("formula" in value || "sharedFormula" in value) return cellContent(value.result ?? null);
  if ("hyperlink" in value) return cellContent(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

/** The cell as text ("" when empty). */
export function cellText(value: ExcelJS.CellValue): string {
  const content = cellContent(value);
  return typeof content === "number" ? String(content) : content;
}

/**
 * A value cell as a number: real numbers as they are; text such as "1,234.5", "８.５" or "8.5%" (the
 * percentage as typed, for targets measured in %) parsed, with its plain text for counting digits; "" is
 * null. Anything else is `{ invalid }`.
 */
export function cellNumber(value: ExcelJS.CellValue): { number: number; typed?: string } | null | { invalid: string } {
  const content = cellContent(value);
  if (typeof content === "number") return { number: content };
  if (content === "") return null;
  const parsed = parseQuantityText(content);
  return parsed ? { number: parsed.value, typed: parsed.plain } : { invalid: content };
}
