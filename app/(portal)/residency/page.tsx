import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { ResidencyKind, ResidencyStatus } from "@/lib/domain/enums";
import { canFileResidency, canSeeResidency, canSeeResidencyQueue } from "@/lib/residency/policy";
import { RESIDENCY_PAGE_SIZE, listRequests } from "@/lib/residency/queries";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { RequestTable } from "@/components/residency/request-table";

export async function generateMetadata() {
  return { title: (await getTranslations("residency"))("title") };
}

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ status?: Param; kind?: Param; green?: Param; page?: Param }> };

const STATUSES = Object.values(ResidencyStatus);
const KINDS = Object.values(ResidencyKind);
const select = "mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm";

export default async function ResidencyPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeResidency);
  const query = await searchParams;
  const police = canSeeResidencyQueue(user);
  // The police open on their queue; "all" shows every status. Unknown values show everything.
  const asked = typeof query.status === "string" ? query.status : police ? "waiting" : "";
  const status = asked === "waiting" ? "waiting" : STATUSES.find((s) => s === asked);
  const kind = KINDS.find((k) => k === query.kind);
  const green = query.green === "1";
  const page = parsePage(query.page);
  const [t, { rows, total }] = await Promise.all([
    getTranslations("residency"),
    listRequests(user, { status, kind, green, page }),
  ]);
  const statuses = STATUSES.filter((s) => (police ? s !== "DRAFT" : true));
  return (
    <>
      <PageTitle subtitle={t(police ? "queueSubtitle" : "subtitle")}>{t(police ? "queueTitle" : "title")}</PageTitle>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="status" className="block text-sm font-medium text-slate-700">
              {t("filterStatus")}
            </label>
            <select
              id="status"
              name="status"
              defaultValue={asked === "waiting" || status ? asked : "all"}
              className={select}
            >
              <option value="all">{t("allStatuses")}</option>
              {police ? <option value="waiting">{t("waiting")}</option> : null}
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="kind" className="block text-sm font-medium text-slate-700">
              {t("filterKind")}
            </label>
            <select id="kind" name="kind" defaultValue={kind ?? ""} className={select}>
              <option value="">{t("allKinds")}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 py-2 text-sm">
            <input type="checkbox" name="green" value="1" defaultChecked={green} />
            {t("greenOnly")}
          </label>
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50"
          >
            {t("apply")}
          </button>
        </form>
        {canFileResidency(user) ? (
          <div className="flex gap-2">
            <Link
              href="/residency/batch"
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {t("batch.title")}
            </Link>
            <Link
              href="/residency/new"
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("new")}
            </Link>
          </div>
        ) : null}
      </div>
      <Section title={t("listTitle", { total })} id="requests">
        {rows.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <RequestTable rows={rows} showEnterprise={police} />
        )}
        <Pagination
          page={page}
          pageSize={RESIDENCY_PAGE_SIZE}
          total={total}
          basePath="/residency"
          query={{
            status: typeof query.status === "string" ? query.status : undefined,
            kind,
            green: green ? "1" : undefined,
          }}
        />
      </Section>
    </>
  );
}
