/**
 * The audit log's public face: `audited(ctx, entry, work)` runs a write in one transaction and appends its audit
 * row in the same one; `appendAudit` is for callers already inside a transaction of their own.
 */
import type { Db } from "../../db/client.ts";
import type { ServiceContext } from "../../context.ts";
import { appendAudit } from "./audit.repository.ts";

/** Appends one audit row inside the caller's transaction (sign-in and sign-out, which have no actor context yet). */
export { appendAudit, type AuditEntry } from "./audit.repository.ts";

/** What the audit row says about a write; `work` returns the row after, which becomes `after` unless given. */
export interface AuditDescription {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
}

/**
 * Runs `work` in a transaction and records the audit row. `work` returns `{ result, entityId?, before?, after? }`
 * so the entry can name what was created and how it looked.
 */
export async function audited<T>(
  ctx: ServiceContext,
  description: AuditDescription,
  work: (tx: Db) => Promise<{ result: T; entityId?: string; before?: unknown; after?: unknown }>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const outcome = await work(tx);
    await appendAudit(tx, {
      actorId: ctx.actor.id,
      at: ctx.clock.now(),
      action: description.action,
      entity: description.entity,
      entityId: outcome.entityId ?? description.entityId ?? null,
      before: outcome.before ?? description.before,
      after: outcome.after ?? outcome.result,
    });
    return outcome.result;
  });
}
