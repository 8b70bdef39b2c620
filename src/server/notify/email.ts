/** E-mail through SMTP (nodemailer), configured per deployment and off by default. */
import type { Transporter } from "nodemailer";
import type { ReportingSettings } from "../modules/settings/settings.schemas.ts";
import type { Message } from "./message.ts";

/** Sends one message to some addresses. */
export type EmailSender = (to: string[], message: Message) => Promise<void>;

/** An SMTP sender for the deployment's e-mail settings. */
export function smtpSender(settings: ReportingSettings["email"]): EmailSender {
  // nodemailer loads on the first message, not at start-up (e-mail is off by default)
  let transport: Promise<Transporter> | undefined;
  const connect = async () =>
    (await import("nodemailer")).default.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.user ? { auth: { user: settings.user, pass: settings.password } } : {}),
      tls: { rejectUnauthorized: settings.secure },
    });
  return async (to, message) => {
    if (to.length === 0) return;
    transport ??= connect();
    await (await transport).sendMail({
      from: settings.from,
      to,
      subject: message.title,
      text: message.link ? `${message.body}\n\n${message.link}` : message.body,
    });
  };
}
