/** Plans: import, list, read, edit items/targets/assignments, resolve units, publish, versions. */
import { api, query } from "./client.ts";
import type { z } from "zod";
import type {
  addItemBody,
  addTargetBody,
  assignmentsBody,
  resolveUnitBody,
  updateItemBody,
  updateTargetBody,
} from "../../../src/server/modules/plans/plans.schemas.ts";
import type { PlanDetail, PlanDiff, PlanSummary, PlanVersion, TargetDto } from "./types.ts";

/** Query keys for the plan caches. */
export const planKeys = {
  all: ["plans"] as const,
  detail: (id: string) => ["plans", id] as const,
  versions: (id: string) => ["plans", id, "versions"] as const,
  diff: (id: string, from: number, to: number) => ["plans", id, "diff", from, to] as const,
};

/** What an import sends: a file, or pasted text. */
export type ImportSource = { file: File } | { text: string; fileName?: string };

function importBody(source: ImportSource): FormData | { text: string; fileName?: string } {
  if ("file" in source) {
    const form = new FormData();
    form.append("file", source.file, source.file.name);
    return form;
  }
  return source;
}

/** Editable target fields, as the server's request schema takes them (so typecheck catches a disagreement). */
export type TargetPatch = Omit<z.input<typeof updateTargetBody>, "version">;

export const plansApi = {
  list: () => api.get<PlanSummary[]>("/plans"),
  get: (id: string) => api.get<PlanDetail>(`/plans/${id}`),
  import: (source: ImportSource) => api.post<{ plan: PlanSummary }>("/plans/import", importBody(source)),
  updateItem: (planId: string, itemId: string, body: z.input<typeof updateItemBody>) =>
    api.patch<unknown>(`/plans/${planId}/items/${itemId}`, body),
  addItem: (planId: string, body: z.input<typeof addItemBody>) =>
    api.post<unknown>(`/plans/${planId}/items`, body),
  deleteItem: (planId: string, itemId: string) => api.delete<unknown>(`/plans/${planId}/items/${itemId}`),
  putAssignments: (planId: string, itemId: string, body: z.input<typeof assignmentsBody>) => api.put<unknown>(`/plans/${planId}/items/${itemId}/assignments`, body),
  addTarget: (planId: string, itemId: string, body: z.input<typeof addTargetBody>) =>
    api.post<TargetDto>(`/plans/${planId}/items/${itemId}/targets`, body),
  updateTarget: (planId: string, targetId: string, body: z.input<typeof updateTargetBody>) =>
    api.patch<TargetDto>(`/plans/${planId}/targets/${targetId}`, body),
  deleteTarget: (planId: string, targetId: string) => api.delete<unknown>(`/plans/${planId}/targets/${targetId}`),
  resolveUnit: (planId: string, body: z.input<typeof resolveUnitBody>) =>
    api.post<unknown>(`/plans/${planId}/units/resolve`, body),
  publish: (planId: string) => api.post<{ plan: PlanSummary }>(`/plans/${planId}/publish`),
  newVersion: (planId: string, source: ImportSource) =>
    api.post<{ plan: PlanSummary; diff: PlanDiff }>(`/plans/${planId}/versions`, importBody(source)),
  versions: (planId: string) => api.get<PlanVersion[]>(`/plans/${planId}/versions`),
  diff: (planId: string, from: number, to: number) => api.get<PlanDiff>(`/plans/${planId}/diff${query({ from, to })}`),
};
