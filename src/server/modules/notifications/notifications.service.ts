/** Use cases of the in-app inbox: read it, mark a message read, set one's e-mail; and in-app delivery for other features. */
import type { ServiceContext } from "../../context.ts";
import { defineError } from "../../errors.ts";
import type { Message } from "../../notify/message.ts";
import { assertMaySetContact } from "./notifications.policy.ts";
import { inboxOf, insertNotifications, markRead, type Recipient, setEmail } from "./notifications.repository.ts";

const notificationNotFound = defineError("notifications.not_found", 404, "找不到该消息", "Notification not found");

/** Puts a message in the recipients' inboxes (no e-mail, no webhook). */
export async function deliverInApp(ctx: Pick<ServiceContext, "db" | "clock">, kind: string, to: Recipient[], message: Message) {
  const createdAt = ctx.clock.now();
  await insertNotifications(
    ctx.db,
    to.map((r) => ({ userId: r.userId, kind, title: message.title, body: message.body, link: message.link ?? null, createdAt })),
  );
}

/** The actor's inbox, newest first. */
export async function listNotifications(ctx: ServiceContext) {
  const rows = await inboxOf(ctx.db, ctx.actor.id, 200);
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    read: n.readAt != null,
    createdAt: n.createdAt.toISOString(),
  }));
}

/** Marks one of the actor's messages read; someone else's is "not found". */
export async function readNotification(ctx: ServiceContext, id: string) {
  if (!(await markRead(ctx.db, ctx.actor.id, id, ctx.clock.now()))) throw notificationNotFound({ id });
  return { ok: true as const };
}

/** Sets the e-mail address reminders go to: one's own, or anyone's for an admin. */
export async function setContact(ctx: ServiceContext, userId: string, email: string) {
  assertMaySetContact(ctx.actor, userId);
  await setEmail(ctx.db, userId, email);
  return { userId, email };
}
