/**
 * Demo data on first start: the unit directory, one user per role (the reporter for 市经信局), and the five
 * seed documents imported and published. Runs only on an empty database.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { count } from "drizzle-orm";
import type { Actor, Role } from "../access/actor.ts";
import type { Clock } from "../clock.ts";
import type { ServiceContext } from "../context.ts";
import type { Db } from "../db/client.ts";
import { users } from "../db/schema/users.ts";
import { appendAudit } from "../modules/audit/audit.ts";
import { generatePassword, hashPassword } from "../modules/auth/password.ts";
import { defaultImportDeps } from "../modules/plans/imports.deps.ts";
import { importDocument } from "../modules/plans/imports.service.ts";
import { getPlan, publishPlan, resolvePlanUnit } from "../modules/plans/plans.service.ts";
import { insertUnit, replaceAliases } from "../modules/units/units.repository.ts";
import { insertUser, replaceUserUnits } from "../modules/users/users.repository.ts";
import { toActor } from "../modules/users/users.presenter.ts";
import { DEMO_UNITS, type DemoUnit, OTHER_UNITS_PARENT } from "./demo-units.ts";

/**
 * The folder holding the seed documents (copied into the repository so a fresh clone has them); a seed whose
 * text states no title is named after its content, since the file name becomes the plan's title then.
 */
export const seedsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "seeds");

const DEMO_USERS: { username: string; displayName: string; role: Role; unit?: string }[] = [
  { username: "admin", displayName: "系统管理员", role: "admin" },
  { username: "supervisor", displayName: "督查室", role: "supervisor" },
  { username: "viewer", displayName: "市领导", role: "viewer" },
  { username: "reporter", displayName: "市经信局填报员", role: "reporter", unit: "市经信局" },
];

/** What loading the demo did: nothing (the database had users), or the users created with their passwords. */
export type DemoResult = { loaded: false } | { loaded: true; passwords: Record<string, string>; plans: number };

async function insertDirectory(db: Db, units: DemoUnit[], now: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const unit of units) {
    const row = await insertUnit(db, {
      name: unit.name,
      kind: unit.kind,
      parentId: unit.parent ? ids.get(unit.parent) ?? null : null,
      createdAt: now,
      updatedAt: now,
    });
    await replaceAliases(db, row.id, unit.aliases ?? []);
    ids.set(unit.name, row.id);
  }
  return ids;
}

async function createUsersAndDirectory(db: Db, clock: Clock, password: string | undefined) {
  const now = clock.now();
  const passwords: Record<string, string> = {};
  const hashes = await Promise.all(
    DEMO_USERS.map(async (user) => {
      passwords[user.username] = password ?? generatePassword();
      return hashPassword(passwords[user.username]);
    }),
  );
  const admin = await db.transaction(async (tx) => {
    const unitIds = await insertDirectory(tx, [...DEMO_UNITS, OTHER_UNITS_PARENT], now);
    let adminActor: Actor | undefined;
    for (const [index, user] of DEMO_USERS.entries()) {
      const row = await insertUser(tx, { ...user, passwordHash: hashes[index], createdAt: now, updatedAt: now });
      const userUnits = user.unit ? [unitIds.get(user.unit) as string] : [];
      await replaceUserUnits(tx, row.id, userUnits);
      if (user.role === "admin") adminActor = toActor(row, []);
    }
    if (!adminActor) throw new Error("the demo users include no admin");
    await appendAudit(tx, { actorId: adminActor.id, at: now, action: "demo.load", entity: "system", entityId: null, after: { units: unitIds.size, users: DEMO_USERS.map((u) => u.username) } });
    return { actor: adminActor, otherParentId: unitIds.get(OTHER_UNITS_PARENT.name) as string };
  });
  return { ...admin, passwords };
}

/** Imports one seed, files any name the directory does not know under 其他单位, and publishes it. */
async function importAndPublish(ctx: ServiceContext, fileName: string, otherParentId: string) {
  const text = readFileSync(path.join(seedsFolder, fileName), "utf8");
  const importer = { ...defaultImportDeps };
  const plan = await importDocument({ ...ctx, importer, maxBytes: 20 * 1024 * 1024 }, { kind: "text", text, fileName });
  const detail = await getPlan(ctx, plan.id);
  for (const unit of detail.units) {
    if (unit.unitId) continue;
    const best = unit.suggestions[0];
    const input = best && best.score >= 0.9 ? { name: unit.name, unitId: best.unitId } : { name: unit.name, create: { name: unit.name, parentId: otherParentId } };
    await resolvePlanUnit(ctx, plan.id, input);
  }
  await publishPlan(ctx, plan.id);
}

/** Loads the demo when the database has no users yet; `password` (LUOSHI_DEMO_PASSWORD) else random ones. */
export async function loadDemoData(deps: { db: Db; clock: Clock; password?: string }): Promise<DemoResult> {
  const [{ value: userCount }] = await deps.db.select({ value: count() }).from(users);
  if (userCount > 0) return { loaded: false };
  // One transaction (the use cases' own become savepoints): a crash leaves no half-loaded demo, and one
  // commit instead of dozens keeps the first start fast on the embedded database.
  return deps.db.transaction(async (tx) => {
    const { actor, otherParentId, passwords } = await createUsersAndDirectory(tx, deps.clock, deps.password);
    const ctx: ServiceContext = { db: tx, clock: deps.clock, actor };
    const seeds = readdirSync(seedsFolder).filter((name) => name.endsWith(".txt")).sort();
    for (const fileName of seeds) await importAndPublish(ctx, fileName, otherParentId);
    return { loaded: true as const, passwords, plans: seeds.length };
  });
}
