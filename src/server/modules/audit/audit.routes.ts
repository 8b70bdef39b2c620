/** GET /api/audit: the newest audit entries, optionally for one entity (admin, supervisor). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { listAuditEntries } from "./audit.service.ts";

const auditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const auditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

/** The audit log route. */
export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    "/api/audit",
    { schema: { tags: ["audit"], querystring: auditQuery, response: { 200: z.array(auditEntrySchema) } } },
    async (request) => listAuditEntries(contextOf(request, deps), request.query),
  );
};
