/** Reads and writes the settings row (Drizzle only). */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { settings } from "../../db/schema/settings.ts";

const KEY = "reporting";

/** The stored settings value, or undefined before anyone saved any. */
export async function readSettingsRow(db: Db): Promise<unknown> {
  const [row] = await db.select().from(settings).where(eq(settings.key, KEY));
  return row?.value;
}

/** Stores the settings value, replacing what was there. */
export async function writeSettingsRow(db: Db, value: unknown, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at, version: sql`${settings.version} + 1` } });
}
