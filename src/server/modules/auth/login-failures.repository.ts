/** Failed logins per client in the current window (Drizzle only). */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { loginFailures } from "../../db/schema/users.ts";

/** The client's failure count and when its window started, or undefined when it has none. */
export async function findLoginFailures(db: Db, clientKey: string) {
  const [row] = await db.select().from(loginFailures).where(eq(loginFailures.clientKey, clientKey));
  return row;
}

/** Counts one more failure, starting a new window when the client's last one has ended (one statement, so
 * two instances counting at once do not lose a try). */
export async function countLoginFailure(db: Db, clientKey: string, now: Date, windowMs: number): Promise<void> {
  const windowEnded = sql`${loginFailures.windowStartedAt} <= ${new Date(now.getTime() - windowMs)}`;
  await db
    .insert(loginFailures)
    .values({ clientKey, windowStartedAt: now, failures: 1 })
    .onConflictDoUpdate({
      target: loginFailures.clientKey,
      set: {
        failures: sql`CASE WHEN ${windowEnded} THEN 1 ELSE ${loginFailures.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${windowEnded} THEN ${now} ELSE ${loginFailures.windowStartedAt} END`,
      },
    });
}
