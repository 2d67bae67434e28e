import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { filtersToParams, isFiltered, parseEnterpriseFilters } from "@/lib/enterprises/filters";
import { canKeepRegistry, canSeeEnterpriseList } from "@/lib/enterprises/policy";
import { canImportEnterprises } from "@/lib/enterprises/import/policy";
import { listEnterprisesForUser, workstationOptions } from "@/lib/enterprises/queries";
import { EnterpriseFilterForm } from "@/components/enterprises/enterprise-filters";
import { EnterpriseTable } from "@/components/enterprises/enterprise-table";
import { PageTitle, Section } from "@/components/ui/section";
import { Pagination } from "@/components/ui/pagination";

export async function generateMetadata() {
  return { title: (await getTranslations("enterprise"))("listTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EnterprisesPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeEnterpriseList);
  const { page, ...filters } = parseEnterpriseFilters(await searchParams);
  const [t, list, workstations] = await Promise.all([
    getTranslations("enterprise"),
    listEnterprisesForUser(user, { page, filters }),
    workstationOptions(user),
  ]);
  return (
    <>
      <PageTitle subtitle={t("count", { count: list.total })}>{t("listTitle")}</PageTitle>
      {canKeepRegistry(user) || canImportEnterprises(user) ? (
        <div className="mb-4 flex flex-wrap gap-2">
          {canKeepRegistry(user) ? (
            <Link
              href="/enterprises/new"
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("register")}
            </Link>
          ) : null}
          {canImportEnterprises(user) ? (
            <Link
              href="/enterprises/import"
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              {t("import")}
            </Link>
          ) : null}
        </div>
      ) : null}
      <EnterpriseFilterForm filters={{ ...filters, page }} workstations={workstations} />
      <Section title={t("listCaption")} id="enterprises">
        <EnterpriseTable rows={list.rows} empty={isFiltered({ ...filters, page }) ? t("noMatch") : undefined} />
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          basePath="/enterprises"
          query={filtersToParams(filters)}
        />
      </Section>
    </>
  );
}
