/** A clock tests set and move by hand (the only time source services read). */
import type { Clock } from "../../src/server/clock.ts";

/** A clock standing at `iso` until `set` or `advance` moves it. */
export function fixedClock(iso = "2025-09-15T09:00:00+08:00") {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next: string) => {
      now = new Date(next);
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  } satisfies Clock & Record<string, unknown>;
}
