/** GET /api/users, POST /api/users, PATCH /api/users/:id (admin). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { createUserBody, updateUserBody, userIdParams, userSchema } from "./users.schemas.ts";
import { createUser, listUsers, updateUser } from "./users.service.ts";

/** The user management routes. */
export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get("/api/users", { schema: { tags: ["users"], response: { 200: z.array(userSchema) } } }, async (request) =>
    listUsers(contextOf(request, deps)),
  );

  app.post(
    "/api/users",
    { schema: { tags: ["users"], body: createUserBody, response: { 201: userSchema } } },
    async (request, reply) => reply.status(201).send(await createUser(contextOf(request, deps), request.body)),
  );

  app.patch(
    "/api/users/:id",
    { schema: { tags: ["users"], params: userIdParams, body: updateUserBody, response: { 200: userSchema } } },
    async (request) => updateUser(contextOf(request, deps), request.params.id, request.body),
  );
};
