/** The unit directory and the users (admin). */
import { api, query } from "./client.ts";
import type { Role, Unit, UnitKind, UnitMatch, User } from "./types.ts";

/** Query keys for units and users. */
export const directoryKeys = {
  units: ["units"] as const,
  users: ["users"] as const,
  match: (name: string) => ["units", "match", name] as const,
};

/** The fields an admin sets on a user. */
export interface UserInput {
  username?: string;
  displayName?: string;
  role?: Role;
  password?: string;
  unitIds?: string[];
  active?: boolean;
}

export const unitsApi = {
  list: () => api.get<Unit[]>("/units"),
  create: (body: { name: string; parentId?: string | null; aliases?: string[]; kind?: UnitKind }) => api.post<Unit>("/units", body),
  update: (id: string, body: { version: number; name?: string; parentId?: string | null; aliases?: string[]; kind?: UnitKind }) =>
    api.patch<Unit>(`/units/${id}`, body),
  merge: (id: string, intoId: string) => api.post<unknown>(`/units/${id}/merge`, { intoId }),
  match: (name: string) => api.get<UnitMatch[]>(`/units/match${query({ name })}`),
};

export const usersApi = {
  list: () => api.get<User[]>("/users"),
  create: (body: UserInput) => api.post<User>("/users", body),
  update: (id: string, body: UserInput & { version: number }) => api.patch<User>(`/users/${id}`, body),
};
