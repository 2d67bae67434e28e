import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { HazardStatus } from "@/lib/domain/enums";
import { canListHazards, canSeeHazards } from "@/lib/hazards/policy";
import { HAZARD_PAGE_SIZE, listHazards } from "@/lib/hazards/queries";
import { clock } from "@/lib/time/clock";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { HazardTable } from "@/components/hazards/hazard-table";

export async function generateMetadata() {
  return { title: (await getTranslations("hazards"))("title") };
}

type Props = {
  searchParams: Promise<{ status?: string | string[]; enterprise?: string | string[]; page?: string | string[] }>;
};

const STATUSES = Object.values(HazardStatus);

export default async function HazardsPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeHazards);
  const query = await searchParams;
  // An unknown status in the URL shows everything rather than an error page.
  const status = STATUSES.find((s) => s === query.status);
  const page = parsePage(query.page);
  // An enterprise out of scope simply matches nothing: the scope applies before this filter.
  const enterpriseId =
    typeof query.enterprise === "string" && query.enterprise.length <= 64 ? query.enterprise : undefined;
  const now = clock.now();
  const [t, { rows, total }] = await Promise.all([
    getTranslations("hazards"),
    listHazards(user, { status, enterpriseId, page, now }),
  ]);
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="status" className="block text-sm font-medium text-slate-700">
              {t("filter")}
            </label>
            <select
              id="status"
              name="status"
              defaultValue={status ?? ""}
              className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
            >
              <option value="">{t("allStatuses")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {enterpriseId ? <input type="hidden" name="enterprise" value={enterpriseId} /> : null}
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50"
          >
            {t("apply")}
          </button>
        </form>
        {canListHazards(user) ? (
          <Link
            href="/hazards/new"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      <Section title={t("title")} id="hazards">
        {rows.length === 0 ? <EmptyState>{t("none")}</EmptyState> : <HazardTable rows={rows} now={now} />}
        <Pagination
          page={page}
          pageSize={HAZARD_PAGE_SIZE}
          total={total}
          basePath="/hazards"
          query={{ status, enterprise: enterpriseId }}
        />
      </Section>
    </>
  );
}
