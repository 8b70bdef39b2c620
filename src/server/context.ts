/** What every use case receives (one object, no container), and what buildApp hands to every module. */
import type { FastifyRequest } from "fastify";
import type { Actor } from "./access/actor.ts";
import type { Clock } from "./clock.ts";
import type { ServerConfig } from "./config.ts";
import type { Db } from "./db/client.ts";
import { commonErrors } from "./errors.ts";

/** The dependencies of a use case: the database, who acts, and the clock. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  clock: Clock;
}

/** What buildApp passes to every plugin and module; features may add fields (jobs, mailers) here. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: ServerConfig;
}

/** The service context of a request: its signed-in actor plus the app's dependencies (401 without a session). */
export function contextOf(request: FastifyRequest, deps: AppDeps): ServiceContext {
  if (!request.actor) throw commonErrors.unauthenticated();
  return { db: deps.db, clock: deps.clock, actor: request.actor };
}
