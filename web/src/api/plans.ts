/** Plans: import, list, read, edit items/targets/assignments, resolve units, publish, versions. */
import { api, query } from "./client.ts";
import type { Comparison, ItemKind, Milestone, PlanDetail, PlanDiff, PlanSummary, PlanVersion, TargetDto } from "./types.ts";

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

/** Editable target fields. */
export interface TargetPatch {
  metric?: string | null;
  value?: number;
  unit?: string | null;
  cmp?: Comparison;
  aspirational?: boolean;
  baseline?: number | null;
  deadline?: string | null;
  milestones?: Milestone[];
  scope?: string | null;
  quote?: string;
}

export const plansApi = {
  list: () => api.get<PlanSummary[]>("/plans"),
  get: (id: string) => api.get<PlanDetail>(`/plans/${id}`),
  import: (source: ImportSource) => api.post<{ plan: PlanSummary }>("/plans/import", importBody(source)),
  updateItem: (planId: string, itemId: string, body: { version: number; kind?: ItemKind; heading?: string | null; text?: string }) =>
    api.patch<unknown>(`/plans/${planId}/items/${itemId}`, body),
  addItem: (planId: string, body: { parentId: string | null; path: string[]; kind: ItemKind; heading: string }) =>
    api.post<unknown>(`/plans/${planId}/items`, body),
  deleteItem: (planId: string, itemId: string) => api.delete<unknown>(`/plans/${planId}/items/${itemId}`),
  putAssignments: (
    planId: string,
    itemId: string,
    body: { version: number; lead: string[]; support: string[]; owners: string[] },
  ) => api.put<unknown>(`/plans/${planId}/items/${itemId}/assignments`, body),
  addTarget: (planId: string, itemId: string, body: TargetPatch) =>
    api.post<TargetDto>(`/plans/${planId}/items/${itemId}/targets`, body),
  updateTarget: (planId: string, targetId: string, body: TargetPatch & { version: number }) =>
    api.patch<TargetDto>(`/plans/${planId}/targets/${targetId}`, body),
  deleteTarget: (planId: string, targetId: string) => api.delete<unknown>(`/plans/${planId}/targets/${targetId}`),
  resolveUnit: (planId: string, body: { name: string; unitId: string } | { name: string; create: { name: string; parentId?: string | null } }) =>
    api.post<unknown>(`/plans/${planId}/units/resolve`, body),
  publish: (planId: string) => api.post<{ plan: PlanSummary }>(`/plans/${planId}/publish`),
  newVersion: (planId: string, source: ImportSource) =>
    api.post<{ plan: PlanSummary; diff: PlanDiff }>(`/plans/${planId}/versions`, importBody(source)),
  versions: (planId: string) => api.get<PlanVersion[]>(`/plans/${planId}/versions`),
  diff: (planId: string, from: number, to: number) => api.get<PlanDiff>(`/plans/${planId}/diff${query({ from, to })}`),
};
