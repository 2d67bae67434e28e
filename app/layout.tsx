import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Toaster } from "@/components/ui/toaster";
import { THEME_COLOR } from "@/lib/navigation/web-app";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOR };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("shell")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ClientMessages>{children}</ClientMessages>
        <Toaster regionLabel={t("toasts")} closeLabel={t("closeToast")} />
      </body>
    </html>
  );
}
