/** GET /api/settings, PUT /api/settings (admin). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { reportingSettingsSchema, settingsViewSchema } from "./settings.schemas.ts";
import { getSettings, updateSettings } from "./settings.service.ts";

/** The deployment settings routes. */
export const settingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get("/api/settings", { schema: { tags: ["settings"], response: { 200: settingsViewSchema } } }, async (request) =>
    getSettings(contextOf(request, deps)),
  );
  app.put(
    "/api/settings",
    { schema: { tags: ["settings"], body: reportingSettingsSchema, response: { 200: settingsViewSchema } } },
    async (request) => updateSettings(contextOf(request, deps), request.body),
  );
};
