/** Bulletins (督查通报): draft from a round, read with the live or frozen content and its HTML preview, edit, publish. */
import { api, query } from "./client.ts";

/** A bulletin's record (docs/api.md, issue 7). */
export interface Bulletin {
  id: string;
  roundId: string;
  status: "draft" | "published";
  version: number;
  title: string;
  issueNumber: string | null;
  issuer: string;
  closing: string;
  publishedOn: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

/** The fields a supervisor edits on a draft. */
export interface BulletinEdits {
  title?: string;
  issueNumber?: string | null;
  issuer?: string;
  closing?: string;
}

/** A bulletin with the HTML preview of its content (live while a draft, frozen once published). */
export interface BulletinDetail {
  bulletin: Bulletin;
  html: string;
}

/** Query keys for the bulletin caches. */
export const bulletinKeys = {
  all: ["bulletins"] as const,
  ofRound: (roundId: string) => ["bulletins", "round", roundId] as const,
  detail: (id: string) => ["bulletins", id] as const,
};

export const bulletinsApi = {
  list: (roundId?: string) => api.get<Bulletin[]>(`/bulletins${query({ roundId })}`),
  get: (id: string) => api.get<BulletinDetail>(`/bulletins/${id}`),
  draft: (roundId: string) => api.post<Bulletin>(`/rounds/${roundId}/bulletin`),
  update: (id: string, body: BulletinEdits & { version: number }) => api.patch<Bulletin>(`/bulletins/${id}`, body),
  publish: (id: string, version: number) => api.post<Bulletin>(`/bulletins/${id}/publish`, { version }),
  /** the .docx download address (a plain link: the session cookie goes along) */
  docxUrl: (id: string) => `/api/bulletins/${id}.docx`,
};
