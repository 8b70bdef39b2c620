/**
 * Use cases of bulletins (督查通报): draft one for a round, read it (numbers live while a draft), edit the
 * title, issuer and closing paragraph, publish (the content is frozen as published), download as .docx.
 */
import { localDate } from "../../../core/domain/status/calendar.ts";
import type { ServiceContext } from "../../context.ts";
import type { BulletinDto } from "../../files/writers/bulletin.dto.ts";
import { renderBulletinHtml } from "../../files/writers/bulletin.html.ts";
import { periodLabel } from "../../files/writers/chinese-numbers.ts";
import { audited } from "../audit/audit.ts";
import { roundNotFound } from "../rounds/rounds.errors.ts";
import { can } from "../../access/can.ts";
import { assertSupervises } from "../rounds/rounds.policy.ts";
import { findRound } from "../rounds/rounds.queries.ts";
import { owingOf } from "../rounds/rounds.service.ts";
import { loadStatuses } from "../status/status.queries.ts";
import { bulletinNotFound, bulletinPublished, bulletinStale } from "./bulletins.errors.ts";
import { bulletinContent } from "./bulletins.presenter.ts";
import {
  type BulletinRow,
  findBulletin,
  insertBulletin,
  listBulletinRows,
  planTitlesOfRound,
  reportsOfRound,
  unitNames,
  updateBulletinIfVersion,
} from "./bulletins.repository.ts";

const DEFAULT_CLOSING =
  "各责任单位要对照目标任务，逐项梳理进度滞后事项，明确整改措施和完成时限，确保按期完成。尚未报送的单位要按要求及时报送。";

/** What a supervisor may set on a draft. */
export interface BulletinEdits {
  title?: string;
  issueNumber?: string | null;
  issuer?: string;
  closing?: string;
}

function present(row: BulletinRow) {
  return {
    id: row.id,
    roundId: row.roundId,
    status: row.status as "draft" | "published",
    version: row.version,
    title: row.title,
    issueNumber: row.issueNumber,
    issuer: row.issuer,
    closing: row.closing,
    publishedOn: row.publishedOn,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The content as of now, drafted afresh from the round's reports and statuses. */
async function liveContent(ctx: ServiceContext, row: BulletinRow, date: string): Promise<BulletinDto> {
  const round = await findRound(ctx.db, row.roundId);
  if (!round) throw roundNotFound({ id: row.roundId });
  const plans = await planTitlesOfRound(ctx.db, round.id);
  const [reports, owing, loaded] = await Promise.all([
    reportsOfRound(ctx.db, round.id),
    owingOf(ctx.db, round, ctx.clock.now()),
    loadStatuses(ctx, { planIds: plans.map((p) => p.id), period: round.period }),
  ]);
  // one read for all the round's plans; the bulletin lists them in title order, as the plans come
  const order = new Map(plans.map((p, i) => [p.id, i]));
  const statuses = [...loaded.items].sort((a, b) => (order.get(a.planId) ?? 0) - (order.get(b.planId) ?? 0));
  const names = await unitNames(ctx.db, [...new Set(statuses.flatMap((st) => st.unitIds))]);
  return bulletinContent({ bulletin: row, round, date, plans: plans.map((p) => p.title), reports, statuses, owing, unitNames: names });
}

/** A bulletin the actor may read: supervisors see drafts, everyone signed in sees published ones. */
async function loadVisible(ctx: ServiceContext, id: string): Promise<BulletinRow> {
  const row = await findBulletin(ctx.db, id);
  if (!row || (row.status !== "published" && !can(ctx.actor, "bulletins.read_drafts"))) throw bulletinNotFound({ id });
  return row;
}

async function contentOf(ctx: ServiceContext, row: BulletinRow): Promise<BulletinDto> {
  return row.frozen ?? liveContent(ctx, row, localDate(ctx.clock.now()));
}

/** Starts a draft bulletin for a round (supervisors). */
export async function draftBulletin(ctx: ServiceContext, roundId: string, edits: BulletinEdits) {
  assertSupervises(ctx.actor, "bulletins.draft");
  const round = await findRound(ctx.db, roundId);
  if (!round) throw roundNotFound({ id: roundId });
  const now = ctx.clock.now();
  const row = await audited(ctx, { action: "bulletins.draft", entity: "bulletin" }, async (tx) => {
    const saved = await insertBulletin(tx, {
      roundId,
      title: edits.title ?? `关于${periodLabel(round.period)}重点任务推进情况的督查通报`,
      issueNumber: edits.issueNumber ?? null,
      issuer: edits.issuer ?? "督查室",
      closing: edits.closing ?? DEFAULT_CLOSING,
      createdBy: ctx.actor.id,
      createdAt: now,
      updatedAt: now,
    });
    return { result: saved, entityId: saved.id };
  });
  return present(row);
}

/** Bulletins the actor may see, newest first. */
export async function listBulletins(ctx: ServiceContext, roundId?: string) {
  return (await listBulletinRows(ctx.db, { roundId, publishedOnly: !can(ctx.actor, "bulletins.read_drafts") })).map(present);
}

/** A bulletin with its content and the HTML preview. */
export async function getBulletin(ctx: ServiceContext, id: string) {
  const row = await loadVisible(ctx, id);
  const content = await contentOf(ctx, row);
  return { bulletin: present(row), content, html: renderBulletinHtml(content) };
}

/** Edits a draft's title, issue number, issuer or closing paragraph; a published bulletin is frozen. */
export async function updateBulletin(ctx: ServiceContext, id: string, input: BulletinEdits & { version: number }) {
  assertSupervises(ctx.actor, "bulletins.edit");
  const row = await loadVisible(ctx, id);
  if (row.status === "published") throw bulletinPublished({ id });
  const { version, ...edits } = input;
  const saved = await audited(ctx, { action: "bulletins.edit", entity: "bulletin", entityId: id, before: present(row) }, async (tx) => {
    const updated = await updateBulletinIfVersion(tx, id, version, { ...edits, updatedAt: ctx.clock.now() });
    if (!updated) throw bulletinStale({ current: present(row) });
    return { result: updated, after: present(updated) };
  });
  return present(saved);
}

/** Publishes a draft: its content as of today is stored and never recomputed. */
export async function publishBulletin(ctx: ServiceContext, id: string, version: number) {
  assertSupervises(ctx.actor, "bulletins.publish");
  const row = await loadVisible(ctx, id);
  if (row.status === "published") throw bulletinPublished({ id });
  const now = ctx.clock.now();
  const today = localDate(now);
  const frozen = await liveContent(ctx, row, today);
  const saved = await audited(ctx, { action: "bulletins.publish", entity: "bulletin", entityId: id }, async (tx) => {
    const updated = await updateBulletinIfVersion(tx, id, version, {
      status: "published",
      frozen,
      publishedOn: today,
      publishedAt: now,
      publishedBy: ctx.actor.id,
      updatedAt: now,
    });
    if (!updated) throw bulletinStale({ current: present(row) });
    return { result: updated, after: present(updated) };
  });
  return present(saved);
}

/** The bulletin as a .docx in the official-document layout. */
export async function bulletinDocx(ctx: ServiceContext, id: string) {
  const row = await loadVisible(ctx, id);
  const content = await contentOf(ctx, row);
  // docx loads on first use, not at start-up
  const { renderBulletin } = await import("../../files/writers/bulletin.docx.ts");
  return { bytes: await renderBulletin(content), fileName: `${content.title}.docx` };
}
