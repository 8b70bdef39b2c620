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

/** Cells of one table row as one line, " | " between cells; a "|" inside a cell becomes "｜" so the row stays unambiguous. Trailing empty cells are dropped. */
export function joinCells(cells: string[]): string {
  const trimmed = cells.map((cell) => cell.replace(/\|/g, "｜").trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return trimmed.join(" | ");
}
