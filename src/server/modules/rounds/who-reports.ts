/** Who answers for an item in a round: lead units report (support units contribute to them); owners report for themselves. */

/** An assignment as the round sees it. */
export interface AskedAssignment {
  planId: string;
  itemId: string;
  unitId: string | null;
  role: string;
}

/** One report a round asks for. */
export interface AskedReport {
  planId: string;
  itemId: string;
  unitId: string;
  role: "lead" | "owners";
}

/**
 * One report per item and reporting unit: each lead unit, and each owner unit that is not also lead.
 * An item with support units only has them report as owners, so nobody's work goes unasked.
 */
export function reportsToAsk(assignments: AskedAssignment[]): AskedReport[] {
  const byItem = new Map<string, AskedAssignment[]>();
  for (const a of assignments) {
    if (a.unitId) byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a]);
  }
  const asked: AskedReport[] = [];
  for (const [itemId, list] of byItem) {
    const seen = new Set<string>();
    const add = (a: AskedAssignment, role: AskedReport["role"]) => {
      if (!a.unitId || seen.has(a.unitId)) return;
      seen.add(a.unitId);
      asked.push({ planId: a.planId, itemId, unitId: a.unitId, role });
    };
    for (const a of list.filter((x) => x.role === "lead")) add(a, "lead");
    for (const a of list.filter((x) => x.role === "owners")) add(a, "owners");
    if (seen.size === 0) for (const a of list) add(a, "owners");
  }
  return asked;
}
