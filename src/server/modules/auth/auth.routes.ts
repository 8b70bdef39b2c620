/** POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { commonErrors } from "../../errors.ts";
import { clearSessionCookie, setSessionCookie } from "../../plugins/auth.ts";
import { loginBody, sessionResponse } from "./auth.schemas.ts";
import { login, logout, resolveSession } from "./auth.service.ts";

/** The auth routes. */
export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    "/api/auth/login",
    { schema: { tags: ["auth"], body: loginBody, response: { 200: sessionResponse } } },
    async (request, reply) => {
      const session = await login(
        { ...deps, sessionTtlMs: deps.config.sessionTtlMs, loginLimit: deps.config.loginRateLimit },
        { ...request.body, clientKey: request.ip },
      );
      setSessionCookie(reply, session.token, deps);
      return { user: session.user, permissions: session.permissions, csrfToken: session.csrfToken };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      if (request.sessionToken) await logout(deps, request.sessionToken, ctx.actor.id);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get("/api/auth/me", { schema: { tags: ["auth"], response: { 200: sessionResponse } } }, async (request) => {
    const session = request.sessionToken ? await resolveSession(deps, request.sessionToken) : null;
    if (!session) throw commonErrors.unauthenticated();
    return { user: session.user, permissions: session.permissions, csrfToken: session.csrfToken };
  });
};
