import { Link } from "@/components/ui/link";
import { Plus } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { filterQuery, hasActiveFilters, type SearchParams } from "@/lib/forms/url-filters";
import { parseAccountFilters } from "@/lib/users/filters";
import { canManageAccounts, canSeeAccounts } from "@/lib/users/policy";
import { listAccounts, type AccountRow } from "@/lib/users/queries";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { PageTitle, Section } from "@/components/ui/section";
import { AccountFilterFields } from "./filter-fields";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

type Props = { searchParams: Promise<SearchParams> };

export default async function AccountsPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeAccounts);
  const filters = parseAccountFilters(await searchParams);
  const { page, ...narrowing } = filters;
  const [t, format, list] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listAccounts(user, { page, filters: narrowing }),
  ]);
  const columns: Column<AccountRow>[] = [
    {
      key: "username",
      header: t("users.username"),
      rowHeader: true,
      cell: (a) => (
        <Link href={`/admin/accounts/${a.id}`} className="font-mono text-brand-600 hover:underline">
          {a.username}
        </Link>
      ),
    },
    { key: "name", header: t("users.name"), cell: (a) => a.name },
    { key: "role", header: t("users.role"), cell: (a) => t(`roles.${a.role}`) },
    { key: "unit", header: t("users.unit"), cell: (a) => a.unit ?? "—" },
    {
      key: "status",
      header: t("users.statusFilter"),
      cell: (a) =>
        a.active ? t("users.statusActive") : <span className="text-red-700">{t("users.statusDisabled")}</span>,
    },
    {
      key: "lastLogin",
      header: t("users.lastLogin"),
      className: "tabular-nums",
      cell: (a) =>
        a.lastLoginAt
          ? format.dateTime(a.lastLoginAt, { dateStyle: "short", timeStyle: "short" })
          : t("users.neverSignedIn"),
    },
  ];
  return (
    <>
      <PageTitle subtitle={t("users.count", { count: list.total })}>{t("users.title")}</PageTitle>
      {canManageAccounts(user) ? (
        <div className="mb-4">
          <ButtonLink href="/admin/accounts/new" icon={Plus} size="sm">
            {t("users.new")}
          </ButtonLink>
        </div>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t("users.readOnly")}</p>
      )}
      <FilterForm action="/admin/accounts" showClear={hasActiveFilters(filters)} className="mb-4">
        <AccountFilterFields q={filters.q} role={filters.role} status={filters.status} />
      </FilterForm>
      <Section title={t("users.listCaption")} id="accounts">
        <DataTable
          caption={t("users.listCaption")}
          columns={columns}
          rows={list.rows}
          rowKey={(a) => a.id}
          rowTestId={(a) => `account-${a.username}`}
          empty={hasActiveFilters(filters) ? t("users.noMatch") : t("users.none")}
          pagination={{
            page: list.page,
            pageSize: list.pageSize,
            total: list.total,
            basePath: "/admin/accounts",
            query: filterQuery(narrowing),
          }}
        />
      </Section>
    </>
  );
}
