/** GET /api/units, POST /api/units, PATCH /api/units/:id, POST /api/units/:id/merge, GET /api/units/match. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import {
  createUnitBody,
  matchQuery,
  mergeUnitBody,
  unitIdParams,
  unitMatchSchema,
  unitSchema,
  updateUnitBody,
} from "./units.schemas.ts";
import { createUnit, listUnits, matchUnitName, mergeUnit, updateUnit } from "./units.service.ts";

/** The unit directory routes. */
export const unitRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get("/api/units", { schema: { tags: ["units"], response: { 200: z.array(unitSchema) } } }, async (request) =>
    listUnits(contextOf(request, deps)),
  );

  app.get(
    "/api/units/match",
    { schema: { tags: ["units"], querystring: matchQuery, response: { 200: z.array(unitMatchSchema) } } },
    async (request) => matchUnitName(contextOf(request, deps), request.query.name),
  );

  app.post(
    "/api/units",
    { schema: { tags: ["units"], body: createUnitBody, response: { 201: unitSchema } } },
    async (request, reply) => reply.status(201).send(await createUnit(contextOf(request, deps), request.body)),
  );

  app.patch(
    "/api/units/:id",
    { schema: { tags: ["units"], params: unitIdParams, body: updateUnitBody, response: { 200: unitSchema } } },
    async (request) => updateUnit(contextOf(request, deps), request.params.id, request.body),
  );

  app.post(
    "/api/units/:id/merge",
    { schema: { tags: ["units"], params: unitIdParams, body: mergeUnitBody, response: { 200: unitSchema } } },
    async (request) => mergeUnit(contextOf(request, deps), request.params.id, request.body.intoId),
  );
};
