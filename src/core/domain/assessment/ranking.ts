/** Ranking units by score, and what a change of rules does to the ranking (what-if). */
import type { UnitScore } from "./score.ts";

export interface RankedUnit {
  /** 1-based; equal totals share a rank (1, 2, 2, 4); vetoed units come last */
  rank: number;
  unitId: string;
  unitName: string;
  total: number;
  vetoed: boolean;
}

/** Orders by total (vetoed last, then by name for a stable order) and gives equal totals the same rank. */
export function rank(scores: UnitScore[]): RankedUnit[] {
  const ordered = [...scores].sort(
    (a, b) => Number(a.vetoed) - Number(b.vetoed) || b.total - a.total || a.unitName.localeCompare(b.unitName, "zh"),
  );
  return ordered.map((s) => {
    const firstEqual = ordered.findIndex((o) => o.vetoed === s.vetoed && o.total === s.total);
    return { rank: firstEqual + 1, unitId: s.unitId, unitName: s.unitName, total: s.total, vetoed: s.vetoed };
  });
}

/** A unit's place before and after a rule change. */
export interface RankChange {
  unitId: string;
  unitName: string;
  before: { rank: number; total: number };
  after: { rank: number; total: number };
}

/** Compares two rankings of the same units, in the order of the new one. */
export function compareRankings(before: RankedUnit[], after: RankedUnit[]): RankChange[] {
  const old = new Map(before.map((r) => [r.unitId, r]));
  return after.map((r) => {
    const was = old.get(r.unitId);
    return {
      unitId: r.unitId,
      unitName: r.unitName,
      before: { rank: was?.rank ?? 0, total: was?.total ?? 0 },
      after: { rank: r.rank, total: r.total },
    };
  });
}
