/**
 * A plan as a readable outline for a person in a terminal: the document's meta, then each item indented by
 * its depth with its kind, heading or anchor, units by role, targets ("metric >= 8 % (力争)") and time bounds.
 */
import type { Item, Plan, Target } from "../core/extract/types.ts";

const KIND_LABELS = { goal: "目标 goal", task: "任务 task" } as const;

/** "[葛店开发区] 规模以上工业增加值 >= 8 % (力争)" */
export function targetLine(target: Target): string {
  const scope = target.scope ? `[${target.scope}] ` : "";
  const unit = target.unit ? ` ${target.unit}` : "";
  const stretch = target.aspirational ? " (力争)" : "";
  return `${scope}${target.metric ?? "?"} ${target.cmp} ${target.value}${unit}${stretch}`;
}

function itemLines(item: Item): string[] {
  const indent = "  ".repeat(Math.max(0, item.path.length - 1));
  const detail = `${indent}    `;
  const title = item.heading ?? `${item.anchor}…`;
  const lines = [`${indent}${item.path.at(-1) ?? ""}  [${KIND_LABELS[item.kind]}] ${title}`];
  const roles: [string, string[]][] = [
    ["牵头 lead", item.lead],
    ["配合 support", item.support],
    ["负责 owners", item.owners],
  ];
  for (const [label, units] of roles) if (units.length > 0) lines.push(`${detail}${label}: ${units.join("、")}`);
  for (const target of item.targets) lines.push(`${detail}指标 target: ${targetLine(target)}`);
  if (item.when.length > 0) lines.push(`${detail}时间 when: ${item.when.join("、")}`);
  return lines;
}

function metaLines(plan: Plan): string[] {
  const { title, issuer, docNumber, date, period } = plan.meta;
  const fields: [string, string | null][] = [
    ["标题 title", title],
    ["发文 issuer", issuer],
    ["文号 number", docNumber],
    ["日期 date", date],
    ["期间 period", period ? `${period[0]}-${period[1]}` : null],
  ];
  return fields.filter(([, value]) => value).map(([label, value]) => `  ${label}: ${value}`);
}

/** The whole outline of one plan; `source` is the path the user gave. */
export function renderPlanOutline(plan: Plan, source: string): string {
  const header = `${source}  (${plan.items.length} items)`;
  return [header, ...metaLines(plan), "", ...plan.items.flatMap(itemLines)].join("\n");
}
