/** The app's language: zh-CN by default, English on request, remembered in localStorage; `t(key, vars)` looks up dotted keys. */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { enUS } from "./en-US.ts";
import { type MessageKey, zhCN } from "./zh-CN.ts";

export type { MessageKey };

export const LOCALES = ["zh-CN", "en-US"] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = "luoshi.locale";
const catalogs: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, "en-US": enUS };

/** Replaces `{name}` placeholders with the given values. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(?<name>\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** True when the key exists in the catalogs (used for keys built from server codes). */
export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  return stored === "en-US" ? "en-US" : "zh-CN";
}

/** Provides the locale and `t` to the tree. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalog = catalogs[locale];
    return { locale, setLocale, t: (key, vars) => format(catalog[key] ?? key, vars) };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, its setter and `t`. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
