/** Security headers (helmet). The login limit lives in modules/auth, counted in the database. */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

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
}

/** Registers helmet; `https` when the server is reached over TLS. */
export default fp(securityPlugin, { name: "luoshi-security" });
