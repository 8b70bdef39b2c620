/**
 * GET /api/plans/:id/export.xlsx, GET /api/rounds/:id/workbooks/:unitId.xlsx and
 * POST /api/rounds/:id/workbooks?dryRun=1&unitId= (multipart field `file`).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { sendDownload } from "./download.ts";
import { workbookMissingFile, workbookUnitRequired } from "./exports.errors.ts";
import { planExportParams, workbookImportParams, workbookImportQuery, workbookImportSchema, workbookParams } from "./exports.schemas.ts";
import { exportPlan, importUnitWorkbook, unitWorkbook } from "./exports.service.ts";

/** The export and workbook routes. */
export const exportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    "/api/plans/:id/export.xlsx",
    { schema: { tags: ["exports"], params: planExportParams } },
    async (request, reply) => {
      const { bytes, fileName } = await exportPlan(contextOf(request, deps), request.params.id);
      return sendDownload(reply, bytes, fileName, "xlsx");
    },
  );

  app.get(
    "/api/rounds/:id/workbooks/:unitId.xlsx",
    { schema: { tags: ["exports"], params: workbookParams } },
    async (request, reply) => {
      const { bytes, fileName } = await unitWorkbook(contextOf(request, deps), request.params.id, request.params.unitId);
      return sendDownload(reply, bytes, fileName, "xlsx");
    },
  );

  app.post(
    "/api/rounds/:id/workbooks",
    {
      schema: {
        tags: ["exports"],
        consumes: ["multipart/form-data"],
        params: workbookImportParams,
        querystring: workbookImportQuery,
        response: { 200: workbookImportSchema },
      },
    },
    async (request) => {
      const ctx = contextOf(request, deps);
      const unitId = request.query.unitId ?? (ctx.actor.unitIds.length === 1 ? ctx.actor.unitIds[0] : undefined);
      if (!unitId) throw workbookUnitRequired();
      const file = request.isMultipart() ? await request.file() : undefined;
      if (!file) throw workbookMissingFile();
      const dryRun = request.query.dryRun === "1" || request.query.dryRun === "true";
      return importUnitWorkbook(ctx, { roundId: request.params.id, unitId, bytes: await file.toBuffer(), dryRun });
    },
  );
};
