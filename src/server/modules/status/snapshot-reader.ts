/**
 * Reads the stored status snapshots still valid for their plans' current keys. A part this process has
 * already parsed is kept in memory and reused while its row is unchanged (same key, same write time), so a
 * warm dashboard reads a few short columns instead of every plan's figures; other rows are read, checked
 * against this code's format and remembered.
 */
import type { Db } from "../../db/client.ts";
import { readablePart } from "./snapshot-format.ts";
import { readSnapshots, snapshotStamps, stampOf } from "./status.repository.ts";

type Part = "items" | "summary";
const remembered = new WeakMap<Db, Map<string, { stamp: string; value: unknown }>>();

function memoOf(db: Db) {
  let memo = remembered.get(db);
  if (!memo) remembered.set(db, (memo = new Map()));
  return memo;
}

/** Keeps a part just written (or read) for the row with this key and write time. */
export function rememberPart(db: Db, planId: string, part: Part, key: string, computedAt: Date, value: unknown): void {
  memoOf(db).set(`${planId}/${part}`, { stamp: stampOf(key, computedAt), value });
}

/** The usable stored part of each plan whose snapshot was computed for `keyOf(planId)`; plans left out are misses. */
export async function usableParts(db: Db, planIds: string[], part: Part, keyOf: (planId: string) => string): Promise<Map<string, unknown>> {
  const memo = memoOf(db);
  const stamps = await snapshotStamps(db, planIds);
  const current = planIds.filter((id) => stamps.get(id)?.startsWith(`${keyOf(id)}@`));
  const usable = new Map<string, unknown>();
  const unread: string[] = [];
  for (const id of current) {
    const kept = memo.get(`${id}/${part}`);
    if (kept && kept.stamp === stamps.get(id)) usable.set(id, kept.value);
    else unread.push(id);
  }
  const stored = await readSnapshots(db, unread, part);
  for (const [id, row] of stored) {
    if (row.key !== keyOf(id) || !readablePart(part, row.value)) continue;
    usable.set(id, row.value);
    memo.set(`${id}/${part}`, { stamp: stamps.get(id) as string, value: row.value });
  }
  return usable;
}
