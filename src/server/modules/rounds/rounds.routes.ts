/** POST /api/rounds, GET /api/rounds, GET /api/rounds/:id, POST /api/rounds/:id/close. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { openRoundBody, roundDetailSchema, roundIdParams, roundSchema } from "./rounds.schemas.ts";
import { closeRound, getRound, listRounds, openRound } from "./rounds.service.ts";

/** The reporting round routes. */
export const roundRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    "/api/rounds",
    { schema: { tags: ["rounds"], body: openRoundBody, response: { 201: roundSchema } } },
    async (request, reply) => reply.status(201).send(await openRound(contextOf(request, deps), request.body)),
  );
  app.get("/api/rounds", { schema: { tags: ["rounds"], response: { 200: z.array(roundSchema) } } }, async (request) =>
    listRounds(contextOf(request, deps)),
  );
  app.get(
    "/api/rounds/:id",
    { schema: { tags: ["rounds"], params: roundIdParams, response: { 200: roundDetailSchema } } },
    async (request) => getRound(contextOf(request, deps), request.params.id),
  );
  app.post(
    "/api/rounds/:id/close",
    { schema: { tags: ["rounds"], params: roundIdParams, response: { 200: roundSchema } } },
    async (request) => closeRound(contextOf(request, deps), request.params.id),
  );
};
