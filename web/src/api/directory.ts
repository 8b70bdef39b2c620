/** The unit directory and the users (admin). */
import type { z } from "zod";
import type { createUnitBody, updateUnitBody } from "../../../src/server/modules/units/units.schemas.ts";
import type { createUserBody, updateUserBody } from "../../../src/server/modules/users/users.schemas.ts";
import { api, query } from "./client.ts";
import type { Unit, UnitMatch, User } from "./types.ts";

/** Query keys for units and users. */
export const directoryKeys = {
  units: ["units"] as const,
  users: ["users"] as const,
  match: (name: string) => ["units", "match", name] as const,
};

/** The fields an admin sets on a user (all optional: the form fills them in), named as the server's request schemas name them. */
export type UserInput = Partial<z.input<typeof createUserBody>> & Omit<z.input<typeof updateUserBody>, "version">;

export const unitsApi = {
  list: () => api.get<Unit[]>("/units"),
  create: (body: z.input<typeof createUnitBody>) => api.post<Unit>("/units", body),
  update: (id: string, body: z.input<typeof updateUnitBody>) =>
    api.patch<Unit>(`/units/${id}`, body),
  merge: (id: string, intoId: string) => api.post<unknown>(`/units/${id}/merge`, { intoId }),
  match: (name: string) => api.get<UnitMatch[]>(`/units/match${query({ name })}`),
};

export const usersApi = {
  list: () => api.get<User[]>("/users"),
  create: (body: UserInput) => api.post<User>("/users", body),
  update: (id: string, body: UserInput & { version: number }) => api.patch<User>(`/users/${id}`, body),
};
