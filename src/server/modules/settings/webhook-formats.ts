/** The group-robot formats an outgoing webhook can speak. Imports nothing, so the web app takes the list from here. */
export const WEBHOOK_FORMATS = ["wecom", "dingtalk"] as const;
/** One webhook format. */
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
