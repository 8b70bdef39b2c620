/** Reading the audit log (admin, supervisor). */
import { assertCan } from "../../access/can.ts";
import type { ServiceContext } from "../../context.ts";
import { listAudit } from "./audit.repository.ts";

/** The newest entries first, optionally for one entity, with ISO timestamps. */
export async function listAuditEntries(ctx: ServiceContext, filter: { entity?: string; entityId?: string; limit: number }) {
  assertCan(ctx.actor, "audit.read");
  const rows = await listAudit(ctx.db, filter);
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}
