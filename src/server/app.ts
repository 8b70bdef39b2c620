/**
 * buildApp(options): the HTTP server without listening. External plugins first (errors, security headers,
 * cookies, sessions and the route guard, multipart, OpenAPI), then the feature modules.
 */
import multipart from "@fastify/multipart";
import Fastify, { type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { systemClock, type Clock } from "./clock.ts";
import { configFromEnv, type ServerConfig } from "./config.ts";
import type { AppDeps } from "./context.ts";
import type { Db } from "./db/client.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { authRoutes } from "./modules/auth/auth.routes.ts";
import type { ImportDeps } from "./modules/plans/imports.deps.ts";
import { importRoutes } from "./modules/plans/imports.routes.ts";
import { exportRoutes } from "./modules/exports/exports.routes.ts";
import { bulletinRoutes } from "./modules/bulletins/bulletins.routes.ts";
import { assessmentRoutes } from "./modules/assessments/assessments.routes.ts";
import { planRoutes } from "./modules/plans/plans.routes.ts";
import { dashboardRoutes } from "./modules/dashboard/dashboard.routes.ts";
import { notificationRoutes } from "./modules/notifications/notifications.routes.ts";
import { reportRoutes } from "./modules/reports/reports.routes.ts";
import { roundRoutes } from "./modules/rounds/rounds.routes.ts";
import { settingsRoutes } from "./modules/settings/settings.routes.ts";
import { statusRoutes } from "./modules/status/status.routes.ts";
import { unitRoutes } from "./modules/units/units.routes.ts";
import { userRoutes } from "./modules/users/users.routes.ts";
import authPlugin from "./plugins/auth.ts";
import errorsPlugin from "./plugins/errors.ts";
import securityPlugin from "./plugins/security.ts";
import swaggerPlugin from "./plugins/swagger.ts";
import webPlugin from "./plugins/web.ts";

/** What buildApp needs: the database, and optionally a clock, settings and logger; features may add more. */
export interface BuildAppOptions {
  db: Db;
  clock?: Clock;
  config?: Partial<ServerConfig>;
  logger?: FastifyServerOptions["logger"];
  /** replaces the extractor and file readers of imports (tests inject a failing step here) */
  importer?: ImportDeps;
  /** API requests other than /api/health wait for this (the demo data loading after the first listen) */
  dataReady?: Promise<unknown>;
}

/** Builds the Fastify app with every plugin and module registered; call `listen` or `inject` on it. */
export async function buildApp(options: BuildAppOptions) {
  const config: ServerConfig = { ...configFromEnv(), ...options.config };
  const deps: AppDeps = { db: options.db, clock: options.clock ?? systemClock, config };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.uploadLimitBytes + 64 * 1024,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  const dataReady = options.dataReady?.catch(() => undefined);
  let ready = !dataReady;
  if (dataReady) {
    void dataReady.then(() => (ready = true));
    app.addHook("onRequest", async (request) => {
      if (request.url !== "/api/health") await dataReady;
    });
  }
  await app.register(securityPlugin, { https: config.secureCookie });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10 } });
  await app.register(authPlugin, deps);
  await app.register(swaggerPlugin);

  app.get(
    "/api/health",
    // live at once; `ready` once the demo data is in (until then every other request waits for it)
    { schema: { tags: ["system"], response: { 200: z.object({ ok: z.literal(true), ready: z.boolean() }) } } },
    async () => ({ ok: true as const, ready }),
  );
  await app.register(authRoutes, deps);
  await app.register(userRoutes, deps);
  await app.register(unitRoutes, deps);
  await app.register(importRoutes, { ...deps, importer: options.importer });
  await app.register(planRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(roundRoutes, deps);
  await app.register(reportRoutes, deps);
  await app.register(statusRoutes, deps);
  await app.register(dashboardRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(settingsRoutes, deps);
  await app.register(exportRoutes, deps);
  await app.register(bulletinRoutes, deps);
  await app.register(assessmentRoutes, deps);
  // Feature modules of other issues register here, one line each: await app.register(xRoutes, deps);
  // The web app (issue 6) registers last, after every /api route.
  await app.register(webPlugin);

  await app.ready();
  return app;
}

/** The app type, for helpers that take it. */
export type App = Awaited<ReturnType<typeof buildApp>>;
