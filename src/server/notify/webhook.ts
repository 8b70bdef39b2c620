/** Outgoing webhooks in the group-robot JSON formats of 企业微信 (WeCom) and 钉钉 (DingTalk). */
import type { Message } from "./message.ts";

/** The JSON body a group robot expects for a text message. */
export function robotPayload(format: "wecom" | "dingtalk", message: Message): Record<string, unknown> {
  const content = `【${message.title}】\n${message.body}`;
  if (format === "dingtalk") return { msgtype: "text", text: { content }, at: { atMobiles: [], isAtAll: false } };
  return { msgtype: "text", text: { content } };
}

/** Posts one message to a robot's URL. */
export type WebhookSender = (message: Message) => Promise<void>;

/** A sender that posts the robot's JSON to the deployment's webhook URL; a non-2xx answer is an error. */
export function robotSender(url: string, format: "wecom" | "dingtalk"): WebhookSender {
  return async (message) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(robotPayload(format, message)),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  };
}
