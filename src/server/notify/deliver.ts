/** Delivers a message to people: always to their in-app inbox, by e-mail and webhook when the deployment turns them on. */
import type { Clock } from "../clock.ts";
import type { Db } from "../db/client.ts";
import type { Recipient } from "../modules/notifications/notifications.repository.ts";
import { deliverInApp } from "../modules/notifications/notifications.service.ts";
import type { ReportingSettings } from "../modules/settings/settings.schemas.ts";
import { type EmailSender, smtpSender } from "./email.ts";
import type { Message } from "./message.ts";
import { robotSender, type WebhookSender } from "./webhook.ts";

/** The outside channels; tests may pass their own, otherwise they follow the settings. */
export interface Channels {
  email: EmailSender | null;
  webhook: WebhookSender | null;
}

/** The channels the settings turn on (SMTP and webhook are off by default). */
export function channelsFromSettings(settings: ReportingSettings): Channels {
  return {
    email: settings.email.enabled ? smtpSender(settings.email) : null,
    webhook: settings.webhook.enabled && settings.webhook.url ? robotSender(settings.webhook.url, settings.webhook.format) : null,
  };
}

/** What a delivery needs. */
export interface DeliveryContext {
  db: Db;
  clock: Clock;
  channels: Channels;
  /** where channel failures are reported; a failed e-mail never undoes the inbox entry */
  onError?: (error: unknown, channel: "email" | "webhook") => void;
}

/** Puts the message in each recipient's inbox, e-mails those with an address, and posts it once to the webhook. */
export async function deliver(ctx: DeliveryContext, kind: string, to: Recipient[], message: Message): Promise<void> {
  await deliverInApp(ctx, kind, to, message);
  const addresses = to.flatMap((r) => (r.email ? [r.email] : []));
  const sends: [Promise<void> | null, "email" | "webhook"][] = [
    [ctx.channels.email && addresses.length ? ctx.channels.email(addresses, message) : null, "email"],
    [ctx.channels.webhook ? ctx.channels.webhook(message) : null, "webhook"],
  ];
  await Promise.all(
    sends.map(async ([send, channel]) => {
      try {
        await send;
      } catch (error) {
        ctx.onError?.(error, channel);
      }
    }),
  );
}
