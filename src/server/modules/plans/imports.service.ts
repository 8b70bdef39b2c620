/**
 * Import use cases: a document (upload or paste) becomes a draft plan, or a new revision of an existing plan.
 * Extraction runs before the transaction; everything written (document, plan, items, units, targets, revision,
 * audit row) is one transaction, so a failure at any step leaves nothing behind.
 */
import type { Plan } from "../../../core/extract/types.ts";
import { assertCan } from "../../access/can.ts";
import type { ServiceContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { documents } from "../../db/schema/documents.ts";
import { audited } from "../audit/audit.ts";
import { defaultDeadline, snapshotItem } from "./plan-rows.ts";
import { diffRevisions } from "./plans.diff.ts";
import { lockEditablePlan } from "./plans.policy.ts";
import { allItems, insertPlan, insertRevision, listRevisions, liveAssignments } from "./plans.repository.ts";
import { planSummary } from "./plans.service.ts";
import { loadDirectory } from "../units/units.service.ts";
import type { ImportDeps } from "./imports.deps.ts";
import { type DecodedSource, decodeSource, type ImportSource } from "./imports.source.ts";
import { stableKeys, writeItems } from "./item-writer.ts";
import { planChanged } from "./plan-changed.ts";

/** The dependencies of an import: the service context, the import collaborators and the upload limit. */
export type ImportContext = ServiceContext & { importer: ImportDeps; maxBytes: number };

async function insertDocument(tx: Db, ctx: ServiceContext, source: DecodedSource): Promise<string> {
  const [row] = await tx
    .insert(documents)
    .values({
      fileName: source.fileName,
      mediaType: source.mediaType,
      size: source.bytes.byteLength,
      sha256: source.sha256,
      bytes: source.bytes,
      text: source.text,
      createdBy: ctx.actor.id,
      createdAt: ctx.clock.now(),
    })
    .returning({ id: documents.id });
  return row.id;
}

function titleOf(extracted: Plan, fileName: string): string {
  return extracted.meta.title?.trim() || fileName.replace(/\.[^.]+$/u, "") || "未命名计划";
}

function snapshotOf(extracted: Plan, text: string) {
  const keys = stableKeys(extracted.items);
  return extracted.items.map((item, index) => ({ ...snapshotItem(item, text), key: keys[index] }));
}

/** Reads and extracts a source outside any transaction (the slow, pure part). */
async function prepare(ctx: ImportContext, source: ImportSource) {
  const decoded = await decodeSource(source, ctx.importer, ctx.maxBytes);
  const extracted = await ctx.importer.extract(decoded.text, { doc: decoded.fileName });
  return { decoded, extracted };
}

/** Imports a document as a new draft plan. */
export async function importDocument(ctx: ImportContext, source: ImportSource) {
  assertCan(ctx.actor, "plans.import");
  const { decoded, extracted } = await prepare(ctx, source);
  const step = async (name: Parameters<NonNullable<ImportDeps["afterStep"]>>[0]) => ctx.importer.afterStep?.(name);
  return audited(ctx, { action: "plans.import", entity: "plan" }, async (tx) => {
    const documentId = await insertDocument(tx, ctx, decoded);
    await step("document");
    const now = ctx.clock.now();
    const plan = await insertPlan(tx, {
      title: titleOf(extracted, decoded.fileName),
      documentId,
      meta: extracted.meta,
      warnings: extracted.warnings,
      createdBy: ctx.actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await step("plan");
    await writeItems(tx, {
      planId: plan.id,
      extracted,
      text: decoded.text,
      directory: await loadDirectory(tx),
      now,
      deadline: defaultDeadline(extracted.meta.period),
      existing: [],
      resolvedBefore: new Map(),
    });
    await step("items");
    await insertRevision(tx, { planId: plan.id, revision: 1, documentId, snapshot: snapshotOf(extracted, decoded.text), createdBy: ctx.actor.id, createdAt: now });
    await step("revision");
    const summary = await planSummary(tx, plan.id);
    return { result: summary, entityId: plan.id, after: { ...summary, fileName: decoded.fileName, sha256: decoded.sha256 } };
  });
}

/**
 * Imports a revised document into an existing plan: items are matched by stable key, the plan's revision goes
 * up, and the diff against the previous revision is returned. A plan left with unresolved names returns to draft.
 */
export async function reimportDocument(ctx: ImportContext, planId: string, source: ImportSource) {
  assertCan(ctx.actor, "plans.import");
  const { decoded, extracted } = await prepare(ctx, source);
  return audited(ctx, { action: "plans.reimport", entity: "plan", entityId: planId }, async (tx) => {
    const plan = await lockEditablePlan(tx, ctx.actor, planId, "plans.import");
    const documentId = await insertDocument(tx, ctx, decoded);
    const resolvedBefore = new Map<string, string>();
    for (const assignment of await liveAssignments(tx, planId)) {
      if (assignment.unitId) resolvedBefore.set(assignment.name, assignment.unitId);
    }
    const now = ctx.clock.now();
    const written = await writeItems(tx, {
      planId,
      extracted,
      text: decoded.text,
      directory: await loadDirectory(tx),
      now,
      deadline: defaultDeadline(extracted.meta.period),
      existing: await allItems(tx, planId),
      resolvedBefore,
    });
    await ctx.importer.afterStep?.("items");
    const revisions = await listRevisions(tx, planId);
    const previous = revisions.at(-1);
    const revision = (previous?.revision ?? 0) + 1;
    const snapshot = snapshotOf(extracted, decoded.text);
    await insertRevision(tx, { planId, revision, documentId, snapshot, createdBy: ctx.actor.id, createdAt: now });
    const unresolved = (await liveAssignments(tx, planId)).some((assignment) => assignment.unitId === null);
    await planChanged(tx, ctx, planId, {
      title: titleOf(extracted, decoded.fileName),
      documentId,
      meta: extracted.meta,
      warnings: extracted.warnings,
      revision,
      status: unresolved ? "draft" : plan.status,
      version: plan.version + 1,
      updatedAt: now,
    });
    const diff = diffRevisions(previous?.snapshot ?? [], snapshot);
    const summary = await planSummary(tx, planId);
    return { result: { plan: summary, diff }, before: { revision: plan.revision, status: plan.status }, after: { revision, written, diff } };
  });
}
