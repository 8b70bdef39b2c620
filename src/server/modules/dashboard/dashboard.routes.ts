/** GET /api/dashboard. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { statusQuery } from "../status/status.schemas.ts";
import { countsSchema as counts, listedItemSchema as entry, rollupFields as summary } from "./dashboard.schemas.ts";
import { getDashboard } from "./dashboard.service.ts";

const dashboardSchema = z.object({
  asOf: z.string(),
  counts,
  total: z.number(),
  onTrackShare: z.number().nullable(),
  byPlan: z.array(z.object({ planId: z.string(), title: z.string(), ...summary })),
  bySection: z.array(z.object({ planId: z.string(), section: z.string(), ...summary })),
  byUnit: z.array(z.object({ unitId: z.string(), name: z.string(), ...summary })),
  byRegion: z.array(z.object({ region: z.string(), ...summary })),
  overdueTotal: z.number(),
  overdue: z.array(entry),
  laggingTotal: z.number(),
  lagging: z.array(entry),
  rules: z.record(z.string(), z.string()),
});

/** The dashboard route. */
export const dashboardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    "/api/dashboard",
    { schema: { tags: ["dashboard"], querystring: statusQuery, response: { 200: dashboardSchema } } },
    async (request) => getDashboard(contextOf(request, deps), request.query),
  );
};
