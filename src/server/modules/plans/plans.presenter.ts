/** Rows → the DTOs of docs/api.md (PlanSummary, ItemDto, target, UnitResolution). */
import type { TargetKind } from "../../../core/domain/status/target-kind.ts";
import { type DirectoryUnit, matchUnit, normalizeUnitName } from "../../../core/domain/units/match.ts";
import type { Change, Comparison, ItemKind, UnitRole } from "../../../core/extract/types.ts";
import type { AssignmentRow, ItemRow, PlanWithCounts, TargetRow } from "./plans.repository.ts";

/**
 * The source text as a reader limited to some items may see it: characters outside the given spans become
 * spaces (line breaks stay), so every span still points at the same offsets and nothing else is sent.
 */
export function textWithinSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  const kept = [...spans].sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  const blank = (piece: string) => piece.replace(/[^\n]/g, " ");
  for (const [start, end] of kept) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    out += blank(text.slice(at, from)) + text.slice(from, end);
    at = end;
  }
  return out + blank(text.slice(at));
}

/** PlanSummary: id, title, status, versions, counts and timestamps. */
export function presentPlanSummary(plan: PlanWithCounts) {
  return {
    id: plan.id,
    title: plan.title,
    status: plan.status as "draft" | "published",
    version: plan.version,
    revision: plan.revision,
    counts: plan.counts,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    publishedAt: plan.publishedAt?.toISOString() ?? null,
  };
}

/** A target as the API returns it. */
export function presentTarget(row: TargetRow) {
  return {
    id: row.id,
    itemId: row.itemId,
    version: row.version,
    quote: row.quote,
    metric: row.metric,
    scope: row.scope,
    value: row.value,
    unit: row.unit,
    cmp: row.cmp as Comparison,
    change: row.change as Change | null,
    aspirational: row.aspirational,
    baseline: row.baseline,
    deadline: row.deadline,
    milestones: row.milestones ?? [],
    kind: row.kind as TargetKind,
    span: row.span ?? null,
    valueSpan: row.valueSpan ?? null,
    metricSpan: row.metricSpan ?? null,
  };
}

/** An item with its assignments and targets as the API returns it. */
export function presentItem(row: ItemRow, itemAssignments: AssignmentRow[], itemTargets: TargetRow[]) {
  return {
    id: row.id,
    key: row.key,
    parentId: row.parentId,
    path: row.path,
    kind: row.kind as ItemKind,
    heading: row.heading,
    anchor: row.anchor,
    text: row.text,
    span: row.span ?? null,
    headingSpan: row.headingSpan ?? null,
    version: row.version,
    when: row.when,
    times: row.times,
    cells: row.cells ?? [],
    assignments: itemAssignments.map((assignment) => ({
      id: assignment.id,
      role: assignment.role as UnitRole,
      name: assignment.name,
      unitId: assignment.unitId,
      span: assignment.span ?? null,
    })),
    targets: itemTargets.map(presentTarget),
  };
}

/** Groups rows by their item id. */
export function byItem<T extends { itemId: string }>(rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.itemId, [...(grouped.get(row.itemId) ?? []), row]);
  return grouped;
}

/** Every unit name of a plan with the directory unit it resolves to, or suggestions when it does not. */
export function presentUnitResolutions(planAssignments: AssignmentRow[], directory: DirectoryUnit[]) {
  const names = new Map<string, string | null>();
  for (const assignment of planAssignments) {
    const known = names.get(assignment.name);
    if (known === undefined || known === null) names.set(assignment.name, assignment.unitId);
  }
  const unitsById = new Map(directory.map((unit) => [unit.id, unit]));
  return [...names].map(([name, unitId]) => {
    const unit = unitId ? unitsById.get(unitId) : undefined;
    if (unit) {
      const how = normalizeUnitName(unit.name) === normalizeUnitName(name) ? ("exact" as const) : ("alias" as const);
      return { name, unitId: unit.id, how, suggestions: [] };
    }
    const suggestions = matchUnit(name, directory).map(({ unitId: id, name: unitName, score }) => ({ unitId: id, name: unitName, score }));
    return { name, unitId: null, how: null, suggestions };
  });
}
