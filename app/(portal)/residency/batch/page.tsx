import { getFormatter, getTranslations } from "next-intl/server";
import { NAME_LIST } from "@/lib/i18n/list-style";
import { requirePermission } from "@/lib/auth/current-user";
import { canFileResidency } from "@/lib/residency/policy";
import { BATCH_HEADERS, BATCH_FIELDS } from "@/lib/residency/batch";
import { PageTitle } from "@/components/ui/section";
import { BatchForm } from "@/components/residency/batch-form";
import { createBatch, previewBatch } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("residency"))("batch.title") };
}

export default async function ResidencyBatchPage() {
  await requirePermission(canFileResidency);
  const [t, format] = await Promise.all([getTranslations("residency"), getFormatter()]);
  const columns = format.list(
    BATCH_FIELDS.map((f) => BATCH_HEADERS[f][0] ?? f),
    NAME_LIST,
  );
  return (
    <>
      <PageTitle subtitle={t("batch.subtitle")}>{t("batch.title")}</PageTitle>
      <div className="mb-4 max-w-3xl space-y-1 text-sm text-slate-600">
        <p>{t("batch.columns", { columns })}</p>
        <p>{t("batch.values")}</p>
        <p>{t("batch.dedupe")}</p>
      </div>
      <BatchForm preview={previewBatch} create={createBatch} />
    </>
  );
}
