/**
 * The whole path in the browser, on a fresh database: a supervisor imports a document, corrects a target and the
 * units, publishes and opens a reporting round; the unit's reporter submits a number; the supervisor returns it
 * with a comment; the reporter resubmits; the supervisor accepts; the dashboard shows the item's status and its
 * reason; in the next round the form comes pre-filled and a jump asks for an explanation. Every step leaves a
 * screenshot under test-output/e2e/.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, see, signIn, textOf } from "./browser.ts";
import { type E2eServer, startE2eServer } from "./e2e-server.ts";

const NOW = "2026-07-01T09:00:00+08:00";
const TITLE = "鄂州市2026年工业企业培育工作方案";
const DOCUMENT = `${TITLE}

为加快培育壮大工业企业队伍,结合我市实际,制定本方案。

一、工作目标
到2026年底,力争全市工业企业培育工作取得明显成效。

二、重点任务
(一)加快企业入规。到2026年底,全市新增规上工业企业不少于40家。(牵头单位:经信局;配合单位:市统计局)
(二)强化要素保障。对新入规企业给予一次性奖励,每季度开展一次政银企对接活动。(牵头单位:市财政局)
`;
const RETURN_COMMENT = "请补充新入规企业名单";

describe("the whole path in the browser", () => {
  let server: E2eServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    server = await startE2eServer(NOW);
    browser = await launchBrowser();
    await browser.context.clock.setFixedTime(new Date(NOW));
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const go = (path: string) => page.goto(`${server.baseUrl}${path}`);
  const toast = (text: string | RegExp) => page.locator(".ant-message").getByText(text).first();

  it("supervisor imports, corrects a target and units, publishes and opens a round", { timeout: 180_000 }, async () => {
    await go("/login");
    await screenshot(page, "01-login", { tablet: true });
    await signIn(page, server.baseUrl, "supervisor", server.password);
    await see(page.getByText("还没有计划,请先导入政策文件"));
    await screenshot(page, "02-plans-empty", { tablet: true });

    await go("/import");
    await page.getByRole("tab", { name: "粘贴文本" }).click();
    await page.getByLabel("文件名称(可选)").fill(`${TITLE}.txt`);
    await page.getByTestId("import-text").fill(DOCUMENT);
    await screenshot(page, "03-import-pasted");
    await page.getByTestId("import-submit").click();
    await see(page.getByText("解析完成,已生成计划草稿"), 30_000);
    await screenshot(page, "04-import-done", { tablet: true });
    await page.getByTestId("start-review").click();

    await page.getByTestId("source-text").waitFor();
    expect(await textOf(page.getByTestId("plan-title"))).toBe(TITLE);
    await screenshot(page, "05-review", { tablet: true });

    // clicking the highlighted value in the source selects its target on the other side
    await page.getByTestId("source-text").locator(".mark-value", { hasText: /^40$/ }).click();
    const card = page.locator(".target-card-active");
    await see(card);
    await expect.poll(() => card.getByTestId("target-value").inputValue()).toBe("40");
    await card.getByLabel("指标").fill("新增规上工业企业数");
    await card.getByTestId("target-baseline").fill("0");
    await card.getByTestId("target-deadline").fill("2026-12-31");
    await card.getByTestId("target-save").click();
    await see(toast("已保存"));
    await page.reload();
    await page.getByTestId("source-text").locator(".mark-value", { hasText: /^40$/ }).click();
    await expect.poll(() => page.locator(".target-card-active").getByLabel("指标").inputValue()).toBe("新增规上工业企业数");
    await expect.poll(() => page.locator(".target-card-active").getByTestId("target-deadline").inputValue()).toBe("2026-12-31");
    await screenshot(page, "06-review-target-corrected");

    // publishing asks first, listing what is still empty; with unresolved unit names it is then refused
    await page.getByTestId("publish").click();
    await see(page.locator(".ant-modal-confirm-title", { hasText: "确认发布" }));
    await page.waitForTimeout(400); // the dialog fades in
    await screenshot(page, "07-publish-confirm");
    await page.getByTestId("publish-confirm").click();
    await see(page.locator(".ant-modal-confirm-title", { hasText: "还有单位未核对,暂不能发布" }));
    await screenshot(page, "07-publish-refused");
    await page.locator(".ant-modal-confirm", { hasText: "还有单位未核对" }).getByRole("button").click();

    // 经信局 is merged into 市经信局 (the directory's suggestion); 市统计局 is created
    const industryRow = page.getByTestId("unit-row-经信局");
    await industryRow.getByRole("button", { name: /市经信局/ }).click();
    await see(industryRow.getByText("别名 → 市经信局"));
    await page.getByTestId("unit-row-市统计局").getByRole("button", { name: "新建单位" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /新\s*建/ }).click();
    await see(page.getByTestId("unit-row-市统计局").getByText("已对应"));
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await screenshot(page, "08-units-resolved", { tablet: true });

    await page.getByTestId("publish").click();
    await page.getByTestId("publish-confirm").click();
    await see(toast("计划已发布"));
    await see(page.getByText("已发布").first());
    await screenshot(page, "09-published");

    await go("/rounds");
    await see(page.getByText("还没有报送轮次"));
    await page.getByTestId("open-round").click();
    const dialog = page.getByRole("dialog");
    await page.waitForTimeout(500); // let the dialog finish opening, so the dropdown measures its full width
    await dialog.locator(".ant-select").first().click();
    await page.locator(".ant-select-item-option", { hasText: TITLE }).click();
    await dialog.locator(".ant-modal-title").click();
    await screenshot(page, "10-round-form");
    await dialog.getByRole("button", { name: /开\s*启/ }).click();
    await see(toast("报送轮次已开启,已通知各责任单位"));
    await expect.poll(() => textOf(page.locator(".ant-table-row").first())).toContain("2026-06");
    await screenshot(page, "11-round-open", { tablet: true });

    // 催办 from the round's 未报单位 list: remind every unit now, and see it recorded
    await page.locator(".ant-table-row").first().getByTestId("round-owing").click();
    await page.getByTestId("urge-all").click();
    await see(toast(/已催办 \d+ 个单位/));
    await see(page.getByText(/已催办 1 次,最近/));
    await screenshot(page, "11b-urged", { tablet: true });
    await page.keyboard.press("Escape");
  });

  it("reporter submits a number; validation catches words as they are typed", { timeout: 120_000 }, async () => {
    await signIn(page, server.baseUrl, "reporter", server.password);
    await page.waitForURL(/\/inbox$/);
    const row = page.locator(".ant-table-row", { hasText: "加快企业入规" });
    await expect.poll(() => textOf(row)).toContain("未填报");
    await screenshot(page, "12-inbox", { tablet: true });
    await row.getByTestId("inbox-open").click();

    await page.getByTestId("report-value").fill("五成");
    await see(page.getByText("只能填写数字(如 12.5),不要带单位或文字"));
    await expect.poll(() => page.getByTestId("report-submit").isDisabled()).toBe(true);
    await screenshot(page, "13-report-invalid-number");
    await page.getByTestId("report-value").fill("8");
    await page.getByTestId("report-progress").fill("已完成第一批后备企业摸底,新增入规企业8家。");
    await screenshot(page, "14-report-filled", { tablet: true });
    await page.getByTestId("report-submit").click();
    await see(toast("已提交,等待督查室审核"));
    await expect.poll(() => textOf(page.getByTestId("reported-value"))).toContain("8家");
  });

  it("supervisor returns the report with a comment", { timeout: 120_000 }, async () => {
    await signIn(page, server.baseUrl, "supervisor", server.password);
    await go("/reviews");
    const row = page.locator(".ant-table-row", { hasText: "市经信局" });
    await expect.poll(() => textOf(row)).toContain("加快企业入规");
    await screenshot(page, "15-review-queue", { tablet: true });
    await row.getByTestId("queue-open").click();
    await page.getByTestId("review-comment").fill(RETURN_COMMENT);
    await screenshot(page, "16-review-return");
    await page.getByTestId("review-return").click();
    await see(toast("已退回责任单位"));
  });

  it("reporter sees the comment and resubmits", { timeout: 120_000 }, async () => {
    await signIn(page, server.baseUrl, "reporter", server.password);
    const row = page.locator(".ant-table-row", { hasText: "加快企业入规" });
    await expect.poll(() => textOf(row)).toContain("已退回");
    // two unread: the supervisor's 催办 and the return
    await expect.poll(() => textOf(page.getByTestId("bell").locator("xpath=.."))).toContain("2");
    await go("/notifications");
    await see(page.getByText("报告被退回(2026-06)"));
    await see(page.getByText("催办:2026-06 报送"));
    await screenshot(page, "17-notification-returned", { tablet: true });
    await page.locator(".ant-list-item", { hasText: "报告被退回(2026-06)" }).getByRole("button", { name: /打\s*开/ }).click();
    await expect.poll(() => textOf(page.getByTestId("returned-comment"))).toContain(RETURN_COMMENT);
    await expect.poll(() => page.getByTestId("report-value").inputValue()).toBe("8");
    await page.getByTestId("report-value").fill("9");
    await page.getByTestId("report-progress").fill("新增入规企业9家,名单:鄂州市华宇机械有限公司等。");
    await page.locator("input[type=file]").setInputFiles({
      name: "新入规企业名单.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("鄂州市华宇机械有限公司\n", "utf8"),
    });
    await see(page.locator(".attachment-list a", { hasText: "新入规企业名单.txt" }));
    await screenshot(page, "18-report-returned", { tablet: true });
    await page.getByTestId("report-submit").click();
    await see(toast("已提交,等待督查室审核"));
  });

  it("supervisor sees what changed, accepts, and the dashboard shows the status with its reason", { timeout: 120_000 }, async () => {
    await signIn(page, server.baseUrl, "supervisor", server.password);
    await go("/reviews");
    const row = page.locator(".ant-table-row", { hasText: "市经信局" });
    await row.getByTestId("queue-open").click();
    await see(page.getByTestId("review-panel"));
    await see(page.getByText("与上次提交相比"));
    await expect.poll(() => textOf(page.getByTestId("changes"))).toContain("新增规上工业企业数");
    await screenshot(page, "19-review-resubmitted", { tablet: true });
    await page.getByTestId("review-accept").click();
    await see(toast("已通过"));
    await see(page.getByText("已通过").first());

    const lagging = page.getByTestId("lagging-list");
    const item = lagging.locator(".ant-list-item", { hasText: "加快企业入规" });
    // the status of the accepted report may take a moment to reach the dashboard's cache: reload until it does
    await expect
      .poll(
        async () => {
          await go("/dashboard");
          await lagging.waitFor({ state: "visible" });
          return item.count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    await expect.poll(() => textOf(page.getByTestId("count-red"))).toMatch(/严重滞后\s*1$/);
    await expect.poll(() => textOf(page.getByTestId("count-overdue"))).toMatch(/逾期未报\s*0$/);
    await item.getByTestId("reason").click();
    // 40 new firms by 2026-12-31 from 2025-12-31, linearly: 19.8 due by the end of June; 9 reported is 55% behind
    const reason = page.locator(".ant-popover .reason-text");
    await expect.poll(() => textOf(reason)).toContain("应达 19.8(2026-06),实报 9.0,落后 55%,超出容差 5% → 红");
    await screenshot(page, "20-dashboard-reason");
    await page.getByRole("heading", { name: "督查看板" }).click();
    await screenshot(page, "21-dashboard", { tablet: true, fullPage: true });

    await go("/plans");
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByText("加快企业入规").first().click();
    await screenshot(page, "22-plan-view", { tablet: true });
  });

  it("next round: the form is pre-filled, and a jump asks for an explanation before it is submitted", { timeout: 120_000 }, async () => {
    await signIn(page, server.baseUrl, "supervisor", server.password);
    await go("/rounds");
    await page.getByTestId("open-round").click();
    const dialog = page.getByRole("dialog");
    await page.waitForTimeout(500);
    await dialog.locator(".ant-select").first().click();
    await page.locator(".ant-select-item-option", { hasText: TITLE }).click();
    await dialog.locator(".ant-modal-title").click();
    const period = dialog.getByPlaceholder(/选择月份|请选择月份/);
    await period.click();
    await period.fill("2026-07");
    await period.press("Enter");
    await dialog.getByRole("button", { name: /开\s*启/ }).click();
    await see(toast("报送轮次已开启,已通知各责任单位"));

    await signIn(page, server.baseUrl, "reporter", server.password);
    const row = page.locator(".ant-table-row", { hasText: /2026-07截止/ });
    await expect.poll(() => textOf(row)).toContain("未填报");
    await row.getByTestId("inbox-open").click();
    await see(page.getByText("已按上期(2026-06)报送内容预填,请核实更新"));
    await expect.poll(() => page.getByTestId("report-value").inputValue()).toBe("9");
    await page.getByTestId("report-value").fill("30");
    await page.getByTestId("report-submit").click();
    await see(page.getByText(/与参照值 9 相比变化 233%/));
    await page.getByTestId("report-explanation").fill("7月集中认定一批企业入规。");
    await screenshot(page, "23-report-implausible", { tablet: true });
    await page.getByTestId("report-submit").click();
    await see(toast("已提交,等待督查室审核"));
    await expect.poll(() => textOf(page.getByTestId("reported-value"))).toContain("30家");
  });
});
