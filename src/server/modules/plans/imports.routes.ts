/** POST /api/plans/import and POST /api/plans/:id/versions: multipart field `file`, or JSON `{ text, fileName? }`. */
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { diffSchema, planParams, planSummarySchema } from "./plans.schemas.ts";
import { defaultImportDeps, type ImportDeps } from "./imports.deps.ts";
import { missingFile } from "./imports.errors.ts";
import { type ImportContext, importDocument, reimportDocument } from "./imports.service.ts";
import type { ImportSource } from "./imports.source.ts";

const pasteBody = z.object({ text: z.string(), fileName: z.string().trim().max(200).optional() }).nullish();

/** The source of an import request: the uploaded file, or the pasted text. */
async function sourceOf(request: FastifyRequest, body: z.infer<typeof pasteBody>): Promise<ImportSource> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw missingFile();
    return { kind: "file", fileName: file.filename, bytes: await file.toBuffer() };
  }
  if (!body) throw missingFile();
  return { kind: "text", text: body.text, fileName: body.fileName };
}

/** The import routes; `importer` replaces the extractor and readers (tests). */
export const importRoutes: FastifyPluginAsyncZod<AppDeps & { importer?: ImportDeps }> = async (app, deps) => {
  const importContext = (request: FastifyRequest): ImportContext => ({
    ...contextOf(request, deps),
    importer: deps.importer ?? defaultImportDeps,
    maxBytes: deps.config.uploadLimitBytes,
  });

  app.post(
    "/api/plans/import",
    {
      schema: {
        tags: ["plans"],
        consumes: ["application/json", "multipart/form-data"],
        body: pasteBody,
        response: { 201: z.object({ plan: planSummarySchema }) },
      },
    },
    async (request, reply) => {
      const ctx = importContext(request);
      const plan = await importDocument(ctx, await sourceOf(request, request.body));
      return reply.status(201).send({ plan });
    },
  );

  app.post(
    "/api/plans/:id/versions",
    {
      schema: {
        tags: ["plans"],
        consumes: ["application/json", "multipart/form-data"],
        params: planParams,
        body: pasteBody,
        response: { 201: z.object({ plan: planSummarySchema, diff: diffSchema }) },
      },
    },
    async (request, reply) => {
      const ctx = importContext(request);
      const result = await reimportDocument(ctx, request.params.id, await sourceOf(request, request.body));
      return reply.status(201).send(result);
    },
  );
};
