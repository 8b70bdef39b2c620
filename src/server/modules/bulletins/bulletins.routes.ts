/**
 * POST /api/rounds/:id/bulletin, GET /api/bulletins, GET /api/bulletins/:id, PATCH /api/bulletins/:id,
 * POST /api/bulletins/:id/publish, GET /api/bulletins/:id.docx.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { sendDownload } from "../exports/download.ts";
import {
  bulletinDetailSchema,
  bulletinIdParams,
  bulletinListQuery,
  bulletinSchema,
  draftBody,
  publishBody,
  roundIdParams,
  updateBody,
} from "./bulletins.schemas.ts";
import { bulletinDocx, draftBulletin, getBulletin, listBulletins, publishBulletin, updateBulletin } from "./bulletins.service.ts";

/** The bulletin routes. */
export const bulletinRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    "/api/rounds/:id/bulletin",
    { schema: { tags: ["bulletins"], params: roundIdParams, body: draftBody, response: { 201: bulletinSchema } } },
    async (request, reply) => reply.status(201).send(await draftBulletin(contextOf(request, deps), request.params.id, request.body ?? {})),
  );
  app.get(
    "/api/bulletins",
    { schema: { tags: ["bulletins"], querystring: bulletinListQuery, response: { 200: z.array(bulletinSchema) } } },
    async (request) => listBulletins(contextOf(request, deps), request.query.roundId),
  );
  app.get(
    "/api/bulletins/:id.docx",
    { schema: { tags: ["bulletins"], params: bulletinIdParams } },
    async (request, reply) => {
      const { bytes, fileName } = await bulletinDocx(contextOf(request, deps), request.params.id);
      return sendDownload(reply, bytes, fileName, "docx");
    },
  );
  app.get(
    "/api/bulletins/:id",
    { schema: { tags: ["bulletins"], params: bulletinIdParams, response: { 200: bulletinDetailSchema } } },
    async (request) => getBulletin(contextOf(request, deps), request.params.id),
  );
  app.patch(
    "/api/bulletins/:id",
    { schema: { tags: ["bulletins"], params: bulletinIdParams, body: updateBody, response: { 200: bulletinSchema } } },
    async (request) => updateBulletin(contextOf(request, deps), request.params.id, request.body),
  );
  app.post(
    "/api/bulletins/:id/publish",
    { schema: { tags: ["bulletins"], params: bulletinIdParams, body: publishBody, response: { 200: bulletinSchema } } },
    async (request) => publishBulletin(contextOf(request, deps), request.params.id, request.body.version),
  );
};
