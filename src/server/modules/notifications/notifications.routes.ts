/** GET /api/notifications, POST /api/notifications/:id/read, PUT /api/users/:userId/contact. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { contactBody, contactParams, notificationIdParams, notificationSchema } from "./notifications.schemas.ts";
import { listNotifications, readNotification, setContact } from "./notifications.service.ts";

/** The inbox routes. */
export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    "/api/notifications",
    { schema: { tags: ["notifications"], response: { 200: z.array(notificationSchema) } } },
    async (request) => listNotifications(contextOf(request, deps)),
  );
  app.post(
    "/api/notifications/:id/read",
    { schema: { tags: ["notifications"], params: notificationIdParams, response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (request) => readNotification(contextOf(request, deps), request.params.id),
  );
  app.put(
    "/api/users/:userId/contact",
    {
      schema: {
        tags: ["notifications"],
        params: contactParams,
        body: contactBody,
        response: { 200: z.object({ userId: z.string(), email: z.string() }) },
      },
    },
    async (request) => setContact(contextOf(request, deps), request.params.userId, request.body.email),
  );
};
