/** GET /api/dashboard. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { statusQuery } from "../status/status.schemas.ts";
import { dashboardSchema } from "./dashboard.schemas.ts";
import { getDashboard } from "./dashboard.service.ts";

/** The dashboard route. */
export const dashboardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    "/api/dashboard",
    { schema: { tags: ["dashboard"], querystring: statusQuery, response: { 200: dashboardSchema } } },
    async (request) => getDashboard(contextOf(request, deps), request.query),
  );
};
