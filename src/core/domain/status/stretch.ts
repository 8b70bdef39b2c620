/** Pairs each 力争 target with the commitment it stretches ("80亿元,力争85亿元" gives two targets). */

/** The fields pairing looks at. */
export interface PairableTarget {
  metric: string | null;
  aspirational: boolean;
}

/** A commitment and its stretch; a 力争 target standing alone is its own commitment. */
export interface TargetPair<T> {
  commitment: T;
  stretch: T | null;
}

/**
 * Walks an item's targets in document order: a 力争 target whose metric matches the firm target just
 * before it becomes that target's stretch; every other target is a commitment of its own.
 */
export function pairStretchTargets<T extends PairableTarget>(targets: T[]): TargetPair<T>[] {
  const pairs: TargetPair<T>[] = [];
  for (const target of targets) {
    const previous = pairs.at(-1);
    const stretches =
      target.aspirational &&
      previous != null &&
      previous.stretch == null &&
      !previous.commitment.aspirational &&
      previous.commitment.metric === target.metric;
    if (stretches) previous.stretch = target;
    else pairs.push({ commitment: target, stretch: null });
  }
  return pairs;
}
