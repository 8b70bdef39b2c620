/** The public shape of a user (never the password hash). */
import type { Actor, Role } from "../../access/actor.ts";
import type { UserRow } from "./users.repository.ts";

/** `{ id, username, displayName, role, unitIds, active, version }` as the API returns it. */
export function presentUser(row: UserRow, unitIds: string[]) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    unitIds,
    active: row.active,
    version: row.version,
  };
}

/** The acting user built from its row. */
export function toActor(row: UserRow, unitIds: string[]): Actor {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role as Role, unitIds };
}
