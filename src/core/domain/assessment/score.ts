/**
 * Scores per unit from a rule sheet, with the calculation shown line by line: one line per item the unit
 * answers for (its weight and how much of it was achieved), then the 力争 bonus, the deductions for late
 * and returned reports, and any veto. What-if is the same function called with a changed sheet.
 */
import type { UnitRole } from "../../extract/types.ts";
import { STATUS_WORDS, type Status } from "../status/status.ts";
import { attainment, type AssessedTarget } from "./attainment.ts";
import { ROLE_WORDS, type RuleSheet } from "./rules.ts";

/** An item a unit answers for, with its year-end status and targets. */
export interface AssessedItem {
  itemId: string;
  /** e.g. "二/（一）/3 实施技术改造工程" */
  label: string;
  role: UnitRole;
  status: Status;
  targets: AssessedTarget[];
  /** a support unit (配合): whether it gave the lead any input on the item in the year; unset for other roles */
  contributed?: boolean;
}

/** A unit's year: its items, and how its reports went. */
export interface AssessedUnit {
  unitId: string;
  unitName: string;
  items: AssessedItem[];
  lateReports: number;
  returnedReports: number;
}

/**
 * A correction decided on appeal: replaces a line's quantity (an item line's attainment 0 … 1, the count
 * of late or returned reports, or 0 to lift a veto), with the decision's note.
 */
export interface Adjustment {
  unitId: string;
  lineId: string;
  value: number;
  note: string;
}

export const LINE_KINDS = ["item", "bonus", "late", "returned", "veto"] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** One line of the calculation; a unit may appeal any line by its id. */
export interface ScoreLine {
  /** stable: "item:<itemId>", "bonus", "late", "returned", "veto:<itemId>" */
  id: string;
  kind: LineKind;
  label: string;
  /** the arithmetic in words and numbers */
  formula: string;
  /** marks this line adds (negative for deductions) */
  points: number;
  /** the appeal decision that changed this line, if any */
  adjusted: string | null;
}

export interface UnitScore {
  unitId: string;
  unitName: string;
  completion: number;
  bonus: number;
  deductions: number;
  /** 0 when vetoed */
  total: number;
  vetoed: boolean;
  lines: ScoreLine[];
}


/** Marks rounded to two decimals, as printed and ranked. */
export const marks = (x: number): number => Math.round(x * 100) / 100;
const fmt = (x: number) => Number(x.toFixed(4)).toString();

function itemWeight(item: AssessedItem, rules: RuleSheet): { weight: number; text: string } {
  const factor = rules.roleFactor[item.role];
  const set = rules.weights.byItem[item.itemId];
  const base =
    set ??
    (item.targets.length === 0
      ? rules.weights.task
      : item.targets.reduce((sum, t) => sum + rules.weights.byTargetKind[t.kind], 0) / item.targets.length);
  const source = set != null ? "指定权重" : item.targets.length === 0 ? "任务权重" : "指标类型权重";
  return { weight: base * factor, text: `${source} ${fmt(base)}×${ROLE_WORDS[item.role]} ${fmt(factor)}=${fmt(base * factor)}` };
}

/** What a support unit that gave no input earns for the item: nothing, whatever the lead achieved. */
const NO_CONTRIBUTION_TEXT = "配合单位全年未提供配合材料，不计该事项成效，得分率 0";

function itemShare(item: AssessedItem, rules: RuleSheet): { share: number; text: string; stretchMet: number } {
  // a support unit is scored on its contribution: none made, no credit for the lead's work
  if (item.role === "support" && item.contributed === false) return { share: 0, text: NO_CONTRIBUTION_TEXT, stretchMet: 0 };
  if (item.targets.length === 0) {
    const share = rules.taskCredit[item.status];
    return { share, text: `状态${STATUS_WORDS[item.status]}，得分率 ${fmt(share)}`, stretchMet: 0 };
  }
  const parts = item.targets.map((t) => ({ t, a: attainment(t), w: rules.weights.byTargetKind[t.kind] }));
  const totalWeight = parts.reduce((sum, p) => sum + p.w, 0);
  const share = totalWeight === 0 ? 0 : parts.reduce((sum, p) => sum + p.w * p.a.share, 0) / totalWeight;
  const text = parts.map((p) => `${p.t.label} ${p.a.formula}`).join("；");
  return {
    share,
    text: parts.length > 1 ? `${text}；加权得分率 ${fmt(share)}` : text,
    stretchMet: parts.filter((p) => p.a.stretchMet).length,
  };
}

/** Scores one unit under a rule sheet, applying the appeal adjustments that concern it. */
export function scoreUnit(unit: AssessedUnit, rules: RuleSheet, adjustments: Adjustment[] = []): UnitScore {
  const adjusted = new Map(adjustments.filter((a) => a.unitId === unit.unitId).map((a) => [a.lineId, a]));
  const items = unit.items.map((item) => {
    const id = `item:${item.itemId}`;
    const weight = itemWeight(item, rules);
    const share = itemShare(item, rules);
    const fix = adjusted.get(id);
    return { item, id, weight, share: fix ? { ...share, share: fix.value } : share, fix };
  });
  const totalWeight = items.reduce((sum, i) => sum + i.weight.weight, 0);
  const lines: ScoreLine[] = items.map(({ item, id, weight, share, fix }) => {
    const points = totalWeight === 0 ? 0 : (rules.fullMarks * weight.weight * share.share) / totalWeight;
    return {
      id,
      kind: "item",
      label: item.label,
      formula: `${share.text}${fix ? `；申诉改为 ${fmt(fix.value)}` : ""}；${weight.text}；${fmt(rules.fullMarks)}×${fmt(weight.weight)}×${fmt(share.share)}/${fmt(totalWeight)}=${fmt(marks(points))}`,
      points,
      adjusted: fix?.note ?? null,
    };
  });
  const completion = lines.reduce((sum, l) => sum + l.points, 0);

  const metCount = items.reduce((sum, i) => sum + i.share.stretchMet, 0);
  const bonus = Math.min(rules.stretchBonus.cap, metCount * rules.stretchBonus.perTarget);
  if (metCount > 0) {
    lines.push({
      id: "bonus",
      kind: "bonus",
      label: "力争目标加分",
      formula: `达到力争值 ${metCount} 项×${fmt(rules.stretchBonus.perTarget)}，上限 ${fmt(rules.stretchBonus.cap)}，加 ${fmt(bonus)} 分`,
      points: bonus,
      adjusted: null,
    });
  }

  const count = (lineId: string, actual: number) => adjusted.get(lineId)?.value ?? actual;
  const late = count("late", unit.lateReports);
  const returned = count("returned", unit.returnedReports);
  const raw = late * rules.deductions.lateReport + returned * rules.deductions.returnedReport;
  const deductions = Math.min(rules.deductions.cap, raw);
  const capNote = raw > deductions ? `，合计 ${fmt(raw)} 超过上限 ${fmt(rules.deductions.cap)}，按上限扣` : "";
  const deductionLines: [string, string, number, number][] = [
    ["late", "逾期报送扣分", late, rules.deductions.lateReport],
    ["returned", "报送被退回扣分", returned, rules.deductions.returnedReport],
  ];
  for (const [id, label, times, each] of deductionLines) {
    if (times === 0) continue;
    const share = raw === 0 ? 0 : (times * each * deductions) / raw;
    lines.push({
      id,
      kind: id as LineKind,
      label,
      formula: `${fmt(times)} 次×${fmt(each)}${capNote}，扣 ${fmt(marks(share))} 分`,
      points: -share,
      adjusted: adjusted.get(id)?.note ?? null,
    });
  }

  const vetoes = unit.items.filter(
    (item) => rules.vetoItems.includes(item.itemId) && item.status === "red" && adjusted.get(`veto:${item.itemId}`)?.value !== 0,
  );
  for (const item of vetoes) {
    lines.push({ id: `veto:${item.itemId}`, kind: "veto", label: "一票否决", formula: `一票否决事项“${item.label}”未完成（红）→ 总分计 0`, points: 0, adjusted: null });
  }
  const vetoed = vetoes.length > 0;
  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    completion: marks(completion),
    bonus: marks(bonus),
    deductions: marks(deductions),
    total: vetoed ? 0 : marks(completion + bonus - deductions),
    vetoed,
    lines: lines.map((l) => ({ ...l, points: marks(l.points) })),
  };
}

/** Scores every unit under the same rule sheet. */
export function scoreUnits(units: AssessedUnit[], rules: RuleSheet, adjustments: Adjustment[] = []): UnitScore[] {
  return units.map((unit) => scoreUnit(unit, rules, adjustments));
}
