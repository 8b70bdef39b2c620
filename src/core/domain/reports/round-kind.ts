/** How often a round of reports comes round: every month, every quarter, or once (ad hoc). */
export const ROUND_KINDS = ["monthly", "quarterly", "adhoc"] as const;
/** One kind of round. */
export type RoundKind = (typeof ROUND_KINDS)[number];
