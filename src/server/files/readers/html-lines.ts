/**
 * HTML to lines of text, shared by the .html reader (saved web pages) and the .docx reader (mammoth's HTML):
 * block elements become lines, a data table's row becomes one line with cells joined by " | " (a table that
 * only lays the page out is read as blocks), scripts, styles and navigation are dropped.
 */
import { HTMLElement, NodeType, parse, type Node } from "node-html-parser";
import { joinCellLines, joinCells } from "./fragments.ts";

/** Elements whose content is never document text. */
const DROPPED = new Set([
  "head", "script", "style", "noscript", "template", "nav", "iframe", "svg", "canvas", "object", "embed",
  "select", "option", "button", "input", "textarea", "map",
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
  "main", "ol", "p", "section", "ul", "fieldset", "legend", "details", "summary",
]);

/** Collects inline text into lines; whitespace inside a line collapses as a browser would show it. */
class LineCollector {
  readonly lines: string[] = [];
  private current = "";

  text(value: string): void {
    this.current += value.replace(/[ \t\n\r\f\u00a0]+/g, " ");
  }

  raw(value: string): void {
    const [first = "", ...rest] = value.replace(/\r\n?/g, "\n").split("\n");
    this.current += first;
    for (const line of rest) {
      this.break();
      this.current = line;
    }
  }

  break(): void {
    const line = this.current.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
    if (line) this.lines.push(line);
    this.current = "";
  }

  push(line: string): void {
    this.break();
    if (line) this.lines.push(line);
  }
}

function tagOf(node: HTMLElement): string {
  return (node.rawTagName ?? "").toLowerCase();
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

/** Class or id words that name site chrome on government page templates ("main-nav", "bdshare", "footer"). */
const CHROME_WORDS = new Set(["nav", "navbar", "navigation", "menu", "breadcrumb", "crumb", "footer", "share", "bdshare"]);

/** Site navigation, menus, share bars and footers, by ARIA role or by a class/id word. */
function isChrome(node: HTMLElement): boolean {
  if (node.getAttribute("role") === "navigation") return true;
  const names = `${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`.toLowerCase();
  return names.split(/[\s_-]+/).some((word) => CHROME_WORDS.has(word));
}

/**
 * How a document is walked: inside <pre> whitespace is kept. On a web page blocks that are mostly links are
 * dropped, and a literal "|" (menu separators: "首页 | 政务公开") becomes "｜" so " | " always means a table row.
 */
interface WalkMode {
  preformatted: boolean;
  webPage: boolean;
}

/** A block whose text is at least this share link text is a link list (menus, 相关链接, site maps). */
const LINK_SHARE = 0.8;
/** Blocks shorter than this are never judged link lists. */
const LINK_LIST_MIN = 8;

/** A menu, a list of related links or a site map: text that is nearly all inside <a>. */
function isLinkList(node: HTMLElement): boolean {
  const visible = (element: HTMLElement) => element.text.replace(/\s/g, "").length;
  const total = visible(node);
  if (total < LINK_LIST_MIN) return false;
  const linked = node.querySelectorAll("a").reduce((sum, link) => sum + visible(link), 0);
  return linked >= total * LINK_SHARE;
}

function walk(node: Node, out: LineCollector, mode: WalkMode): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    if (mode.preformatted) out.raw(node.text);
    else out.text(mode.webPage ? node.text.replace(/\|/g, "｜") : node.text);
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (DROPPED.has(tag) || isChrome(node)) return;
  if (tag === "br") return out.break();
  const block = BLOCKS.has(tag) || tag === "pre" || tag === "table";
  if (block && mode.webPage && isLinkList(node)) return;
  if (tag === "table" && isLayoutTable(node, mode)) {
    for (const cell of directRows(node).flatMap(rowCells)) {
      out.break();
      walk(cell, out, mode);
      out.break();
    }
    return;
  }
  if (tag === "table") {
    for (const row of tableRows(node, mode)) out.push(row);
    return;
  }
  if (block) out.break();
  const inner = tag === "pre" ? { ...mode, preformatted: true } : mode;
  for (const child of node.childNodes) walk(child, out, inner);
  if (block) out.break();
}

/** The lines of one cell, read as a document of its own. */
function cellLines(cell: HTMLElement, mode: WalkMode): string[] {
  const out = new LineCollector();
  walk(cell, out, mode);
  out.break();
  return out.lines;
}

/** The text of one cell on one line: its paragraphs joined. */
function cellText(cell: HTMLElement, mode: WalkMode): string {
  return joinCellLines(cellLines(cell, mode));
}

/** A cell with this many lines and characters holds running text, not a table value. */
const LAYOUT_LINES = 6;
const LAYOUT_CHARS = 300;

/**
 * A table that lays a page out (older government sites put the whole article in one cell) rather than holding
 * data: a cell holds another table, or running text of many paragraphs. Its cells are read as blocks.
 */
function isLayoutTable(table: HTMLElement, mode: WalkMode): boolean {
  return directRows(table)
    .flatMap(rowCells)
    .some((cell) => {
      if (cell.querySelector("table")) return true;
      const lines = cellLines(cell, mode);
      return lines.length >= LAYOUT_LINES && lines.join("").length >= LAYOUT_CHARS;
    });
}

/** The cells of a row, in order. */
function rowCells(row: HTMLElement): HTMLElement[] {
  return row.childNodes.filter((cell): cell is HTMLElement => isElement(cell) && ["td", "th"].includes(tagOf(cell)));
}

/** Direct rows of a table (through thead/tbody/tfoot), not rows of tables nested in its cells. */
function directRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    const tag = tagOf(child);
    if (tag === "tr") rows.push(child);
    else if (tag === "thead" || tag === "tbody" || tag === "tfoot") rows.push(...directRows(child));
  }
  return rows;
}

function span(cell: HTMLElement, attribute: "rowspan" | "colspan"): number {
  const value = Number.parseInt(cell.getAttribute(attribute) ?? "1", 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, 1000) : 1;
}

/**
 * Table rows as lines. A cell spanning rows (a lead unit merged over three tasks) is repeated in each row it
 * covers; a cell spanning columns leaves its other columns empty, so columns stay under their header.
 */
function tableRows(table: HTMLElement, mode: WalkMode): string[] {
  const carried = new Map<number, { text: string; rowsLeft: number }>();
  const lines: string[] = [];
  for (const row of directRows(table)) {
    const cells: string[] = [];
    const takeCarried = () => {
      for (let c = carried.get(cells.length); c && c.rowsLeft > 0; c = carried.get(cells.length)) {
        cells.push(c.text);
        c.rowsLeft -= 1;
      }
    };
    for (const cell of rowCells(row)) {
      takeCarried();
      const text = cellText(cell, mode);
      const rowSpan = span(cell, "rowspan");
      if (rowSpan > 1) carried.set(cells.length, { text, rowsLeft: rowSpan - 1 });
      cells.push(text, ...Array<string>(span(cell, "colspan") - 1).fill(""));
    }
    takeCarried();
    lines.push(...rowLines(cells));
  }
  return lines;
}

/** A short label closed by a colon: "文号:", "发布日期:". */
const FIELD_LABEL = /^[^|]{1,8}[::]$/;

/**
 * One table row as lines. A row of label/value pairs (the 索引号: | … | 发布机构: | … block of a government
 * page) gives one "label:value" line per pair, the shape of a document's header block; any other row is one line.
 */
function rowLines(cells: string[]): string[] {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  const pairs = filled.length >= 2 && filled.length % 2 === 0 && filled.every((cell, i) => i % 2 === 1 || FIELD_LABEL.test(cell));
  if (pairs) return filled.flatMap((cell, i) => (i % 2 === 0 ? [`${cell}${filled[i + 1]}`] : []));
  const line = joinCells(cells);
  return line.replace(/[|\s]/g, "") ? [line] : [];
}

/** Parses HTML leniently, as browsers do, without the doctype. */
export function parseHtml(html: string): HTMLElement {
  return parse(html.replace(/<!doctype[^>]*>/i, ""), { comment: false, blockTextElements: {} });
}

/** The text of a parsed HTML document, one block per line; a `webPage` also loses its link lists and menu pipes. */
export function elementLines(root: HTMLElement, { webPage = false } = {}): string[] {
  const out = new LineCollector();
  walk(root, out, { preformatted: false, webPage });
  out.break();
  return out.lines;
}

/** The text of an HTML document or fragment, one block per line. */
export function htmlToLines(html: string): string[] {
  return elementLines(parseHtml(html));
}
