/**
 * Outline: walks the blocks and opens an item for every numbered line (一、 (一) 1、 1. (1) ①), every
 * table row (with its section cell "一、发展新产业" as the row's parent), and every lead-phrase paragraph
 * of a heading-only section. Levels follow the order in which marker kinds first nest, so any
 * numbering scheme works. An annex heading ("附件1") starts a fresh outline under its own label.
 */
import type { Line } from "../lines.ts";
import { trimSpan } from "../lines.ts";
import { isDateLine } from "../meta/dates.ts";
import type { Span } from "../types.ts";
import type { Block } from "./blocks.ts";
import { leadPhraseLength } from "./lead-phrase.ts";
import { readMarker } from "./markers.ts";
import type { Part } from "./part.ts";
import { fillMerged, readRow, tableShape, type RowSection } from "./table/rows.ts";
import type { Table } from "./table/table.ts";

/** An item as the outline finds it, before roles, targets and times are read. */
export interface RawItem {
  path: string[];
  parent: RawItem | null;
  span: Span;
  headingSpan: Span | null;
  anchorSpan: Span;
  parts: Part[];
  headingOnly: boolean;
  paragraphs: number;
  hasNumberedChild: boolean;
  /** a table row whose only text is its 目标任务 cell: a goal */
  goalRow: boolean;
  /** a row of a table whose title names what exists (合同情况表, 移交设施量清单): its figures commit to nothing */
  stock: boolean;
}

type Level = { kind: string; label: string; item: RawItem };

const ANNEX = /^附\s*(?<kind>件|表)\s*(?<n>\d{1,2})?\s*[:]?\s*(?<title>.*)$/;
const ANNEX_TITLE = /(表|清单|分工)$/;
const TABLE_TITLE = /^[^。;,:]{4,60}(表|清单)$/;
/** A table title that lists what exists rather than what is to be done. */
const STOCK_TITLE = /情况|现状|既有|已有|已建|存量|合同|名单|移交/;
/** "附件:1、X方案": a list of attachments in the notice, whose entries are no items. */
const ATTACHMENT_LIST = /^附\s*[件表]\s*[:]\s*\S/;
const ATTACHMENT_ENTRY = /^[^。;,]{2,60}(方案|意见|计划|规划|办法|纲要|细则|要点|表|清单|通知)$/;
const SIGNATURE = /^[\u4e00-\u9fff()]{2,30}(政府|办公室|办公厅|委员会|管委会|局|厅)$/;
const ANCHOR_MAX = 20;
const HEADING_MAX = 40;
const TABLE_KINDS = new Set(["tableSection", "tableRow"]);

/** The items in document order. */
export interface Outline {
  items: RawItem[];
  /** offset of the first item's marker, or the text length when there is none */
  firstItemStart: number;
}

/** Builds the outline of the document from its blocks. */
export function buildOutline(norm: string, blocks: Block[]): Outline {
  const items: RawItem[] = [];
  const stack: Level[] = [];
  const lastValue = new Map<string, number>();
  let annex: string | null = null;
  let rowCounter = 0;
  let unnumbered = 0;
  let inAttachmentList = false;

  const top = () => stack[stack.length - 1];
  const pathOf = () => [...(annex ? [annex] : []), ...stack.map((l) => l.label)];

  const open = (kind: string, label: string, span: Span, bodyStart: number, at: number | null = null): RawItem => {
    if (at !== null) stack.length = at;
    else {
      const idx = stack.findIndex((l) => l.kind === kind);
      if (idx >= 0) stack.length = idx;
      else if (kind !== "para" && top()?.kind === "para") stack.pop();
    }
    const parent = top()?.item ?? null;
    if (parent && kind !== "para") parent.hasNumberedChild = true;
    const body = trimSpan(norm, [bodyStart, span[1]]);
    const bodyText = norm.slice(body[0], body[1]);
    const headingOnly = !/[。;]/.test(bodyText) && bodyText.length <= HEADING_MAX;
    let headingSpan: Span | null = null;
    if (headingOnly) headingSpan = trimSpan(norm, body, ":。");
    else {
      const lead = bodyText.indexOf("。");
      const colon = /^[^,。;:]{2,15}(?=:)/.exec(bodyText);
      if (colon) headingSpan = [body[0], body[0] + colon[0].length];
      else if (lead > 0 && lead <= 30 && !/\d/.test(bodyText.slice(0, lead))) headingSpan = [body[0], body[0] + lead];
    }
    const anchorEnd = headingOnly ? body[1] : Math.min(body[1], body[0] + ANCHOR_MAX);
    const item: RawItem = {
      path: [],
      parent,
      span: [span[0], span[1]],
      headingSpan: headingSpan && headingSpan[1] > headingSpan[0] ? headingSpan : null,
      anchorSpan: [body[0], anchorEnd],
      parts: body[1] > body[0] ? [{ span: body, role: "prose" }] : [],
      headingOnly,
      paragraphs: 0,
      hasNumberedChild: false,
      goalRow: false,
      stock: false,
    };
    stack.push({ kind, label, item });
    item.path = pathOf();
    items.push(item);
    return item;
  };

  const tableBase = () => {
    let n = stack.length;
    while (n > 0 && TABLE_KINDS.has(stack[n - 1].kind)) n--;
    return n;
  };

  /** A section row opens the rows' parent, unless it repeats the open section's label. */
  const openSection = (section: RowSection, base: number) => {
    const label = section.marker ?? `¶${++unnumbered}`;
    const existing = stack[base];
    if (existing?.kind === "tableSection" && section.marker && existing.label === label) {
      stack.length = base + 1;
      return;
    }
    const item = open("tableSection", label, section.title, section.title[0], base);
    item.headingSpan = trimSpan(norm, section.title, ":。");
    item.anchorSpan = [section.title[0], Math.min(section.title[1], section.title[0] + ANCHOR_MAX)];
    item.headingOnly = true;
    rowCounter = 0;
  };

  const openTable = (table: Table, stock: boolean) => {
    const shape = tableShape(table);
    unnumbered = 0;
    rowCounter = 0;
    for (const row of fillMerged(table, shape)) {
      const base = tableBase();
      const reading = readRow(row, table, shape);
      if (reading.section) openSection(reading.section, base);
      const entry = reading.entry;
      if (!entry) continue;
      const above = top();
      if (entry.continues && above?.kind === "tableRow") {
        above.item.parts.push(...entry.parts);
        above.item.span[1] = row.span[1];
        continue;
      }
      const rowBase = stack[base]?.kind === "tableSection" ? base + 1 : base;
      rowCounter++;
      const label = entry.number ?? `¶${rowCounter}`;
      const item = open("tableRow", label, row.span, entry.anchor[0], rowBase);
      item.anchorSpan = [entry.anchor[0], Math.min(entry.anchor[1], entry.anchor[0] + ANCHOR_MAX)];
      item.headingSpan = entry.heading;
      item.headingOnly = false;
      item.parts = entry.parts;
      item.goalRow = entry.goal;
      item.stock = stock;
    }
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.type === "table") {
      stack.length = tableBase();
      const title = b > 0 && blocks[b - 1].type === "prose" ? (blocks[b - 1] as { line: Line }).line.text : "";
      openTable(block.table, TABLE_TITLE.test(title) && STOCK_TITLE.test(title));
      continue;
    }
    const line: Line = block.line;
    const annexMatch = ANNEX.exec(line.text);
    // "附件2" / "附表1:" / "附件:XX任务分解表" head an annex; "附件:1、X方案" lists the notice's attachments
    const annexTitle = annexMatch?.groups!.title ?? "";
    if (annexMatch && (annexTitle === "" || (ANNEX_TITLE.test(annexTitle) && !readMarker(annexTitle)))) {
      annex = `附${annexMatch.groups!.kind}${annexMatch.groups!.n ?? ""}`;
      stack.length = 0;
      lastValue.clear();
      continue;
    }
    // a table's own title line ("XX任务分解表") puts the table at the top of the outline, not inside the item above
    if (TABLE_TITLE.test(line.text) && blocks[b + 1]?.type === "table") {
      stack.length = 0;
      continue;
    }
    if (ATTACHMENT_LIST.test(line.text)) {
      inAttachmentList = true;
      continue;
    }
    const marker = readMarker(line.text);
    if (inAttachmentList && marker?.kind === "num" && ATTACHMENT_ENTRY.test(line.text)) continue;
    inAttachmentList = false;
    if (marker) {
      const last = lastValue.get(marker.kind);
      const inStack = stack.some((l) => l.kind === marker.kind);
      const plausible = marker.value === 1 || (last !== undefined && marker.value > last && marker.value <= last + 3) || (!inStack && last === undefined && marker.value <= 3);
      if (plausible) {
        lastValue.set(marker.kind, marker.value);
        open(marker.kind, marker.label, [line.start, line.end], line.start + marker.length);
        continue;
      }
    }
    if (isDateLine(line.text)) continue;
    const next = blocks[b + 1];
    if (SIGNATURE.test(line.text) && next?.type === "prose" && isDateLine(next.line.text)) continue;
    const current = top();
    if (!current) continue;
    const owner = current.kind === "para" ? stack[stack.length - 2] : current;
    const lead = leadPhraseLength(line.text);
    if (owner && owner.item.headingOnly && !owner.item.hasNumberedChild && lead > 0) {
      owner.item.paragraphs++;
      const item = open("para", `¶${owner.item.paragraphs}`, [line.start, line.end], line.start);
      item.headingSpan = [line.start, line.start + lead];
      item.anchorSpan = [line.start, Math.min(line.end, line.start + Math.max(ANCHOR_MAX, lead + 1))];
      continue;
    }
    current.item.parts.push({ span: [line.start, line.end], role: "prose" });
    current.item.span[1] = line.end;
  }
  mergeLoneParagraphs(items);
  if (items.length === 0) items.push(...leadPhraseItems(blocks));
  return { items, firstItemStart: items.length ? Math.min(...items.map((i) => i.span[0])) : norm.length };
}

/**
 * A heading whose only child is one lead-phrase paragraph ("(二)加快能源绿色低碳转型" / "新增光伏装机
 * 规模6380千瓦以上。…") has that paragraph as its own text: it is no item of its own.
 */
function mergeLoneParagraphs(items: RawItem[]): void {
  const children = new Map<RawItem, RawItem[]>();
  for (const item of items) if (item.parent) children.set(item.parent, [...(children.get(item.parent) ?? []), item]);
  const lone = items.filter((item) => {
    const siblings = item.parent ? children.get(item.parent)! : [];
    return item.paragraphs >= 0 && item.path[item.path.length - 1].startsWith("¶") && siblings.length === 1 && item.parent!.headingOnly && !children.has(item) && !item.goalRow && item.parent!.parts.every((p) => p.role === "prose");
  });
  for (const item of lone) {
    const parent = item.parent!;
    parent.parts.push(...item.parts);
    parent.span[1] = Math.max(parent.span[1], item.span[1]);
    items.splice(items.indexOf(item), 1);
  }
}

/** Without any numbering: each lead-phrase paragraph is a top-level item ¶n, followed by its prose. */
function leadPhraseItems(blocks: Block[]): RawItem[] {
  const items: RawItem[] = [];
  for (const block of blocks) {
    if (block.type !== "prose") continue;
    const { start, end, text } = block.line;
    const lead = leadPhraseLength(text);
    const current = items[items.length - 1];
    if (lead > 0) {
      items.push({
        path: [`¶${items.length + 1}`],
        parent: null,
        span: [start, end],
        headingSpan: [start, start + lead],
        anchorSpan: [start, Math.min(end, start + Math.max(ANCHOR_MAX, lead + 1))],
        parts: [{ span: [start, end], role: "prose" }],
        headingOnly: false,
        paragraphs: 0,
        hasNumberedChild: false,
        goalRow: false,
      stock: false,
      });
    } else if (current && !isDateLine(text)) {
      current.parts.push({ span: [start, end], role: "prose" });
      current.span[1] = end;
    }
  }
  return items.length >= 2 ? items : [];
}
