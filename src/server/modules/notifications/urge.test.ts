import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";

let w: ReportingWorld;
let roundId: string;

const titles = async (username: "jxj" | "fgw") =>
  ((await (await w.as(username)).call("GET", "/api/notifications")).json() as { title: string }[]).map((n) => n.title).filter((t) => t.startsWith("催办"));
const owing = async () =>
  Object.fromEntries(
    ((await w.supervisor.call("GET", `/api/rounds/${roundId}`)).json().owing as { unitName: string; remindedCount: number; lastRemindedAt: string | null }[]).map((o) => [
      o.unitName,
      { count: o.remindedCount, last: o.lastRemindedAt },
    ]),
  );

beforeAll(async () => {
  w = await createReportingWorld({ now: "2025-09-15T10:20:00+08:00" });
  roundId = (await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" })).json().id;
});
afterAll(() => w.t.close());

describe("催办: reminding units now, from the round", () => {
  it("reminds one unit or every unit that still owes, records it, and shows how often and when", async () => {
    expect((await (await w.as("jxj")).call("POST", `/api/rounds/${roundId}/urge`, {})).statusCode).toBe(403);
    expect(await owing()).toEqual({ 市发改委: { count: 0, last: null }, 市经济和信息化局: { count: 0, last: null } });

    const one = await w.supervisor.call("POST", `/api/rounds/${roundId}/urge`, { unitIds: [w.units.fgw] });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json().urged).toEqual([{ unitId: w.units.fgw, unitName: "市发改委", recipients: 1 }]);
    expect(await titles("fgw")).toEqual(["催办:2025-08 报送"]);
    expect(await titles("jxj")).toEqual([]);
    expect(await owing()).toEqual({ 市发改委: { count: 1, last: "2025-09-15T02:20:00.000Z" }, 市经济和信息化局: { count: 0, last: null } });

    const all = await w.supervisor.call("POST", `/api/rounds/${roundId}/urge`, {});
    expect(all.json().urged.map((u: { unitName: string }) => u.unitName)).toEqual(["市发改委", "市经济和信息化局"]);
    expect((await owing())["市发改委"].count).toBe(2);
  });

  it("leaves out a unit that has reported in the meantime", async () => {
    const fgw = await w.as("fgw");
    const [entry] = (await fgw.call("GET", "/api/inbox")).json() as { reportId: string }[];
    const targetId = w.items["二/2"].targets[0].id;
    const saved = await fgw.call("PUT", `/api/reports/${entry.reportId}`, { version: 1, progress: "已推进", values: [{ targetId, value: 3 }] });
    expect((await fgw.call("POST", `/api/reports/${entry.reportId}/submit`, { version: saved.json().version })).statusCode).toBe(200);
    const all = await w.supervisor.call("POST", `/api/rounds/${roundId}/urge`, {});
    expect(all.json().urged.map((u: { unitName: string }) => u.unitName)).toEqual(["市经济和信息化局"]);
  });

  it("refuses a closed round", async () => {
    expect((await w.supervisor.call("POST", `/api/rounds/${roundId}/close`, {})).statusCode).toBe(200);
    const refused = await w.supervisor.call("POST", `/api/rounds/${roundId}/urge`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("rounds.closed");
  });
});
