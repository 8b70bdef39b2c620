/** Joining pieces of text that a file format split (cell paragraphs, wrapped PDF lines) back into one line. */

const WORD_END = /[A-Za-z0-9%.,;:)]$/;
const WORD_START = /^[A-Za-z0-9(]/;

/**
 * Joins fragments of one logical line: Chinese text joins without a space ("规模以上工业" + "增加值"), Latin
 * words and numbers keep one space between them so "GDP" + "growth" does not become "GDPgrowth".
 */
export function joinFragments(fragments: string[]): string {
  let line = "";
  for (const raw of fragments) {
    const fragment = raw.trim();
    if (!fragment) continue;
    line += line && WORD_END.test(line) && WORD_START.test(fragment) ? ` ${fragment}` : fragment;
  }
  return line;
}

/** A short run of Chinese with no closing punctuation: one name in a list stacked line by line. */
const LISTED_NAME = /^[\u4e00-\u9fff()()]{2,15}$/;

/**
 * Joins the lines of one table cell. Names stacked one per line (市财政局 / 市税务局, a common way to list units in a
 * cell) are joined with "、" as the document would write them in a sentence; other lines join as fragments.
 */
export function joinCellLines(lines: string[]): string {
  const kept = lines.map((line) => line.trim()).filter(Boolean);
  const stacked = kept.length > 1 && kept.every((line) => LISTED_NAME.test(line));
  return stacked ? kept.join("、") : joinFragments(kept);
}

/** Cells of one table row as one line, " | " between cells; a "|" inside a cell becomes "｜" so the row stays unambiguous. Trailing empty cells are dropped. */
export function joinCells(cells: string[]): string {
  const trimmed = cells.map((cell) => cell.replace(/\|/g, "｜").trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return trimmed.join(" | ");
}
