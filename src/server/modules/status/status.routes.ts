/** GET /api/status, GET /api/status/reported-targets, POST /api/status/overrides, GET /api/targets/:id/series. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { overrideBody, overrideSchema, seriesParams, seriesSchema, statusQuery, statusResponse, targetStatusSchema } from "./status.schemas.ts";
import { getStatus, overrideStatus, reportedTargets, targetSeries } from "./status.service.ts";

/** The status routes. */
export const statusRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get("/api/status", { schema: { tags: ["status"], querystring: statusQuery, response: { 200: statusResponse } } }, async (request) =>
    getStatus(contextOf(request, deps), request.query),
  );
  app.get(
    "/api/status/reported-targets",
    { schema: { tags: ["status"], querystring: statusQuery, response: { 200: z.array(targetStatusSchema) } } },
    async (request) => reportedTargets(contextOf(request, deps), request.query),
  );
  app.post(
    "/api/status/overrides",
    { schema: { tags: ["status"], body: overrideBody, response: { 201: overrideSchema } } },
    async (request, reply) => reply.status(201).send(await overrideStatus(contextOf(request, deps), request.body)),
  );
  app.get(
    "/api/targets/:id/series",
    { schema: { tags: ["status"], params: seriesParams, response: { 200: seriesSchema } } },
    async (request) => targetSeries(contextOf(request, deps), request.params.id),
  );
};
