import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";
import { robotPayload } from "../../notify/webhook.ts";
import { dueReminders, sendDueReminders } from "./reminders.service.ts";

/** A mail as the SMTP server in the test received it. */
interface Mail {
  to: string[];
  subject: string;
}

/** Decodes RFC 2047 words such as =?UTF-8?B?...?= in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?(?<enc>[bq])\?(?<text>[^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(text.replace(/_/g, " ").replace(/=(?<hex>[0-9A-F]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
    );
}

let w: ReportingWorld;
let smtp: SMTPServer;
let robot: Server;
const mails: Mail[] = [];
const posts: { msgtype: string; text: { content: string } }[] = [];
let roundId: string;

const sweepAt = async (iso: string) => {
  w.t.clock.set(iso);
  w.forgetSessions();
  await w.as("supervisor");
  const sent = await sendDueReminders({ db: w.t.database.db, clock: w.t.clock });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return sent.map((s) => s.kind).sort();
};
const take = <T>(list: T[]) => list.splice(0, list.length);

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const subject = /^Subject: (?<s>.*(?:\r\n[ \t].*)*)/m.exec(raw)?.groups?.s ?? "";
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).sort(), subject: decodeHeader(subject.replace(/\r\n[ \t]/g, " ")) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  robot = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      posts.push(JSON.parse(body));
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ errcode: 0, errmsg: "ok" }));
    });
  });
  await new Promise<void>((resolve) => robot.listen(0, "127.0.0.1", resolve));

  w = await createReportingWorld({ now: "2025-09-10T09:00:00+08:00" });
  const admin = await w.as("admin");
  const settings = (await admin.call("GET", "/api/settings")).json();
  expect(settings).toMatchObject({ tolerance: 0.05, reminders: { beforeDays: [3, 1] }, email: { enabled: false }, webhook: { enabled: false } });
  const saved = await admin.call("PUT", "/api/settings", {
    ...settings,
    reminders: { beforeDays: [3, 1], escalateAfterDays: 2 },
    email: { enabled: true, host: "127.0.0.1", port: (smtp.server.address() as AddressInfo).port, secure: false, user: "", password: "", from: "luoshi@example.gov.cn" },
    webhook: { enabled: true, url: `http://127.0.0.1:${(robot.address() as AddressInfo).port}/robot`, format: "wecom" },
  });
  expect(saved.statusCode).toBe(200);
  for (const [username, email] of [["jxj", "jxj@example.gov.cn"], ["fgw", "fgw@example.gov.cn"], ["supervisor", "dcs@example.gov.cn"]]) {
    const session = await w.as(username);
    expect((await session.call("PUT", `/api/users/${session.user.id}/contact`, { email })).statusCode).toBe(200);
  }
  const opened = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  roundId = opened.json().id;
});

afterAll(async () => {
  await w.t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => robot.close(() => resolve()));
});

describe("which reminders are due", () => {
  const rules = { beforeDays: [3, 1], escalateAfterDays: 3 };
  it.each([
    ["2025-09-15", []],
    ["2025-09-17", ["before_3"]],
    ["2025-09-18", ["before_3"]],
    ["2025-09-19", ["before_1"]],
    ["2025-09-20", ["before_1"]],
    ["2025-09-21", ["overdue"]],
    ["2025-09-23", ["overdue", "escalation"]],
  ])("on %s: %j", (today, kinds) => {
    expect(dueReminders("2025-09-20", today, rules)).toEqual(kinds);
  });
});

describe("reminders through a real SMTP server and a real webhook receiver", () => {
  it("sends nothing five days ahead", async () => {
    expect(await sweepAt("2025-09-15T09:00:00+08:00")).toEqual([]);
    expect(mails).toEqual([]);
  });

  it("reminds both owing units three days ahead, by mail, webhook and inbox, once", async () => {
    expect(await sweepAt("2025-09-17T09:00:00+08:00")).toEqual(["before_3", "before_3"]);
    expect(take(mails).sort((a, b) => a.to[0].localeCompare(b.to[0]))).toEqual([
      { to: ["fgw@example.gov.cn"], subject: "报送提醒:2025-08 报告 3 天后截止" },
      { to: ["jxj@example.gov.cn"], subject: "报送提醒:2025-08 报告 3 天后截止" },
    ]);
    const robotTexts = take(posts).map((p) => p.text.content).sort();
    expect(robotTexts).toEqual([
      "【报送提醒:2025-08 报告 3 天后截止】\n市发改委在 2025-08 报送轮次尚有 1 项报告未提交,截止 2025-09-20。",
      "【报送提醒:2025-08 报告 3 天后截止】\n市经济和信息化局在 2025-08 报送轮次尚有 2 项报告未提交,截止 2025-09-20。",
    ]);
    const inbox = (await (await w.as("jxj")).call("GET", "/api/notifications")).json();
    expect(inbox).toEqual([expect.objectContaining({ kind: "reminder_before_3", link: `/rounds/${roundId}` })]);
    expect(await sweepAt("2025-09-17T15:00:00+08:00")).toEqual([]);
    expect(await sweepAt("2025-09-18T09:00:00+08:00")).toEqual([]);
    expect(mails).toEqual([]);
  });

  it("stops reminding a unit once its report is in", async () => {
    const fgw = await w.as("fgw");
    const [entry] = (await fgw.call("GET", "/api/inbox")).json();
    const target = w.items["二/2"].targets[0].id;
    const draft = await fgw.call("PUT", `/api/reports/${entry.reportId}`, { version: 1, progress: "用电量增长 5.2%", values: [{ targetId: target, value: 5.2 }] });
    expect((await fgw.call("POST", `/api/reports/${entry.reportId}/submit`, { version: draft.json().version })).statusCode).toBe(200);
    expect(await sweepAt("2025-09-19T09:00:00+08:00")).toEqual(["before_1"]);
    expect(take(mails)).toEqual([{ to: ["jxj@example.gov.cn"], subject: "报送提醒:2025-08 报告 1 天后截止" }]);
    expect(take(posts)).toHaveLength(1);
  });

  it("flags the overdue unit, then escalates to the supervisor after two days, each once", async () => {
    expect(await sweepAt("2025-09-21T09:00:00+08:00")).toEqual(["overdue"]);
    expect(take(mails)).toEqual([{ to: ["jxj@example.gov.cn"], subject: "逾期未报:2025-08 报送" }]);
    expect(await sweepAt("2025-09-22T09:00:00+08:00")).toEqual(["escalation"]);
    expect(take(mails)).toEqual([{ to: ["dcs@example.gov.cn"], subject: "督办:市经济和信息化局逾期 2 天未报" }]);
    const supervisorInbox = (await w.supervisor.call("GET", "/api/notifications")).json();
    expect(supervisorInbox[0]).toMatchObject({ kind: "reminder_escalation", body: expect.stringContaining("逾期 2 天未报") });
    expect(await sweepAt("2025-09-23T09:00:00+08:00")).toEqual([]);
    expect(take(posts)).toHaveLength(2);
    const round = (await w.supervisor.call("GET", `/api/rounds/${roundId}`)).json();
    expect(round.owing).toEqual([expect.objectContaining({ unitName: "市经济和信息化局", itemCount: 2, overdueDays: 3 })]);
  });

  it("sends nothing more after the last report is in", async () => {
    const jxj = await w.as("jxj");
    for (const entry of (await jxj.call("GET", "/api/inbox")).json()) {
      const item = Object.values(w.items).find((i) => i.id === entry.itemId);
      const values = (item?.targets ?? []).map((t) => ({ targetId: t.id, value: 5 }));
      const draft = await jxj.call("PUT", `/api/reports/${entry.reportId}`, { version: 1, progress: "已推进", values });
      expect((await jxj.call("POST", `/api/reports/${entry.reportId}/submit`, { version: draft.json().version })).statusCode).toBe(200);
    }
    expect(await sweepAt("2025-09-25T09:00:00+08:00")).toEqual([]);
    expect(mails).toEqual([]);
    expect(posts).toEqual([]);
  });
});

describe("robot formats", () => {
  it("speaks the 企业微信 and 钉钉 text message JSON", () => {
    const message = { title: "逾期未报", body: "市发改委尚未报送" };
    expect(robotPayload("wecom", message)).toEqual({ msgtype: "text", text: { content: "【逾期未报】\n市发改委尚未报送" } });
    expect(robotPayload("dingtalk", message)).toEqual({
      msgtype: "text",
      text: { content: "【逾期未报】\n市发改委尚未报送" },
      at: { atMobiles: [], isAtAll: false },
    });
  });
});
