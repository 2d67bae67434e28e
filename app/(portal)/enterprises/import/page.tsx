import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canImportEnterprises } from "@/lib/enterprises/import/policy";
import { PageTitle, Section } from "@/components/ui/section";
import { ImportWizard } from "./import-wizard";

export async function generateMetadata() {
  return { title: (await getTranslations("enterpriseImport"))("title") };
}

export default async function EnterpriseImportPage() {
  await requirePermission(canImportEnterprises);
  const t = await getTranslations("enterpriseImport");
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Section title={t("fileLabel")} id="import-file">
        <p className="mb-2 text-sm text-slate-600">{t("templateHint")}</p>
        {/* A download, not a page: the client router must not try to render it. */}
        <a href="/enterprises/import/template" download className="text-sm text-brand-600 hover:underline">
          {t("templateLink")}
        </a>
        <ImportWizard />
      </Section>
    </>
  );
}
