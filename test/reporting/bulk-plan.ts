/** A published plan written straight into the database: one task per unit, each with one 新增 target, for load tests. */
import { createHash } from "node:crypto";
import type { Db } from "../../src/server/db/client.ts";
import { documents } from "../../src/server/db/schema/documents.ts";
import { assignments, items, plans, targets } from "../../src/server/db/schema/plans.ts";

/** Inserts the plan; returns its id and, per unit, its item and target ids. */
export async function insertBulkPlan(db: Db, unitIds: string[]) {
  const text = unitIds.map((_, i) => `${i + 1}、任务${i + 1}。新增企业不少于2家。`).join("\n");
  const [doc] = await db
    .insert(documents)
    .values({ fileName: "bulk.txt", mediaType: "text/plain", size: text.length, sha256: createHash("sha256").update(text).digest("hex"), bytes: Buffer.from(text), text })
    .returning();
  const meta = { title: "批量方案", issuer: null, docNumber: null, date: null, period: [2025, 2025] as [number, number], spans: { title: null, issuer: null, docNumber: null, date: null, period: null } };
  const [plan] = await db.insert(plans).values({ title: "批量方案", status: "published", documentId: doc.id, meta, publishedAt: new Date() }).returning();
  const itemRows = await db
    .insert(items)
    .values(unitIds.map((_, i) => ({ planId: plan.id, key: String(i + 1), path: [String(i + 1)], position: i, kind: "task", heading: `任务${i + 1}`, anchor: `任务${i + 1}`, text: `任务${i + 1}。新增企业不少于2家。` })))
    .returning({ id: items.id, position: items.position });
  itemRows.sort((a, b) => a.position - b.position);
  await db.insert(assignments).values(itemRows.map((item, i) => ({ planId: plan.id, itemId: item.id, role: "owners", name: `单位${i + 1}`, unitId: unitIds[i] })));
  const targetRows = await db
    .insert(targets)
    .values(itemRows.map((item) => ({ planId: plan.id, itemId: item.id, quote: "新增企业不少于2家", metric: "企业", value: 2, unit: "家", cmp: ">=", change: "up", kind: "increment", deadline: "2025-12-31" })))
    .returning({ id: targets.id, itemId: targets.itemId });
  const targetOf = new Map(targetRows.map((t) => [t.itemId, t.id]));
  return { planId: plan.id, perUnit: itemRows.map((item, i) => ({ unitId: unitIds[i], itemId: item.id, targetId: targetOf.get(item.id) as string })) };
}
