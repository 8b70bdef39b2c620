/**
 * Builds item, assignment and target rows from an extracted Plan (or from names typed in review), resolving
 * unit names to the directory by exact name or alias. Shared by import, re-import and review edits.
 */
import { inferTargetKind } from "../../../core/domain/status/target-kind.ts";
import { type DirectoryUnit, matchUnit } from "../../../core/domain/units/match.ts";
import type { Item, Span, Target, UnitRole } from "../../../core/extract/types.ts";
import type { ItemSnapshot } from "../../db/schema/plans.ts";
import type { assignments, targets } from "../../db/schema/plans.ts";

/** A unit name with its role, and where it was written when it came from the document. */
export interface NamedAssignment {
  role: UnitRole;
  name: string;
  span: Span | null;
}

/** The directory unit a name resolves to without asking anyone (exact name or alias), else null. */
export function resolveKnownUnit(name: string, directory: readonly DirectoryUnit[]): string | null {
  const [best] = matchUnit(name, directory, 1);
  return best && best.how !== "similar" ? best.unitId : null;
}

/** The lead, support and owner names of an extracted item, each with the span of its mention. */
export function namedAssignments(item: Item): NamedAssignment[] {
  const roles: [UnitRole, string[]][] = [
    ["lead", item.lead],
    ["support", item.support],
    ["owners", item.owners],
  ];
  return roles.flatMap(([role, names]) =>
    names.map((name) => ({
      role,
      name,
      span: item.units.find((mention) => mention.role === role && mention.name === name)?.span ?? null,
    })),
  );
}

/** Assignment rows for one item; a name resolved earlier in this plan keeps its unit. */
export function assignmentRows(
  ids: { planId: string; itemId: string },
  named: NamedAssignment[],
  directory: readonly DirectoryUnit[],
  resolvedBefore: ReadonlyMap<string, string> = new Map(),
): (typeof assignments.$inferInsert)[] {
  return named.map((assignment, position) => ({
    planId: ids.planId,
    itemId: ids.itemId,
    role: assignment.role,
    name: assignment.name,
    unitId: resolvedBefore.get(assignment.name) ?? resolveKnownUnit(assignment.name, directory),
    span: assignment.span,
    position,
  }));
}

/** The default deadline of a plan's targets: the last day of its period, when the document states one. */
export function defaultDeadline(period: [number, number] | null): string | null {
  return period ? `${period[1]}-12-31` : null;
}

/** Target columns from an extracted target (kind read off its words). */
export function targetColumns(target: Target, deadline: string | null) {
  return {
    quote: target.quote,
    metric: target.metric,
    scope: target.scope,
    value: target.value,
    unit: target.unit,
    cmp: target.cmp,
    change: target.change,
    aspirational: target.aspirational,
    deadline,
    kind: inferTargetKind(target),
    span: target.span,
    valueSpan: target.valueSpan,
    metricSpan: target.metricSpan,
  } satisfies Partial<typeof targets.$inferInsert>;
}

/** The text an item covers in its document. */
export function itemText(item: Item, text: string): string {
  return text.slice(item.span[0], item.span[1]).trim();
}

/** What a revision remembers of an item, to tell later revisions what changed. */
export function snapshotItem(item: Item, text: string): ItemSnapshot {
  return {
    key: item.id,
    path: item.path,
    kind: item.kind,
    heading: item.heading,
    text: itemText(item, text),
    units: namedAssignments(item).map((assignment) => `${assignment.role}:${assignment.name}`),
    targets: item.targets.map((target) => `${target.quote}|${target.value}|${target.unit ?? ""}|${target.cmp}`),
  };
}
