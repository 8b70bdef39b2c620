/** Security headers (helmet) and the rate limiter; routes opt in to a limit with `config.rateLimit`. */
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { commonErrors } from "../errors.ts";

async function securityPlugin(app: FastifyInstance, options: { https: boolean }) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // on plain HTTP (an intranet server) upgrading would send the browser to https for every asset
        upgradeInsecureRequests: options.https ? [] : null,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const error = commonErrors.rateLimited({ retryAfterMs: context.ttl });
      return Object.assign(error, { statusCode: 429 });
    },
  });
}

/** Registers helmet and @fastify/rate-limit; `https` when the server is reached over TLS. */
export default fp(securityPlugin, { name: "luoshi-security" });
