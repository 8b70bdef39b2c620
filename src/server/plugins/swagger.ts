/** OpenAPI generated from the routes' zod schemas, served at /api/docs (JSON at /api/docs/json). */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

async function swaggerPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: { title: "Luoshi (落实) API", version: "0.1.0", description: "Policy documents to assigned, reported and assessed plans" },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "luoshi_session" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
}

/** Registers @fastify/swagger and its UI. */
export default fp(swaggerPlugin, { name: "luoshi-swagger" });
