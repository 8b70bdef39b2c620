/** Who is acting: a signed-in user with a role and, for reporters, the units they answer for. */
import { z } from "zod";

/** The four roles, from most to least powerful. */
export const ROLES = ["admin", "supervisor", "reporter", "viewer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = (typeof ROLES)[number];

/** The signed-in user as services see it. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitIds: string[];
}
