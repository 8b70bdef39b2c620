/**
 * Sessions and request guards: reads the `luoshi_session` cookie into `request.actor`, then for every
 * /api route that access/route-access.ts does not call public requires a session (401), on writes the
 * `x-csrf-token` header of that session (403), and the route's action (403), before the body is read.
 * A route missing from that table stops the app from starting.
 */
import { timingSafeEqual } from "node:crypto";
import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import type { Actor } from "../access/actor.ts";
import { can } from "../access/can.ts";
import { accessOfRoute, isGuardedPath } from "../access/route-access.ts";
import type { AppDeps } from "../context.ts";
import { commonErrors } from "../errors.ts";
import { resolveSession } from "../modules/auth/auth.service.ts";

/** The cookie that carries the session token. */
export const SESSION_COOKIE = "luoshi_session";

declare module "fastify" {
  interface FastifyRequest {
    /** the signed-in user, or null */
    actor: Actor | null;
    /** the CSRF token of the session, or null */
    csrfToken: string | null;
    /** the raw session token from the cookie, or null */
    sessionToken: string | null;
  }
}

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Compares the CSRF header with the session's token in constant time. */
function sameToken(sent: string | string[] | undefined, expected: string | null): boolean {
  if (typeof sent !== "string" || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Sets the session cookie after login. */
export function setSessionCookie(reply: FastifyReply, token: string, deps: AppDeps) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: deps.config.secureCookie,
    maxAge: Math.floor(deps.config.sessionTtlMs / 1000),
  });
}

/** Clears the session cookie at logout. */
export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

async function authPlugin(app: FastifyInstance, deps: AppDeps) {
  await app.register(cookie);
  app.decorateRequest("actor", null);
  app.decorateRequest("csrfToken", null);
  app.decorateRequest("sessionToken", null);

  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(deps, token);
    if (!session) return;
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
    request.sessionToken = token;
  });

  app.addHook("onRoute", (route) => {
    if (!isGuardedPath(route.url)) return;
    for (const method of [route.method].flat()) {
      if (!accessOfRoute(method, route.url)) throw new Error(`${method} ${route.url} has no entry in access/route-access.ts`);
    }
  });

  app.addHook("onRequest", async (request) => {
    const route = request.routeOptions.url;
    if (!route || !isGuardedPath(route)) return;
    const access = accessOfRoute(request.method, route);
    if (access === "public") return;
    if (!request.actor) throw commonErrors.unauthenticated();
    if (WRITE_METHODS.has(request.method) && !sameToken(request.headers["x-csrf-token"], request.csrfToken)) {
      throw commonErrors.csrf();
    }
    if (access && access !== "signed-in" && !can(request.actor, access)) throw commonErrors.forbidden({ action: access });
  });
}

/** Registers cookies, session lookup and the session/CSRF guards. */
export default fp(authPlugin, { name: "luoshi-auth" });
