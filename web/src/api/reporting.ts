/** Rounds, the unit inbox, reports and their review, notifications and settings. */
import { api } from "./client.ts";
import type {
  InboxEntry,
  Notification,
  Report,
  ReportDetail,
  ReportedValue,
  ReviewQueueEntry,
  Round,
  RoundDetail,
  RoundKind,
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

/** A draft's editable content. */
export interface ReportDraft {
  version: number;
  progress: string;
  problems: string;
  completed: boolean;
  values: ReportedValue[];
}

export const roundsApi = {
  list: () => api.get<Round[]>("/rounds"),
  get: (id: string) => api.get<RoundDetail>(`/rounds/${id}`),
  open: (body: { planIds: string[]; kind: RoundKind; period: string; deadline: string }) => api.post<Round>("/rounds", body),
  close: (id: string) => api.post<Round>(`/rounds/${id}/close`),
};

export const reportsApi = {
  inbox: () => api.get<InboxEntry[]>("/inbox"),
  get: (id: string) => api.get<ReportDetail>(`/reports/${id}`),
  save: (id: string, draft: ReportDraft) => api.put<Report>(`/reports/${id}`, draft),
  submit: (id: string, version: number) => api.post<Report>(`/reports/${id}/submit`, { version }),
  review: (id: string, body: { version: number; decision: "accept" | "return"; comment: string }) =>
    api.post<Report>(`/reports/${id}/review`, body),
  contribute: (id: string, body: { text: string; values: ReportedValue[] }) => api.post<unknown>(`/reports/${id}/contributions`, body),
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
