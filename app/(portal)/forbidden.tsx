import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/ui/status-page";

// Rendered inside the portal layout, whose `<main>` already frames it.
export default async function PortalForbidden() {
  const t = await getTranslations("status");
  return (
    <StatusPage
      code="403"
      title={t("forbiddenTitle")}
      body={t("forbiddenBody")}
      homeLabel={t("home")}
      landmark={false}
    />
  );
}
