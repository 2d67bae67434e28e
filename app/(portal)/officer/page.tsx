import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { listEnterprisesForUser } from "@/lib/enterprises/queries";
import { EnterpriseTable } from "@/components/enterprises/enterprise-table";
import { PageTitle, Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("officerTitle") };
}

export default async function OfficerHome() {
  const user = await requireRole("OFFICER");
  const [t, list] = await Promise.all([getTranslations(), listEnterprisesForUser(user, { pageSize: 50 })]);
  const openTickets = list.rows.reduce((sum, e) => sum + e._count.tickets, 0);
  return (
    <>
      <PageTitle subtitle={t("home.officerSubtitle")}>{t("home.officerTitle")}</PageTitle>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t("home.assignedEnterprises")} value={list.total} />
        <Stat label={t("home.openTickets")} value={openTickets} />
      </dl>
      <p className="mb-4">
        <Link href="/tickets" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("home.openQueue")}</Link>
      </p>
      <Section title={t("home.myEnterprises")} id="mine">
        <EnterpriseTable rows={list.rows} />
      </Section>
    </>
  );
}
