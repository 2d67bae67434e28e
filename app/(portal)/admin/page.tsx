import { Link } from "@/components/ui/link";
import { Building2, Clock, ScrollText, UserPlus, Users } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { adminFigures } from "@/lib/dashboard/county-figures";
import { canUseAdminDesk } from "@/lib/dashboard/policy";
import { canSeeJobs } from "@/lib/jobs/policy";
import { canManageAccounts } from "@/lib/users/policy";
import { listBlockedAccounts, type BlockedAccount } from "@/lib/users/queries";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { PageTitle, Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { UnlockButton } from "./accounts/access-panel";
import { AccountFilterFields } from "./accounts/filter-fields";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("adminTitle") };
}

/** The administrator's hub: accounts (search, blocked sign-ins), the organisation and the audit trail. */
export default async function AdminHome() {
  const user = await requirePermission(canUseAdminDesk);
  const [t, format, f, blocked] = await Promise.all([
    getTranslations(),
    getFormatter(),
    adminFigures(user),
    canManageAccounts(user) ? listBlockedAccounts(user) : Promise.resolve([]),
  ]);
  const blockedColumns: Column<BlockedAccount>[] = [
    {
      key: "username",
      header: t("users.username"),
      rowHeader: true,
      cell: (b) => (
        <Link href={`/admin/accounts/${b.userId}`} className="font-mono text-brand-600 hover:underline">
          {b.username}
        </Link>
      ),
    },
    { key: "name", header: t("users.name"), cell: (b) => b.name },
    { key: "address", header: t("users.blockedAddress"), className: "font-mono text-xs", cell: (b) => b.address },
    {
      key: "until",
      header: t("users.blockedUntil"),
      className: "tabular-nums",
      cell: (b) => format.dateTime(b.blockedUntil, { dateStyle: "short", timeStyle: "short" }),
    },
    { key: "unlock", header: t("users.unlock"), cell: (b) => <UnlockButton userId={b.userId} /> },
  ];
  return (
    <>
      <PageTitle subtitle={t("home.adminSubtitle")}>{t("home.adminTitle")}</PageTitle>
      <nav aria-label={t("home.adminTitle")} className="mb-6 flex flex-wrap gap-2">
        <ButtonLink href="/admin/accounts" icon={Users} variant="secondary" size="sm">
          {t("users.hubAccounts")}
        </ButtonLink>
        {canManageAccounts(user) ? (
          <ButtonLink href="/admin/accounts/new" icon={UserPlus} variant="secondary" size="sm">
            {t("users.new")}
          </ButtonLink>
        ) : null}
        <ButtonLink href="/admin/organisation" icon={Building2} variant="secondary" size="sm">
          {t("users.hubOrganisation")}
        </ButtonLink>
        <ButtonLink href="/audit" icon={ScrollText} variant="secondary" size="sm">
          {t("users.hubAudit")}
        </ButtonLink>
        {canSeeJobs(user) ? (
          <ButtonLink href="/admin/jobs" icon={Clock} variant="secondary" size="sm">
            {t("jobs.hub")}
          </ButtonLink>
        ) : null}
      </nav>
      <div className="space-y-4">
        <Section title={t("users.hubSearch")} id="find-account">
          <FilterForm action="/admin/accounts" applyLabel={t("users.search")} label={t("users.hubSearch")}>
            <AccountFilterFields />
          </FilterForm>
        </Section>
        {canManageAccounts(user) ? (
          <Section title={t("users.blockedTitle")} id="blocked">
            <DataTable
              caption={t("users.blockedCaption")}
              columns={blockedColumns}
              rows={blocked}
              rowKey={(b) => `${b.userId}/${b.address}`}
              rowTestId={(b) => `blocked-${b.username}`}
              empty={t("users.blockedNone")}
            />
          </Section>
        ) : null}
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={t("home.stations")} value={f.stations} />
          <Stat label={t("home.workstations")} value={f.workstations} />
          <Stat label={t("home.enterprises")} value={f.enterprises} />
          {f.usersByRole.map(({ role, count }) => (
            <Stat key={role} label={t("home.usersOfRole", { role: t(`roles.${role}`) })} value={count} />
          ))}
        </dl>
      </div>
    </>
  );
}
