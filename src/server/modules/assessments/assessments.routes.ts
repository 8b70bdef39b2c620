/**
 * GET/PUT /api/assessments/:planId/rules, GET /api/assessments/:planId/scores, POST /api/assessments/:planId/what-if,
 * GET/POST /api/assessments/:planId/appeals, POST /api/assessments/:planId/appeals/:appealId/decision,
 * GET /api/assessments/:planId/ranking.xlsx and ranking.docx.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { sendDownload } from "../exports/download.ts";
import {
  appealBody,
  appealParams,
  appealSchema,
  decisionBody,
  planParams,
  putRulesBody,
  rulesSchema,
  scoresSchema,
  whatIfBody,
  whatIfSchema,
  yearQuery,
} from "./assessments.schemas.ts";
import { decideAppeal, fileAppeal, getRules, getScores, listAppeals, putRules, rankingFile, whatIf } from "./assessments.service.ts";

/** The assessment routes. */
export const assessmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const tags = ["assessments"];
  app.get("/api/assessments/:planId/rules", { schema: { tags, params: planParams, response: { 200: rulesSchema } } }, async (request) =>
    getRules(contextOf(request, deps), request.params.planId),
  );
  app.put(
    "/api/assessments/:planId/rules",
    { schema: { tags, params: planParams, body: putRulesBody, response: { 200: rulesSchema } } },
    async (request) => putRules(contextOf(request, deps), request.params.planId, request.body),
  );
  app.get(
    "/api/assessments/:planId/scores",
    { schema: { tags, params: planParams, querystring: yearQuery, response: { 200: scoresSchema } } },
    async (request) => getScores(contextOf(request, deps), request.params.planId, request.query.year),
  );
  app.post(
    "/api/assessments/:planId/what-if",
    { schema: { tags, params: planParams, querystring: yearQuery, body: whatIfBody, response: { 200: whatIfSchema } } },
    async (request) => whatIf(contextOf(request, deps), request.params.planId, request.body.rules, request.query.year),
  );
  app.get(
    "/api/assessments/:planId/appeals",
    { schema: { tags, params: planParams, response: { 200: z.array(appealSchema) } } },
    async (request) => listAppeals(contextOf(request, deps), request.params.planId),
  );
  app.post(
    "/api/assessments/:planId/appeals",
    { schema: { tags, params: planParams, body: appealBody, response: { 201: appealSchema } } },
    async (request, reply) => reply.status(201).send(await fileAppeal(contextOf(request, deps), request.params.planId, request.body)),
  );
  app.post(
    "/api/assessments/:planId/appeals/:appealId/decision",
    { schema: { tags, params: appealParams, body: decisionBody, response: { 200: appealSchema } } },
    async (request) => decideAppeal(contextOf(request, deps), request.params.planId, request.params.appealId, request.body),
  );
  for (const kind of ["xlsx", "docx"] as const) {
    app.get(`/api/assessments/:planId/ranking.${kind}`, { schema: { tags, params: planParams, querystring: yearQuery } }, async (request, reply) => {
      const { bytes, fileName } = await rankingFile(contextOf(request, deps), request.params.planId, kind, request.query.year);
      return sendDownload(reply, bytes, fileName, kind);
    });
  }
};
