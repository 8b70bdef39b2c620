/** Boots the web app: data cache, language, Ant Design theme and locale, and the router. */
import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import type { Locale as AntdLocale } from "antd/es/locale/index.js";
import enUSImport from "antd/es/locale/en_US.js";
import zhCNImport from "antd/es/locale/zh_CN.js";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn.js";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { esModuleDefault } from "./interop.ts";
import { I18nProvider, useI18n } from "./locales/i18n.tsx";
import { queryClient } from "./query-client.ts";
import { router } from "./router.tsx";
import "./styles.css";

const zhCNAntd = esModuleDefault<AntdLocale>(zhCNImport);
const enUSAntd = esModuleDefault<AntdLocale>(enUSImport);


function ThemedApp() {
  const { locale } = useI18n();
  dayjs.locale(locale === "zh-CN" ? "zh-cn" : "en");
  return (
    <ConfigProvider
      locale={locale === "zh-CN" ? zhCNAntd : enUSAntd}
      theme={{ token: { colorPrimary: "#b4232a", borderRadius: 6 } }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <ThemedApp />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
