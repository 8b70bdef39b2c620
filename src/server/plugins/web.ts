/**
 * Serves the built web app (dist/web, `npm run build:web`) at `/`: hashed assets with a year-long immutable cache,
 * index.html with no-cache so a deploy is picked up at once, and index.html for any other non-/api path so the
 * browser router can take over. Registered last in buildApp, after every /api route.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where `vite build` writes the app. */
export const WEB_ROOT = fileURLToPath(new URL("../../../dist/web/", import.meta.url));

const IMMUTABLE = "public, max-age=31536000, immutable";
const NO_CACHE = "no-cache";
/** A path naming a file (has an extension), as opposed to a page of the app. */
const FILE_LIKE = /\.[A-Za-z0-9]+$/;

/** The cache policy of one built file: hashed assets forever, the rest revalidated. */
export function cacheControlFor(filePath: string): string {
  const normalised = filePath.replaceAll("\\", "/");
  if (normalised.includes("/assets/")) return IMMUTABLE;
  if (normalised.endsWith(".html")) return NO_CACHE;
  return "public, max-age=3600";
}

/** Registers the static files and the SPA fallback; without a build it logs a hint and serves only the API. */
export default async function webPlugin(app: FastifyInstance, options: { root?: string } = {}) {
  const root = options.root ?? WEB_ROOT;
  if (!existsSync(`${root}/index.html`)) {
    app.log.warn({ root }, "web app not built; run `npm run build:web`");
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    cacheControl: false,
    setHeaders: (reply, filePath) => void reply.header("cache-control", cacheControlFor(filePath)),
  });
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (path === "/api" || path.startsWith("/api/")) return reply.callNotFound();
    // a file built after start-up (the routes above were listed then): serve it if it exists, else 404
    if (FILE_LIKE.test(path)) return reply.sendFile(decodeURIComponent(path).slice(1));
    return reply.header("cache-control", NO_CACHE).sendFile("index.html");
  });
}
