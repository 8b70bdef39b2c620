/** The plan review routes: list and read plans, edit items, units and targets, resolve names, publish, revisions. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { addItem, deleteItem, setAssignments, updateItem } from "./items.service.ts";
import {
  addItemBody,
  addTargetBody,
  assignmentsBody,
  diffQuery,
  diffSchema,
  documentQuery,
  itemParams,
  itemSchema,
  planDetailSchema,
  planParams,
  planSummarySchema,
  publishBody,
  resolveUnitBody,
  revisionSchema,
  targetParams,
  targetSchema,
  updateItemBody,
  updateTargetBody,
} from "./plans.schemas.ts";
import { diffPlanRevisions, getPlan, listPlanRevisions, listPlans, planDocument, publishPlan, resolvePlanUnit } from "./plans.service.ts";
import { addTarget, deleteTarget, updateTarget } from "./targets.service.ts";

const tags = ["plans"];

/** The plan routes. */
export const planRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const ctx = (request: Parameters<typeof contextOf>[0]) => contextOf(request, deps);

  app.get("/api/plans", { schema: { tags, response: { 200: z.array(planSummarySchema) } } }, async (request) => listPlans(ctx(request)));

  app.get("/api/plans/:id", { schema: { tags, params: planParams, response: { 200: planDetailSchema } } }, async (request) =>
    getPlan(ctx(request), request.params.id),
  );

  app.patch(
    "/api/plans/:id/items/:itemId",
    { schema: { tags, params: itemParams, body: updateItemBody, response: { 200: itemSchema } } },
    async (request) => updateItem(ctx(request), request.params.id, request.params.itemId, request.body),
  );

  app.post(
    "/api/plans/:id/items",
    { schema: { tags, params: planParams, body: addItemBody, response: { 201: itemSchema } } },
    async (request, reply) => reply.status(201).send(await addItem(ctx(request), request.params.id, request.body)),
  );

  app.delete("/api/plans/:id/items/:itemId", { schema: { tags, params: itemParams } }, async (request, reply) => {
    await deleteItem(ctx(request), request.params.id, request.params.itemId);
    return reply.status(204).send();
  });

  app.put(
    "/api/plans/:id/items/:itemId/assignments",
    { schema: { tags, params: itemParams, body: assignmentsBody, response: { 200: itemSchema } } },
    async (request) => setAssignments(ctx(request), request.params.id, request.params.itemId, request.body),
  );

  app.post(
    "/api/plans/:id/items/:itemId/targets",
    { schema: { tags, params: itemParams, body: addTargetBody, response: { 201: targetSchema } } },
    async (request, reply) =>
      reply.status(201).send(await addTarget(ctx(request), request.params.id, request.params.itemId, request.body)),
  );

  app.patch(
    "/api/plans/:id/targets/:targetId",
    { schema: { tags, params: targetParams, body: updateTargetBody, response: { 200: targetSchema } } },
    async (request) => updateTarget(ctx(request), request.params.id, request.params.targetId, request.body),
  );

  app.delete("/api/plans/:id/targets/:targetId", { schema: { tags, params: targetParams } }, async (request, reply) => {
    await deleteTarget(ctx(request), request.params.id, request.params.targetId);
    return reply.status(204).send();
  });

  app.post(
    "/api/plans/:id/units/resolve",
    { schema: { tags, params: planParams, body: resolveUnitBody, response: { 200: planDetailSchema } } },
    async (request) => resolvePlanUnit(ctx(request), request.params.id, request.body),
  );

  app.post(
    "/api/plans/:id/publish",
    { schema: { tags, params: planParams, body: publishBody, response: { 200: z.object({ plan: planSummarySchema }) } } },
    async (request) => ({ plan: await publishPlan(ctx(request), request.params.id, request.body?.version) }),
  );

  app.get(
    "/api/plans/:id/versions",
    { schema: { tags, params: planParams, response: { 200: z.array(revisionSchema) } } },
    async (request) => listPlanRevisions(ctx(request), request.params.id),
  );

  app.get(
    "/api/plans/:id/document",
    { schema: { tags, params: planParams, querystring: documentQuery } },
    async (request, reply) => {
      const file = await planDocument(ctx(request), request.params.id, request.query.revision);
      return reply
        .header("content-type", file.mediaType)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    },
  );

  app.get(
    "/api/plans/:id/diff",
    { schema: { tags, params: planParams, querystring: diffQuery, response: { 200: diffSchema } } },
    async (request) => diffPlanRevisions(ctx(request), request.params.id, request.query.from, request.query.to),
  );
};
