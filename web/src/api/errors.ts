/** Turns an error from the API into a message in the user's language: a locale entry for the code, else the server's text. */
import { isMessageKey, type Locale, type Translate } from "../locales/i18n.tsx";
import { ApiError } from "./client.ts";

/** The message to show for any thrown value. */
export function errorMessage(error: unknown, t: Translate, locale: Locale): string {
  if (!(error instanceof ApiError)) return t("errors.unknown");
  const key = `errors.${error.code}`;
  if (isMessageKey(key)) return t(key);
  const serverText = locale === "zh-CN" ? error.messageZh : error.messageEn;
  return serverText || t("errors.unknown");
}
