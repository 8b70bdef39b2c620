/** Drafts a bulletin's content from a round's data: figures, done and lagging items, who owes, problems raised. */
import type { Status } from "../../../core/domain/status/status.ts";
import type { BulletinDto } from "../../files/writers/bulletin.dto.ts";
import { itemName } from "../exports/exports.presenter.ts";
import type { ItemStatus } from "../../../core/domain/status/compute.ts";
import type { BulletinRow, reportsOfRound } from "./bulletins.repository.ts";

type RoundReport = Awaited<ReturnType<typeof reportsOfRound>>[number];

/** Everything the draft is made from. */
export interface BulletinSources {
  bulletin: Pick<BulletinRow, "title" | "issueNumber" | "issuer" | "closing">;
  round: { period: string; deadline: string };
  date: string;
  plans: string[];
  reports: RoundReport[];
  statuses: ItemStatus[];
  owing: { unitName: string; itemCount: number; overdue: boolean; overdueDays: number }[];
  unitNames: Map<string, string>;
}

/** The bulletin's content as of now (a draft's numbers are live; a published bulletin stores this object). */
export function bulletinContent(s: BulletinSources): BulletinDto {
  const asked = new Map<string, RoundReport>();
  for (const r of s.reports) if (!asked.has(r.itemId)) asked.set(r.itemId, r);
  const statuses = s.statuses.filter((st) => asked.has(st.itemId));
  const byStatus: Record<Status, number> = { done: 0, green: 0, amber: 0, red: 0, not_started: 0 };
  for (const st of statuses) byStatus[st.status] += 1;
  const describe = (st: ItemStatus) => ({
    path: st.path.join("/"),
    heading: itemName(asked.get(st.itemId) as RoundReport),
    units: st.unitIds.map((id) => s.unitNames.get(id) ?? "").filter(Boolean),
  });
  const units = new Set(s.reports.map((r) => r.unitId));
  return {
    title: s.bulletin.title,
    masthead: "督查通报",
    issueNumber: s.bulletin.issueNumber,
    issuer: s.bulletin.issuer,
    date: s.date,
    addressee: "各有关单位",
    period: s.round.period,
    deadline: s.round.deadline,
    plans: s.plans,
    figures: {
      items: statuses.length,
      targets: statuses.reduce((sum, st) => sum + st.targets.length, 0),
      byStatus,
      unitsExpected: units.size,
      unitsReported: units.size - s.owing.length,
      reportsExpected: s.reports.length,
      reportsSubmitted: s.reports.filter((r) => r.firstSubmittedAt != null).length,
    },
    done: statuses.filter((st) => st.status === "done").map(describe),
    lagging: statuses
      .filter((st): st is ItemStatus & { status: "amber" | "red" } => st.status === "amber" || st.status === "red")
      .map((st) => ({ ...describe(st), status: st.status, reason: st.reason })),
    owing: s.owing.map((o) => ({ unitName: o.unitName, itemCount: o.itemCount, overdue: o.overdue, overdueDays: o.overdueDays })),
    problems: s.reports
      .filter((r) => r.firstSubmittedAt != null && r.problems.trim())
      .map((r) => ({ unitName: r.unitName, heading: itemName(r), text: r.problems.trim() })),
    closing: s.bulletin.closing,
  };
}
