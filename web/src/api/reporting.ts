/** Rounds, the unit inbox, reports and their review, notifications and settings. */
import type { z } from "zod";
import type { contributionBody, reviewBody, saveDraftBody } from "../../../src/server/modules/reports/reports.schemas.ts";
import type { openRoundBody } from "../../../src/server/modules/rounds/rounds.schemas.ts";
import { api } from "./client.ts";
import type {
  InboxEntry,
  Notification,
  Report,
  ReportDetail,
  ReviewQueueEntry,
  Round,
  RoundDetail,
  Urged,
  Settings,
  SettingsInput,
} from "./reporting-types.ts";

/** Query keys for the reporting caches. */
export const reportingKeys = {
  rounds: ["rounds"] as const,
  round: (id: string) => ["rounds", id] as const,
  inbox: ["inbox"] as const,
  report: (id: string) => ["reports", id] as const,
  reviews: ["reviews"] as const,
  notifications: ["notifications"] as const,
  settings: ["settings"] as const,
};

/** A draft's editable content, as the server's request schema takes it (so typecheck catches a disagreement). */
export type ReportDraft = z.input<typeof saveDraftBody>;

export const roundsApi = {
  list: () => api.get<Round[]>("/rounds"),
  get: (id: string) => api.get<RoundDetail>(`/rounds/${id}`),
  open: (body: z.input<typeof openRoundBody>) => api.post<Round>("/rounds", body),
  close: (id: string) => api.post<Round>(`/rounds/${id}/close`),
  /** 催办: remind these units (all that still owe when none are given) now */
  urge: (id: string, unitIds?: string[]) => api.post<Urged>(`/rounds/${id}/urge`, unitIds ? { unitIds } : {}),
};

export const reportsApi = {
  inbox: () => api.get<InboxEntry[]>("/inbox"),
  get: (id: string) => api.get<ReportDetail>(`/reports/${id}`),
  save: (id: string, draft: ReportDraft) => api.put<Report>(`/reports/${id}`, draft),
  submit: (id: string, version: number) => api.post<Report>(`/reports/${id}/submit`, { version }),
  review: (id: string, body: z.input<typeof reviewBody>) =>
    api.post<Report>(`/reports/${id}/review`, body),
  contribute: (id: string, body: z.input<typeof contributionBody>) => api.post<unknown>(`/reports/${id}/contributions`, body),
  attach: (id: string, file: File) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return api.post<unknown>(`/reports/${id}/attachments`, form);
  },
  queue: () => api.get<ReviewQueueEntry[]>("/reviews"),
};

export const notificationsApi = {
  list: () => api.get<Notification[]>("/notifications"),
  read: (id: string) => api.post<unknown>(`/notifications/${id}/read`),
};

export const settingsApi = {
  get: () => api.get<Settings>("/settings"),
  put: (settings: SettingsInput) => api.put<Settings>("/settings", settings),
};
