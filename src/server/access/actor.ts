/** Who is acting: a signed-in user with a role and, for reporters, the units they answer for. */
import { z } from "zod";
import { ROLES, type Role } from "../../core/domain/access/roles.ts";

export { ROLES, type Role };
export const roleSchema = z.enum(ROLES);

/** The signed-in user as services see it. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitIds: string[];
}
