import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canEditSla } from "@/lib/sla/policy";
import { getSlaTable } from "@/lib/sla/queries";
import { PageTitle } from "@/components/ui/section";
import { SlaForm } from "./sla-form";

export async function generateMetadata() {
  return { title: (await getTranslations("sla"))("title") };
}

export default async function SlaSettingsPage() {
  const user = await requirePermission(canEditSla);
  const [t, cells] = await Promise.all([getTranslations("sla"), getSlaTable(user)]);
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <div className="mb-4 space-y-1 text-sm text-slate-600">
        <p>{t("clock")}</p>
        <p>{t("limits")}</p>
        {cells.some((c) => c.isDefault) ? <p>{t("defaultLegend")}</p> : null}
      </div>
      <SlaForm cells={cells} />
    </>
  );
}
