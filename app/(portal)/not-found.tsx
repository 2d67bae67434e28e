import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/ui/status-page";

// Rendered inside the portal layout, whose `<main>` already frames it.
export default async function PortalNotFound() {
  const t = await getTranslations("status");
  return (
    <StatusPage code="404" title={t("notFoundTitle")} body={t("notFoundBody")} homeLabel={t("home")} landmark={false} />
  );
}
