/**
 * extractPlan: policy document text -> structured plan (../shared/extraction/SCHEMA.md) with source
 * spans. Pure, deterministic, browser-safe: normalise (offset-preserving) -> blocks (chrome dropped,
 * tables read) -> outline -> meta -> per item: roles and units, targets, time expressions.
 */
import { isBackground, itemKind } from "./item-kind.ts";
import { splitLines } from "./lines.ts";
import { readMeta } from "./meta/meta.ts";
import { normaliseText } from "./normalise.ts";
import { findProseRoles } from "./rules/role-notes.ts";
import { readRoleNote } from "./rules/roles.ts";
import { findTargets, newRegionState } from "./rules/targets.ts";
import { findTimes } from "./rules/times.ts";
import { quotations } from "./rules/quantities.ts";
import { cellTargets } from "./rules/cell-targets.ts";
import { timeCellWords } from "./rules/times.ts";
import { hasLevelPrefix, inheritPrefixes, isNamedOffice, namesOwnPlace, splitNames } from "./rules/unit-names.ts";
import { buildBlocks } from "./segment/blocks.ts";
import { buildOutline, type RawItem } from "./segment/outline.ts";
import type { Column } from "./segment/table/columns.ts";
import { YEAR_HEADER } from "./segment/table/rows.ts";
import type { ExtractOptions, Item, Meta, Plan, Target, TimeMention, UnitMention, UnitRole } from "./types.ts";

/** Warning when no item was found: Chinese, then English. */
export const NO_ITEMS_WARNING =
  "未找到编号条目(一、 (一) 1. 或任务表),只按段首短语分条或计划为空 / No numbered items or task table found; items come from lead phrases only, or the plan is empty";
/** Warning when extraction stopped on an internal error (a bug: the property tests look for it). */
export const FAILED_WARNING = "解析中断,计划为空 / Extraction stopped on unexpected input; the plan is empty";

/** Parts whose text may commit to a quantity; remarks, inventories' 明细 and group cells do not. */
const TARGET_ROLES = new Set(["prose", "content", "target"]);
const ROLE_COLUMNS: Record<string, UnitRole> = { lead: "lead", support: "support", owners: "owners" };

function unique<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const NAMED_BODY = /(集团|公司|委员会|管委会|办公室)$/;

/** The units a heading names ("(三)区财政局" heading a 职责分工 entry), or none. */
function unitsOfHeading(norm: string, raw: RawItem): UnitMention[] {
  if (!raw.headingSpan || raw.parts.some((p) => p.column)) return [];
  const names = inheritPrefixes(splitNames(norm, raw.headingSpan));
  // a heading names units only when each name carries its level or place ("区财政局", "上海城投集团"), not "关停小火电机组"
  if (names.length === 0 || !names.every((n) => isNamedOffice(n.name) && (hasLevelPrefix(n.name) || namesOwnPlace(n.name) || NAMED_BODY.test(n.name)))) return [];
  return names.map((n) => ({ name: n.name, role: "owners" as const, span: n.span }));
}

/**
 * Owners a 职责分工 heading gives: its units own its children ("(一)区城运中心" / "1.线索处置与闭环管理"),
 * or the heading's own text when it has none.
 */
function headingOwners(norm: string, raw: RawItem, parents: Set<RawItem>): UnitMention[] {
  if (!parents.has(raw)) {
    const own = unitsOfHeading(norm, raw);
    if (own.length) return own;
  }
  return raw.parent && !parents.has(raw) ? unitsOfHeading(norm, raw.parent) : [];
}

function readUnits(norm: string, raw: RawItem, parents: Set<RawItem>): UnitMention[] {
  const out: UnitMention[] = headingOwners(norm, raw, parents);
  for (const part of raw.parts) {
    const column = ROLE_COLUMNS[part.role];
    if (column) {
      const note = readRoleNote(norm, part.span, column);
      const mentions = note ?? inheritPrefixes(splitNames(norm, part.span)).map((n) => ({ name: n.name, role: column, span: n.span }));
      out.push(...mentions);
    } else if (part.role !== "when") out.push(...findProseRoles(norm, part.span));
  }
  return unique(out, (m) => `${m.role}:${m.name}`);
}

function readTargets(norm: string, original: string, raw: RawItem): Target[] {
  const state = newRegionState();
  const fromTargetCells: Target[] = [];
  const others: Target[] = [];
  for (const part of raw.parts) {
    if (part.role === "number") {
      others.push(...cellTargets(norm, original, part));
      continue;
    }
    if (!TARGET_ROLES.has(part.role)) continue;
    const found = findTargets(norm, original, part.span, state);
    (part.role === "target" ? fromTargetCells : others).push(...found);
  }
  const same = (a: Target, b: Target) => a.value === b.value && a.unit === b.unit;
  return [...others.filter((t) => !fromTargetCells.some((c) => same(c, t))), ...fromTargetCells].sort((a, b) => a.valueSpan[0] - b.valueSpan[0]);
}

function readTimes(norm: string, original: string, raw: RawItem): TimeMention[] {
  const out: TimeMention[] = [];
  for (const part of raw.parts) {
    if (part.role === "when") out.push(...timeCellWords(norm, original, part.span));
    const year = part.column && (part.role === "content" || part.role === "number") ? yearOfHeader(norm, original, part.column) : null;
    if (year) out.push(year);
    if (part.role !== "when" && part.role !== "number" && part.role !== "key") out.push(...findTimes(norm, original, part.span, quotations(norm, part.span)));
  }
  return out;
}

/** The year a column's header names ("2024年工作任务" -> 2024年): the when of the work in its cells. */
function yearOfHeader(norm: string, original: string, column: Column): TimeMention | null {
  if (!column.span || !YEAR_HEADER.test(column.header)) return null;
  const at = norm.slice(column.span[0], column.span[1]).search(/\d{4}\s*年/);
  if (at < 0) return null;
  const start = column.span[0] + at;
  const end = norm.indexOf("年", start) + 1;
  return { text: original.slice(start, end), span: [start, end] };
}

function headingsUp(raw: RawItem, norm: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (let r: RawItem | null = raw; r; r = r.parent) out.push(r.headingSpan ? norm.slice(r.headingSpan[0], r.headingSpan[1]) : null);
  return out;
}

function toItem(norm: string, original: string, raw: RawItem, ids: Set<string>, parents: Set<RawItem>): Item {
  const units = readUnits(norm, raw, parents);
  // a background section (发展基础, 回顾) reports what happened: its dates and figures bind nothing
  const background = isBackground(headingsUp(raw, norm));
  const times = background ? [] : readTimes(norm, original, raw);
  let id = raw.path.join("/");
  for (let n = 2; ids.has(id); n++) id = `${raw.path.join("/")}~${n}`;
  ids.add(id);
  const names = (role: UnitRole) => units.filter((u) => u.role === role).map((u) => u.name);
  return {
    id,
    path: raw.path,
    kind: raw.goalRow ? "goal" : itemKind(headingsUp(raw, norm)),
    heading: raw.headingSpan ? original.slice(raw.headingSpan[0], raw.headingSpan[1]) : null,
    anchor: original.slice(raw.anchorSpan[0], raw.anchorSpan[1]),
    lead: names("lead"),
    support: names("support"),
    owners: names("owners"),
    targets: raw.stock || background ? [] : readTargets(norm, original, raw),
    when: unique(times, (t) => t.text.replace(/\s+/g, "")).map((t) => t.text),
    span: raw.span,
    headingSpan: raw.headingSpan,
    units,
    times,
    cells: raw.parts.flatMap((part) => (part.column ? [{ span: part.span, column: part.column.header, role: part.role }] : [])),
  };
}

function emptyMeta(): Meta {
  return { title: null, issuer: null, docNumber: null, date: null, period: null, spans: { title: null, issuer: null, docNumber: null, date: null, period: null } };
}

function run(original: string, options: ExtractOptions): Plan {
  const norm = normaliseText(original);
  const lines = splitLines(norm);
  const outline = buildOutline(norm, buildBlocks(norm, lines));
  const head = lines.filter((l) => l.end <= outline.firstItemStart);
  const meta = readMeta(original, norm, head, lines);
  const ids = new Set<string>();
  const parents = new Set(outline.items.flatMap((raw) => (raw.parent ? [raw.parent] : [])));
  const items = outline.items.map((raw) => toItem(norm, original, raw, ids, parents));
  const numbered = items.some((i) => !i.path[0].startsWith("¶"));
  return { doc: options.doc ?? "", meta, items, warnings: numbered ? [] : [NO_ITEMS_WARNING] };
}

/** Extracts the structured plan of a policy document; never throws, spans index into `text`. */
export function extractPlan(text: string, options: ExtractOptions = {}): Plan {
  const original = typeof text === "string" ? text : "";
  try {
    return run(original, options);
  } catch {
    return { doc: options.doc ?? "", meta: emptyMeta(), items: [], warnings: [FAILED_WARNING] };
  }
}
