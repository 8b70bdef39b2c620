import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../../../test/helpers/app.ts";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";

let w: ReportingWorld;
let roundId: string;
let bulletinId: string;

async function submit(session: Session, key: string, value: number, problems = "", round = roundId) {
  const inbox = (await session.call("GET", "/api/inbox")).json() as { reportId: string; itemId: string; role: string; roundId: string }[];
  const reportId = inbox.find((e) => e.itemId === w.items[key].id && e.role !== "support" && e.roundId === round)!.reportId;
  const targetId = w.items[key].targets[0].id;
  const saved = await session.call("PUT", `/api/reports/${reportId}`, { version: 1, progress: "按计划推进", problems, values: [{ targetId, value }] });
  expect(saved.statusCode).toBe(200);
  expect((await session.call("POST", `/api/reports/${reportId}/submit`, { version: saved.json().version })).statusCode).toBe(200);
}

const read = async (session: Session = w.supervisor) => (await session.call("GET", `/api/bulletins/${bulletinId}`)).json();

beforeAll(async () => {
  w = await createReportingWorld();
  roundId = (await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" })).json().id;
  await submit(await w.as("jxj"), "二/1", 12, "技改专项资金拨付较慢，需市财政局协调");
});
afterAll(() => w.t.close());

describe("bulletins", () => {
  it("drafts a bulletin for a round from the data, with figures, who owes and the problems raised", async () => {
    const jxj = await w.as("jxj");
    expect((await jxj.call("POST", `/api/rounds/${roundId}/bulletin`, {})).statusCode).toBe(403);
    expect((await w.supervisor.call("POST", `/api/rounds/${roundId}/bulletin`, {}, { csrf: false })).statusCode).toBe(403);
    const created = await w.supervisor.call("POST", `/api/rounds/${roundId}/bulletin`, { issuer: "市政府督查室", issueNumber: "第8期" });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: "draft", title: "关于2025年8月重点任务推进情况的督查通报", issuer: "市政府督查室" });
    bulletinId = created.json().id;

    const { content, html } = await read();
    expect(content.figures).toMatchObject({ items: 2, targets: 2, unitsExpected: 2, unitsReported: 0, reportsExpected: 3, reportsSubmitted: 1 });
    expect(content.owing.map((o: { unitName: string }) => o.unitName)).toEqual(["市发改委", "市经济和信息化局"]);
    expect(content.problems).toEqual([{ unitName: "市经济和信息化局", heading: expect.stringContaining("推进技术改造"), text: "技改专项资金拨付较慢，需市财政局协调" }]);
    expect(content.date).toBe("2025-09-15");
    expect(html).toContain("<h1>关于2025年8月重点任<br>务推进情况的督查通报</h1>");
    expect(html).toContain("技改专项资金拨付较慢");
    // five days before the deadline nobody is late: the units still owing are 未报, 未到期, never 逾期
    expect(content.owing.every((o: { overdue: boolean; overdueDays: number }) => !o.overdue && o.overdueDays === 0)).toBe(true);
    expect(html).toContain("应报送单位2个，已全部报送0个，尚未报齐2个（报送截止日为9月20日，尚未到期）");
    expect(html).toContain("尚未报送单位");
    expect(html).not.toContain("逾期");
    // a reporter does not see a draft
    expect((await jxj.call("GET", `/api/bulletins/${bulletinId}`)).statusCode).toBe(404);
  });

  it("keeps the numbers live while a draft, lets the closing paragraph be edited, and refuses a stale edit", async () => {
    await submit(await w.as("fgw"), "二/2", 4.5);
    expect((await read()).content.figures).toMatchObject({ reportsSubmitted: 2, unitsReported: 1 });
    const { bulletin } = await read();
    const edited = await w.supervisor.call("PATCH", `/api/bulletins/${bulletinId}`, { version: bulletin.version, closing: "请各单位于9月25日前补报。" });
    expect(edited.statusCode).toBe(200);
    const stale = await w.supervisor.call("PATCH", `/api/bulletins/${bulletinId}`, { version: bulletin.version, closing: "覆盖" });
    expect(stale.statusCode).toBe(409);
    expect((await read()).content.closing).toBe("请各单位于9月25日前补报。");
  });

  it("freezes the content when published; the .docx says what was published", async () => {
    const { bulletin } = await read();
    const published = await w.supervisor.call("POST", `/api/bulletins/${bulletinId}/publish`, { version: bulletin.version });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: "published", publishedOn: "2025-09-15" });
    const frozen = (await read()).content;

    await submit(await w.as("jxj"), "二/2", 4.8);
    expect((await read()).content).toEqual(frozen);
    const refused = await w.supervisor.call("PATCH", `/api/bulletins/${bulletinId}`, { version: published.json().version, closing: "改" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("bulletins.published");

    const jxj = await w.as("jxj");
    expect((await jxj.call("GET", `/api/bulletins/${bulletinId}`)).statusCode).toBe(200);
    const docx = await jxj.call("GET", `/api/bulletins/${bulletinId}.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(text).toContain("关于2025年8月重点任务推进情况的督查通报");
    expect(text).toContain("请各单位于9月25日前补报。");
    expect(text).toContain("2025年9月15日");
    expect((await jxj.call("GET", "/api/bulletins")).json().map((b: { id: string }) => b.id)).toEqual([bulletinId]);
  });

  it("calls the units still owing overdue once the deadline has passed, with the days late", async () => {
    const september = (await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-09", deadline: "2025-10-05" })).json().id;
    await submit(await w.as("fgw"), "二/2", 5, "", september);
    w.t.clock.set("2025-10-08T10:00:00+08:00");
    w.forgetSessions();
    const supervisor = await w.as("supervisor");
    const created = await supervisor.call("POST", `/api/rounds/${september}/bulletin`, {});
    expect(created.statusCode).toBe(201);
    const { content, html } = (await supervisor.call("GET", `/api/bulletins/${created.json().id}`)).json();
    expect(content.owing).toEqual([{ unitName: "市经济和信息化局", itemCount: 2, overdue: true, overdueDays: 3 }]);
    expect(html).toContain("应报送单位2个，已全部报送1个，逾期未报1个");
    expect(html).toContain("逾期未报送单位");
    expect(html).toContain("市经济和信息化局（2项，逾期3天）");
    const round = (await supervisor.call("GET", `/api/rounds/${september}`)).json();
    expect(round.owing).toEqual([expect.objectContaining({ unitName: "市经济和信息化局", overdue: true, overdueDays: 3 })]);
  });
});
