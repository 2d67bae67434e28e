import { Plus, Upload } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { filtersToParams, isFiltered, parseEnterpriseFilters } from "@/lib/enterprises/filters";
import { canKeepRegistry, canSeeEnterpriseList } from "@/lib/enterprises/policy";
import { canImportEnterprises } from "@/lib/enterprises/import/policy";
import { listEnterprisesForUser, workstationOptions } from "@/lib/enterprises/queries";
import type { SearchParams } from "@/lib/forms/url-filters";
import { EnterpriseFilterForm } from "@/components/enterprises/enterprise-filters";
import { EnterpriseTable } from "@/components/enterprises/enterprise-table";
import { ButtonLink } from "@/components/ui/button";
import { PageTitle, Section } from "@/components/ui/section";

export async function generateMetadata() {
  return { title: (await getTranslations("enterprise"))("listTitle") };
}

type Props = { searchParams: Promise<SearchParams> };

export default async function EnterprisesPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeEnterpriseList);
  const filters = parseEnterpriseFilters(await searchParams);
  const { page, ...narrowing } = filters;
  const [t, list, workstations] = await Promise.all([
    getTranslations("enterprise"),
    listEnterprisesForUser(user, { page, filters: narrowing }),
    workstationOptions(user),
  ]);
  return (
    <>
      <PageTitle subtitle={t("count", { count: list.total })}>{t("listTitle")}</PageTitle>
      {canKeepRegistry(user) || canImportEnterprises(user) ? (
        <div className="mb-4 flex flex-wrap gap-2">
          {canKeepRegistry(user) ? (
            <ButtonLink href="/enterprises/new" icon={Plus} size="sm">
              {t("register")}
            </ButtonLink>
          ) : null}
          {canImportEnterprises(user) ? (
            <ButtonLink href="/enterprises/import" icon={Upload} variant="secondary" size="sm">
              {t("import")}
            </ButtonLink>
          ) : null}
        </div>
      ) : null}
      <EnterpriseFilterForm filters={filters} workstations={workstations} />
      <Section title={t("listCaption")} id="enterprises">
        <EnterpriseTable
          rows={list.rows}
          empty={isFiltered(filters) ? t("noMatch") : undefined}
          pagination={{
            page: list.page,
            pageSize: list.pageSize,
            total: list.total,
            basePath: "/enterprises",
            query: filtersToParams(narrowing),
          }}
        />
      </Section>
    </>
  );
}
