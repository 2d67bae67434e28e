import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { APP_ICON_SIZES, BACKGROUND_COLOR, THEME_COLOR } from "@/lib/navigation/web-app";

// Installable on a phone's home screen. It opens at "/", which sends each user to their role's home
// (or to sign-in). Named in the language the browser asked for.
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("app");
  return {
    name: t("name"),
    short_name: t("shortName"),
    description: t("tagline"),
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: APP_ICON_SIZES.map((size) => ({
      src: `/icon/${size}`,
      sizes: `${size}x${size}`,
      type: "image/png",
      purpose: "any",
    })),
  };
}
