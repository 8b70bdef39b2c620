/**
 * Hostile files, as an attacker or an unlucky clerk sends them: each gets a clear 4xx naming the limit, and the
 * server keeps answering others meanwhile (parsing runs in a worker thread; bench/uploads.bench.ts prints the times).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../../../test/helpers/app.ts";
import { anonymous } from "../../../../test/helpers/app.ts";
import { multipartFile } from "../../../../test/helpers/multipart.ts";
import { docxBomb, oneCellBombXlsx, repeatedRowsBombXlsx } from "../../../../test/helpers/zip-bomb.ts";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";

let w: ReportingWorld;
let roundId: string;

beforeAll(async () => {
  w = await createReportingWorld();
  const opened = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  roundId = opened.json().id;
});
afterAll(() => w.t.close());

/**
 * Sends the upload and, while it is being parsed, asks for /api/health: both answers, and whether health answered
 * before the upload did (it could not if the parse held the request loop).
 */
async function uploadBesideHealth(session: Session, url: string, fileName: string, bytes: Buffer) {
  const { payload, headers } = multipartFile(fileName, bytes);
  let uploadAnswered = false;
  const upload = session.call("POST", url, undefined, { payload, headers }).finally(() => (uploadAnswered = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const health = await anonymous(w.t.app, "GET", "/api/health");
  const healthFirst = !uploadAnswered;
  return { upload: await upload, health, healthFirst };
}

describe("hostile uploads", () => {
  it.each([
    ["a one-cell bomb (500 MB of text in A1)", "任务表.xlsx", () => oneCellBombXlsx(500), 413, "files.too_large_unpacked"],
    ["a repeated-rows bomb (300 MB of rows)", "任务表.xlsx", () => repeatedRowsBombXlsx(300), 413, "files.too_large_unpacked"],
    ["a 1 GB .docx bomb", "方案.docx", () => docxBomb(1000), 413, "files.too_large_unpacked"],
    ["a one-cell bomb whose header lies about its size", "任务表.xlsx", () => oneCellBombXlsx(500, { lying: true }), 413, "files.too_large_unpacked"],
    ["a 15 MB fake PDF", "方案.pdf", async () => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(15 * 1024 * 1024, 0x41)]), 400, "files.corrupt"],
  ] as const)("refuse %s on the plan import, while health keeps answering", async (_name, fileName, make, status, code) => {
    const { upload, health, healthFirst } = await uploadBesideHealth(w.supervisor, "/api/plans/import", fileName, await make());
    expect(upload.statusCode, upload.body).toBe(status);
    expect(upload.json().error).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/), messageEn: expect.any(String) });
    expect(health.statusCode).toBe(200);
    expect(healthFirst).toBe(true);
  }, 60_000);

  it("refuse a bomb in the round workbook a reporter uploads, while health keeps answering", async () => {
    const jxj = await w.as("jxj");
    const { upload, health, healthFirst } = await uploadBesideHealth(jxj, `/api/rounds/${roundId}/workbooks?dryRun=1&unitId=${w.units.jxj}`, "填报表.xlsx", await oneCellBombXlsx(500));
    expect(upload.statusCode, upload.body).toBe(413);
    expect(upload.json().error.code).toBe("files.too_large_unpacked");
    expect(health.statusCode).toBe(200);
    expect(healthFirst).toBe(true);
  }, 60_000);

  it("refuse a paste longer than any plan before extracting it", async () => {
    const text = `某市工作方案\n一、重点任务\n${"1、推进重点工作。\n".repeat(400_000)}`;
    const response = await w.supervisor.call("POST", "/api/plans/import", { text });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: "files.text_too_long", details: { maxCharacters: 3_000_000 } });
  });

  it("still import a real .xlsx task table through the worker", async () => {
    const bytes = readFileSync(new URL("../../../../test/fixtures/files/task-table.xlsx", import.meta.url));
    const { upload } = await uploadBesideHealth(w.supervisor, "/api/plans/import", "任务表.xlsx", bytes);
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json().plan.counts.items).toBeGreaterThan(0);
  });
});
