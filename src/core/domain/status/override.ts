/** A supervisor's manual override of a status: it needs a reason and says who set it and when. */
import { type Judgement, type Status, STATUS_WORDS } from "./status.ts";

/** An override as recorded. */
export interface StatusOverride {
  status: Status;
  reason: string;
  by: string;
  /** ISO instant */
  at: string;
}

/** Why an override is refused, or null when it may be recorded. */
export function overrideProblem(input: { status: Status; reason: string }): "reason_required" | null {
  return input.reason.trim().length === 0 ? "reason_required" : null;
}

/** The judgement a person sees: the override when there is one, keeping the computed reason beside it. */
export function applyOverride(computed: Judgement, override: StatusOverride | null): Judgement & { overridden: boolean } {
  if (!override) return { ...computed, overridden: false };
  const reason = `人工调整为${STATUS_WORDS[override.status]}(${override.by},${override.at.slice(0, 10)}):${override.reason.trim()};原判定:${computed.reason}`;
  return { status: override.status, reason, overridden: true };
}
