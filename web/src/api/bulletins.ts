/** Bulletins (督查通报): draft from a round, read with the live or frozen content and its HTML preview, edit, publish. */
import type { z } from "zod";
import type { bulletinDetailSchema, bulletinSchema, updateBody } from "../../../src/server/modules/bulletins/bulletins.schemas.ts";
import { api, query } from "./client.ts";

/*
 * The shapes are inferred from the server's zod schemas (bulletins.schemas.ts), not written again here:
 * `npm run typecheck` covers web/src, so it fails when the web and the server disagree.
 */

/** A bulletin's record (docs/api.md, issue 7). */
export type Bulletin = z.infer<typeof bulletinSchema>;
/** The fields a supervisor edits on a draft. */
export type BulletinEdits = Omit<z.input<typeof updateBody>, "version">;
/** A bulletin with its content and the HTML preview of it (live while a draft, frozen once published). */
export type BulletinDetail = z.infer<typeof bulletinDetailSchema>;

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
