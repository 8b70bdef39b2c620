/** Factories that write rows straight through the repositories, for arranging a test's world quickly. */
import type { Role } from "../../src/server/access/actor.ts";
import type { Db } from "../../src/server/db/client.ts";
import { hashPassword } from "../../src/server/modules/auth/password.ts";
import { insertUnit, replaceAliases } from "../../src/server/modules/units/units.repository.ts";
import { insertUser, replaceUserUnits } from "../../src/server/modules/users/users.repository.ts";

/** The password every factory-made user has. */
export const TEST_PASSWORD = "correct horse battery";

let hashed: Promise<string> | undefined;

/** Creates a unit (kind department unless given) with optional aliases and parent. */
export async function makeUnit(db: Db, input: { name: string; parentId?: string; aliases?: string[]; kind?: string }) {
  const row = await insertUnit(db, { name: input.name, parentId: input.parentId ?? null, kind: input.kind ?? "department" });
  await replaceAliases(db, row.id, input.aliases ?? []);
  return row;
}

/** Creates a user with TEST_PASSWORD; the username defaults to the role. */
export async function makeUser(db: Db, input: { role: Role; username?: string; unitIds?: string[]; displayName?: string }) {
  hashed ??= hashPassword(TEST_PASSWORD);
  const username = input.username ?? input.role;
  const row = await insertUser(db, {
    username,
    displayName: input.displayName ?? username,
    role: input.role,
    passwordHash: await hashed,
  });
  await replaceUserUnits(db, row.id, input.unitIds ?? []);
  return row;
}
