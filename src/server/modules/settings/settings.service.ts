/** Use cases of the settings: read them (every service that needs tolerance or reminder days), and change them (admin). */
import type { ServiceContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { audited } from "../audit/audit.ts";
import { assertManagesSettings } from "./settings.policy.ts";
import { readSettingsRow, writeSettingsRow } from "./settings.repository.ts";
import { DEFAULT_SETTINGS, type ReportingSettings, reportingSettingsSchema } from "./settings.schemas.ts";

/** The settings in force: the stored ones over the defaults. */
export async function loadSettings(db: Db): Promise<ReportingSettings> {
  const stored = await readSettingsRow(db);
  if (!stored || typeof stored !== "object") return DEFAULT_SETTINGS;
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = reportingSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

function present(value: ReportingSettings) {
  const { password, ...email } = value.email;
  return { ...value, email: { ...email, passwordSet: password.length > 0 } };
}

/** The settings for the admin screen (no password). */
export async function getSettings(ctx: ServiceContext) {
  assertManagesSettings(ctx.actor);
  return present(await loadSettings(ctx.db));
}

/** Replaces the settings; an empty SMTP password keeps the stored one. */
export async function updateSettings(ctx: ServiceContext, next: ReportingSettings) {
  assertManagesSettings(ctx.actor);
  const before = await loadSettings(ctx.db);
  const value = { ...next, email: { ...next.email, password: next.email.password || before.email.password } };
  await audited(ctx, { action: "settings.update", entity: "settings", entityId: "reporting" }, async (tx) => {
    await writeSettingsRow(tx, value, ctx.clock.now());
    return { result: null, before: present(before), after: present(value) };
  });
  return present(value);
}
