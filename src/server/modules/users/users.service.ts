/** Use cases of user management (admin only): list, create, update. */
import { assertCan } from "../../access/can.ts";
import type { Role } from "../../access/actor.ts";
import type { ServiceContext } from "../../context.ts";
import { commonErrors } from "../../errors.ts";
import { audited } from "../audit/audit.ts";
import { hashPassword } from "../auth/password.ts";
import { forgetSessionsOfUser } from "../auth/session-cache.ts";
import { assertUnitsExist } from "../units/units.service.ts";
import { reporterNeedsUnit, userNotFound, usernameTaken } from "./users.errors.ts";
import { presentUser } from "./users.presenter.ts";
import {
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers as listUserRows,
  replaceUserUnits,
  unitIdsByUser,
  updateUser as updateUserRow,
} from "./users.repository.ts";

/** Every user with its units. */
export async function listUsers(ctx: ServiceContext) {
  assertCan(ctx.actor, "users.manage");
  const rows = await listUserRows(ctx.db);
  const units = await unitIdsByUser(ctx.db, rows.map((row) => row.id));
  return rows.map((row) => presentUser(row, units.get(row.id) ?? []));
}

/** Input of createUser. */
export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  unitIds: string[];
}

/** Creates a user; a reporter must name its units. */
export async function createUser(ctx: ServiceContext, input: NewUser) {
  assertCan(ctx.actor, "users.manage");
  if (input.role === "reporter" && input.unitIds.length === 0) throw reporterNeedsUnit();
  const passwordHash = await hashPassword(input.password);
  return audited(ctx, { action: "users.create", entity: "user" }, async (tx) => {
    if (await findUserByUsername(tx, input.username)) throw usernameTaken();
    await assertUnitsExist(tx, input.unitIds);
    const row = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash,
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    });
    await replaceUserUnits(tx, row.id, input.unitIds);
    return { result: presentUser(row, input.unitIds), entityId: row.id };
  });
}

/** Input of updateUser: the version read, and the fields to change. */
export interface UserChanges {
  version: number;
  displayName?: string;
  role?: Role;
  password?: string;
  unitIds?: string[];
  active?: boolean;
}

/** Changes a user; a stale version gets 409 with the current user. */
export async function updateUser(ctx: ServiceContext, id: string, changes: UserChanges) {
  assertCan(ctx.actor, "users.manage");
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  const saved = await audited(ctx, { action: "users.update", entity: "user", entityId: id }, async (tx) => {
    const row = await findUserById(tx, id, true);
    if (!row) throw userNotFound();
    const unitIds = (await unitIdsByUser(tx, [id])).get(id) ?? [];
    const before = presentUser(row, unitIds);
    if (row.version !== changes.version) throw commonErrors.stale({ current: before });
    const nextUnits = changes.unitIds ?? unitIds;
    if ((changes.role ?? row.role) === "reporter" && nextUnits.length === 0) throw reporterNeedsUnit();
    if (changes.unitIds) {
      await assertUnitsExist(tx, changes.unitIds);
      await replaceUserUnits(tx, id, changes.unitIds);
    }
    const updated = await updateUserRow(tx, id, {
      displayName: changes.displayName,
      role: changes.role,
      active: changes.active,
      passwordHash,
      version: row.version + 1,
      updatedAt: ctx.clock.now(),
    });
    return { result: presentUser(updated, nextUnits), before };
  });
  // after the commit: the user's sessions in this process are read again with the new role, units or activity
  forgetSessionsOfUser(ctx.db, id);
  return saved;
}
