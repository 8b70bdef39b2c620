/** Attachments of a report: the reporting unit uploads (size- and type-limited); whoever may read the report downloads. */
import type { ServiceContext } from "../../context.ts";
import { commonErrors } from "../../errors.ts";
import { attachmentRejected, reportNotFound } from "./reports.errors.ts";
import { findAttachment, insertAttachment } from "./reports.repository.ts";
import { loadVisible, loadWritable } from "./reports.service.ts";

/** The largest attachment accepted: 10 MB. */
export const ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;

const ALLOWED = /\.(pdf|docx?|xlsx?|png|jpe?g|txt|csv)$/i;

/** An uploaded file. */
export interface UploadedFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

/** Stores an attachment on a report the actor's unit submits. */
export async function addAttachment(ctx: ServiceContext, reportId: string, file: UploadedFile) {
  await loadWritable(ctx, reportId);
  if (!ALLOWED.test(file.fileName)) throw attachmentRejected({ fileName: file.fileName });
  if (file.bytes.length > ATTACHMENT_LIMIT_BYTES) throw commonErrors.tooLarge({ limitBytes: ATTACHMENT_LIMIT_BYTES });
  return insertAttachment(ctx.db, {
    reportId,
    fileName: file.fileName,
    mediaType: file.mediaType,
    size: file.bytes.length,
    bytes: file.bytes,
    uploadedBy: ctx.actor.id,
    createdAt: ctx.clock.now(),
  });
}

/** One attachment's bytes, for someone who may read the report. */
export async function getAttachment(ctx: ServiceContext, reportId: string, id: string) {
  await loadVisible(ctx, reportId);
  const row = await findAttachment(ctx.db, reportId, id);
  if (!row) throw reportNotFound({ attachmentId: id });
  return row;
}
