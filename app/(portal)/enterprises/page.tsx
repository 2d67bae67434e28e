import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { listEnterprisesForUser } from "@/lib/enterprises/queries";
import { EnterpriseTable } from "@/components/enterprises/enterprise-table";
import { PageTitle, Section } from "@/components/ui/section";
import { Pagination, parsePage } from "@/components/ui/pagination";

export async function generateMetadata() {
  return { title: (await getTranslations("enterprise"))("listTitle") };
}

export default async function EnterprisesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireRole("OFFICER", "CHIEF", "ADMIN");
  const page = parsePage((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("enterprise"), listEnterprisesForUser(user, { page })]);
  return (
    <>
      <PageTitle subtitle={t("count", { count: list.total })}>{t("listTitle")}</PageTitle>
      <Section title={t("listCaption")} id="enterprises">
        <EnterpriseTable rows={list.rows} />
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/enterprises" />
      </Section>
    </>
  );
}
