/** GET /api/notifications, POST /api/notifications/:id/read, PUT /api/users/:userId/contact, POST /api/rounds/:id/urge (催办). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, contextOf } from "../../context.ts";
import { contactBody, contactParams, notificationIdParams, notificationSchema } from "./notifications.schemas.ts";
import { listNotifications, readNotification, setContact } from "./notifications.service.ts";
import { roundIdParams, urgeBody, urgedSchema } from "../rounds/rounds.schemas.ts";
import { urgeOwingUnits } from "./reminders.service.ts";

/** The inbox routes, and 催办. */
export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    "/api/rounds/:id/urge",
    { schema: { tags: ["rounds"], params: roundIdParams, body: urgeBody, response: { 200: urgedSchema } } },
    async (request) => urgeOwingUnits(contextOf(request, deps), request.params.id, request.body.unitIds),
  );
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
