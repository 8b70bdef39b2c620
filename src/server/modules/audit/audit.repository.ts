/** Appends to and reads the audit log. There is deliberately no update or delete. */
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { auditLog } from "../../db/schema/audit.ts";

/** One audit entry as a write records it. */
export interface AuditEntry {
  actorId: string | null;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one row; call it inside the write's transaction. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

/** The newest entries first, optionally for one entity. */
export async function listAudit(db: Db, filter: { entity?: string; entityId?: string; limit: number }) {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(filter.limit);
}
