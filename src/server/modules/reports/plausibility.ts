/** Plausibility: a value that jumps against the last round or the same period last year asks for an explanation. */
import type { ReportedValue } from "../../../core/domain/reports/report-content.ts";

/** A value that needs an explanation before the report can be submitted. */
export interface Implausible {
  targetId: string;
  value: number;
  /** "last_round" or "last_year" */
  against: "last_round" | "last_year";
  previous: number;
  /** the relative change, e.g. 0.8 for +80% */
  change: number;
}

/** Reference values of earlier reports, by target id. */
export interface References {
  lastRound: Map<string, number>;
  lastYear: Map<string, number>;
}

function jump(value: number, previous: number): number {
  if (previous === 0) return value === 0 ? 0 : Number.POSITIVE_INFINITY;
  return (value - previous) / Math.abs(previous);
}

/**
 * The values that move by more than `threshold` (a fraction) against the last round or the same period
 * last year and carry no explanation.
 */
export function implausibleValues(values: ReportedValue[], references: References, threshold: number): Implausible[] {
  const found: Implausible[] = [];
  for (const v of values) {
    if (v.value == null || v.explanation?.trim()) continue;
    for (const [against, map] of [["last_round", references.lastRound], ["last_year", references.lastYear]] as const) {
      const previous = map.get(v.targetId);
      if (previous == null) continue;
      const change = jump(v.value, previous);
      if (Math.abs(change) > threshold) {
        found.push({ targetId: v.targetId, value: v.value, against, previous, change: Number.isFinite(change) ? change : 1e9 });
        break;
      }
    }
  }
  return found;
}
