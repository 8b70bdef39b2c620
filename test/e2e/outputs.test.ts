/**
 * The outputs of issue 7 in the browser, on a fresh database with a published plan and a round made through the
 * API: the supervisor drafts a bulletin from the round, edits its closing paragraph and publishes it (frozen); the
 * unit's reporter downloads its round workbook, uploads it with a word in a number cell and sees the error by
 * sheet, row and column, fixes it and imports; the supervisor opens the assessment, expands a unit's calculation
 * and previews a rule change. Screenshots go to test-output/e2e/outputs-*.png.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../helpers/factories.ts";
import { createReportingWorld, type ReportingWorld } from "../reporting/world.ts";
import { launchBrowser, screenshot, see, signIn, textOf } from "./browser.ts";
import { ensureWebBuilt } from "./e2e-server.ts";

const NOW = "2025-09-15T09:00:00+08:00";
const CLOSING = "请各责任单位于9月25日前补报滞后事项的整改措施。";

describe("bulletin, round workbook and assessment in the browser", () => {
  let w: ReportingWorld;
  let baseUrl: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuilt();
    w = await createReportingWorld({ now: NOW });
    const round = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
    expect(round.statusCode).toBe(201);
    // 市发改委 submits its number through the API, so the bulletin and the scores have something to show
    const fgw = await w.as("fgw");
    const entry = (await fgw.call("GET", "/api/inbox")).json().find((e: { itemId: string }) => e.itemId === w.items["二/2"].id);
    const saved = await fgw.call("PUT", `/api/reports/${entry.reportId}`, {
      version: 1,
      progress: "按计划推进",
      problems: "",
      values: [{ targetId: w.items["二/2"].targets[0].id, value: 4.5 }],
    });
    expect((await fgw.call("POST", `/api/reports/${entry.reportId}/submit`, { version: saved.json().version })).statusCode).toBe(200);
    await w.t.app.listen({ port: 0, host: "127.0.0.1" });
    baseUrl = `http://127.0.0.1:${(w.t.app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date(NOW));
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.t.close();
  });

  const toast = (text: string | RegExp) => page.locator(".ant-message").getByText(text).first();

  it("supervisor drafts a bulletin from the round, edits the closing, publishes it and it is frozen", { timeout: 120_000 }, async () => {
    await signIn(page, baseUrl, "supervisor", TEST_PASSWORD);
    await page.goto(`${baseUrl}/rounds`);
    await page.getByTestId("round-bulletin").first().click();
    await page.waitForURL(/\/bulletins\/[0-9a-f-]+$/);
    const preview = page.getByTestId("bulletin-preview");
    await see(preview.locator("h1"));
    expect(await textOf(preview.locator("h1"))).toContain("督查通报");
    await screenshot(page, "outputs-01-bulletin-draft");

    await page.getByTestId("bulletin-edit").click();
    await page.getByTestId("bulletin-closing").fill(CLOSING);
    await page.getByRole("dialog").getByRole("button", { name: /保\s*存/ }).click();
    await see(toast("已保存"));
    await see(preview.getByText(CLOSING));

    await page.getByTestId("bulletin-publish").click();
    await page.locator(".ant-popconfirm").getByRole("button", { name: /确\s*定|OK/ }).click();
    await see(page.getByTestId("bulletin-frozen"));
    await see(page.getByText("内容和数据已冻结"));
    expect(await page.getByTestId("bulletin-edit").count()).toBe(0);
    await screenshot(page, "outputs-02-bulletin-published");
    await screenshot(page, "outputs-03-bulletin-full", { fullPage: true });
    await page.goto(`${baseUrl}/bulletins`);
    await see(page.getByTestId("bulletin-frozen"));
    await screenshot(page, "outputs-03b-bulletin-list");
    await page.goBack();
    const docx = await page.request.get(`${baseUrl}${await page.getByTestId("bulletin-docx").getAttribute("href")}`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  });

  it("reporter uploads its round workbook: a word in a number cell is named by sheet, row and column; fixed, it imports", { timeout: 120_000 }, async () => {
    await signIn(page, baseUrl, "jxj", TEST_PASSWORD);
    await page.waitForURL(/\/inbox$/);
    const href = await page.getByTestId("workbook-download").first().getAttribute("href");
    const downloaded = await page.request.get(`${baseUrl}${href}`);
    expect(downloaded.status()).toBe(200);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await downloaded.body()) as unknown as ArrayBuffer);
    const fill = async (value: string | number) => {
      workbook.getWorksheet("工作进展")!.getRow(3).getCell(7).value = "已完成技改项目摸底。";
      workbook.getWorksheet("指标数值")!.getRow(3).getCell(9).value = value;
      const path = join(mkdtempSync(join(tmpdir(), "luoshi-e2e-xlsx-")), "本单位填报表.xlsx");
      writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
      return path;
    };

    await page.getByTestId("workbook-upload").first().click();
    const dialog = page.getByRole("dialog");
    await dialog.locator("input[type=file]").setInputFiles(await fill("十二"));
    const errors = page.getByTestId("workbook-errors");
    await see(errors.locator(".ant-table-row"));
    const row = await textOf(errors.locator(".ant-table-row").first());
    expect(row).toContain("指标数值");
    expect(row).toContain("本期数值");
    expect(await dialog.getByTestId("workbook-confirm").isDisabled()).toBe(true);
    await screenshot(page, "outputs-04-workbook-errors");

    await dialog.locator("input[type=file]").setInputFiles(await fill(12));
    await see(dialog.getByText("检查通过"));
    await screenshot(page, "outputs-05-workbook-clean");
    await dialog.getByTestId("workbook-confirm").click();
    await see(dialog.getByText(/已导入:更新 \d+ 项/));
    await screenshot(page, "outputs-06-workbook-imported");
    // the number typed into the workbook is now the report's value (a draft)
    const jxj = await w.as("jxj");
    const entry = (await jxj.call("GET", "/api/inbox")).json().find((e: { itemId: string; role: string }) => e.itemId === w.items["二/1"].id && e.role !== "support");
    const { report } = (await jxj.call("GET", `/api/reports/${entry.reportId}`)).json();
    expect(report.values).toEqual([expect.objectContaining({ targetId: w.items["二/1"].targets[0].id, value: 12 })]);
    expect(report.progress).toBe("已完成技改项目摸底。");
  });

  it("supervisor sees the ranking with each unit's calculation and previews a rule change", { timeout: 120_000 }, async () => {
    await signIn(page, baseUrl, "supervisor", TEST_PASSWORD);
    await page.goto(`${baseUrl}/plans/${w.planId}`);
    const exported = await page.request.get(`${baseUrl}${await page.getByTestId("plan-export").getAttribute("href")}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-type"]).toContain("spreadsheetml");

    await page.goto(`${baseUrl}/assessment/${w.planId}`);
    const ranking = page.getByTestId("assessment-ranking");
    await see(ranking.locator(".ant-table-row"));
    await ranking.locator(".ant-table-row-expand-icon").first().click();
    await see(page.getByTestId("assessment-lines").locator(".ant-table-row"));
    await screenshot(page, "outputs-07-assessment-scores");

    await page.getByRole("tab", { name: "考核细则" }).click();
    await see(page.getByTestId("rules-form"));
    await screenshot(page, "outputs-07b-assessment-rules");
    // 市发改委 earns 100×0.9 = 90 of 100; out of 120 full marks it would earn 120×0.9 = 108
    await page.getByLabel("满分").fill("120");
    await page.getByTestId("rules-what-if").click();
    const preview = page.getByTestId("what-if-result");
    await see(preview);
    expect(await textOf(preview.locator(".ant-table-row", { hasText: "市发改委" }))).toContain("108");
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, "outputs-08-assessment-what-if");
    await page.getByTestId("rules-save").click();
    await see(toast("考核细则已保存"));
    await page.getByRole("tab", { name: "得分与排名" }).click();
    await expect.poll(() => textOf(page.getByTestId("assessment-ranking").locator(".ant-table-row", { hasText: "市发改委" }))).toContain("108");
  });

  it("a unit appeals a line with evidence; the supervisor upholds it and the score follows", { timeout: 120_000 }, async () => {
    await signIn(page, baseUrl, "fgw", TEST_PASSWORD);
    await page.goto(`${baseUrl}/assessment/${w.planId}`);
    const row = page.getByTestId("assessment-ranking").locator(".ant-table-row", { hasText: "市发改委" });
    await row.locator(".ant-table-row-expand-icon").click();
    await page.getByTestId("appeal-line").first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("申诉理由").fill("8月全市工业用电量已达5.0亿千瓦时,上报时误填为4.5");
    await dialog.getByLabel("佐证材料").fill("国网鄂州供电公司《2025年8月用电情况》:全市工业用电量5.02亿千瓦时");
    await screenshot(page, "outputs-09-appeal-filed");
    await dialog.getByRole("button", { name: "提交申诉" }).click();
    await see(toast("申诉已提交"));

    await signIn(page, baseUrl, "supervisor", TEST_PASSWORD);
    await page.goto(`${baseUrl}/assessment/${w.planId}`);
    await page.getByRole("tab", { name: "申诉" }).click();
    await see(page.getByTestId("appeals").getByText("待处理"));
    await page.getByTestId("appeal-decide").click();
    const decision = page.getByRole("dialog");
    await decision.getByLabel("核定数值").fill("1");
    await decision.getByLabel("处理意见(将留痕)").fill("经核实供电公司数据,按完成计分");
    await screenshot(page, "outputs-10-appeal-decision");
    await decision.getByRole("button", { name: /确\s*定|OK/ }).click();
    await see(toast("申诉已处理"));
    await see(page.getByTestId("appeals").getByText("已采纳"));
    await page.getByRole("tab", { name: "得分与排名" }).click();
    // attainment 1 instead of 0.9: 120 × 1 = 120
    await expect.poll(() => textOf(page.getByTestId("assessment-ranking").locator(".ant-table-row", { hasText: "市发改委" }))).toContain("120");
    await page.getByTestId("assessment-ranking").locator(".ant-table-row-expand-icon").first().click();
    await screenshot(page, "outputs-11-appeal-upheld");
  });
});
