/** The reporter's inbox, reports (read, draft, submit, contribute, review, attachments) and the review queue. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { commonErrors } from "../../errors.ts";
import { addAttachment, getAttachment } from "./attachments.service.ts";
import {
  contributionBody,
  inboxEntrySchema,
  reportDetailSchema,
  reportIdParams,
  reportSchema,
  reviewBody,
  reviewQueueEntrySchema,
  saveDraftBody,
  submitBody,
} from "./reports.schemas.ts";
import { contribute, getReport, listInbox, listReviewQueue, reviewReport, saveDraft, submitReport } from "./reports.service.ts";

const attachmentSchema = z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number() });

/** The report routes. */
export const reportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get("/api/inbox", { schema: { tags: ["reports"], response: { 200: z.array(inboxEntrySchema) } } }, async (request) =>
    listInbox(contextOf(request, deps)),
  );
  app.get("/api/reviews", { schema: { tags: ["reports"], response: { 200: z.array(reviewQueueEntrySchema) } } }, async (request) =>
    listReviewQueue(contextOf(request, deps)),
  );
  app.get(
    "/api/reports/:id",
    { schema: { tags: ["reports"], params: reportIdParams, response: { 200: reportDetailSchema } } },
    async (request) => getReport(contextOf(request, deps), request.params.id),
  );
  app.put(
    "/api/reports/:id",
    { schema: { tags: ["reports"], params: reportIdParams, body: saveDraftBody, response: { 200: reportSchema } } },
    async (request) => saveDraft(contextOf(request, deps), request.params.id, request.body),
  );
  app.post(
    "/api/reports/:id/submit",
    { schema: { tags: ["reports"], params: reportIdParams, body: submitBody, response: { 200: reportSchema } } },
    async (request) => submitReport(contextOf(request, deps), request.params.id, request.body.version),
  );
  app.post(
    "/api/reports/:id/contributions",
    {
      schema: {
        tags: ["reports"],
        params: reportIdParams,
        body: contributionBody,
        response: { 200: z.object({ unitId: z.string(), text: z.string(), values: z.array(z.unknown()), updatedAt: z.string() }) },
      },
    },
    async (request) => contribute(contextOf(request, deps), request.params.id, request.body),
  );
  app.post(
    "/api/reports/:id/review",
    { schema: { tags: ["reports"], params: reportIdParams, body: reviewBody, response: { 200: reportSchema } } },
    async (request) => reviewReport(contextOf(request, deps), request.params.id, request.body),
  );
  app.post(
    "/api/reports/:id/attachments",
    { schema: { tags: ["reports"], params: reportIdParams, response: { 201: attachmentSchema } } },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const file = await request.file();
      if (!file) throw commonErrors.validation({ reason: "multipart field `file` is required" });
      const bytes = await file.toBuffer();
      const saved = await addAttachment(ctx, request.params.id, { fileName: file.filename, mediaType: file.mimetype, bytes });
      return reply.status(201).send(saved);
    },
  );
  app.get(
    "/api/reports/:id/attachments/:attachmentId",
    { schema: { tags: ["reports"], params: reportIdParams.extend({ attachmentId: z.uuid() }) } },
    async (request, reply) => {
      const row = await getAttachment(contextOf(request, deps), request.params.id, request.params.attachmentId);
      return reply
        .header("content-type", row.mediaType)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
        .send(row.bytes);
    },
  );
};
