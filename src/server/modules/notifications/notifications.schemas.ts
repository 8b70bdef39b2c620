/** Zod schemas of the notification routes. */
import { z } from "zod";

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});

export const notificationIdParams = z.object({ id: z.uuid() });
export const contactParams = z.object({ userId: z.uuid() });
export const contactBody = z.object({ email: z.email() });
