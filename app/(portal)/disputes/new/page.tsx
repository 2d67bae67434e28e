import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { DisputeKind } from "@/lib/domain/enums";
import { canMediateDisputes } from "@/lib/disputes/policy";
import { enterpriseOptionsForUser } from "@/lib/enterprises/queries";
import { PageTitle } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { RecordDisputeForm } from "./record-dispute-form";

export async function generateMetadata() {
  return { title: (await getTranslations("disputes"))("new") };
}

type Props = { searchParams: Promise<{ enterpriseId?: string | string[] }> };

export default async function NewDisputePage({ searchParams }: Props) {
  const user = await requirePermission(canMediateDisputes);
  const requested = (await searchParams).enterpriseId;
  const [t, locale, enterprises] = await Promise.all([
    getTranslations("disputes"),
    getLocale(),
    enterpriseOptionsForUser(user),
  ]);
  // Only an enterprise in the user's scope is preselected; any other id is ignored, not revealed.
  const preselected = typeof requested === "string" && enterprises.some((e) => e.id === requested) ? requested : "";
  return (
    <>
      <PageTitle subtitle={t("newSubtitle")}>{t("new")}</PageTitle>
      <RecordDisputeForm
        enterprises={enterprises.map((e) => ({ value: e.id, label: localized(locale, e.name, e.nameEn) }))}
        kinds={Object.values(DisputeKind).map((value) => ({ value, label: t(`kinds.${value}`) }))}
        preselected={preselected}
      />
    </>
  );
}
