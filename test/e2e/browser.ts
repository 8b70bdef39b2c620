/**
 * Debian's Chromium driven by playwright-core, with a new empty profile per run, plus the two helpers every
 * step uses: sign in as someone, and save a screenshot (laptop 1366×768, and 768 wide for tablets) under
 * test-output/e2e/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";

/** Where screenshots go (gitignored). */
export const SHOTS = fileURLToPath(new URL("../../test-output/e2e/", import.meta.url));

export const LAPTOP = { width: 1366, height: 768 };
export const TABLET = { width: 768, height: 1024 };

/** A browser with an empty profile; `close()` removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "luoshi-e2e-profile-"));
  mkdirSync(SHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: LAPTOP,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves `NN-name.png` at laptop size and, when `tablet` is set, `NN-name.tablet.png` at 768 wide. */
export async function screenshot(page: Page, name: string, options: { tablet?: boolean; fullPage?: boolean } = {}): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
  if (options.tablet) {
    await page.setViewportSize(TABLET);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `${name}.tablet.png`), fullPage: options.fullPage ?? false });
    await page.setViewportSize(LAPTOP);
    await page.waitForTimeout(300);
  }
}

/** Signs out whoever is signed in and signs in as `username` through the login form. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Waits until the locator's first match is visible (fails the test after the timeout). */
export async function see(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout });
}

/** The text of the locator's first match ("" when it has none). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.first().textContent()) ?? "";
}
