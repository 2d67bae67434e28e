import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { DisputeKind, DisputeStatus } from "@/lib/domain/enums";
import { canSeeDisputes } from "@/lib/disputes/policy";
import { DISPUTE_PAGE_SIZE, disputeFiguresForChief, listDisputes, openRiskDisputes } from "@/lib/disputes/queries";
import { chinaDate } from "@/lib/time/china";
import { DisputeTable } from "@/components/disputes/dispute-table";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { Stat } from "@/components/ui/stat";

export async function generateMetadata() {
  return { title: (await getTranslations("disputes"))("title") };
}

type Param = string | string[] | undefined;
type Props = {
  searchParams: Promise<{ status?: Param; kind?: Param; risk?: Param; enterpriseId?: Param; page?: Param }>;
};

const STATUSES = Object.values(DisputeStatus);
const KINDS = Object.values(DisputeKind);
const one = (value: Param) => (Array.isArray(value) ? value[0] : value);

/** The chief's bureau-wide figures and the open risk-flagged disputes to watch. */
async function ChiefFigures({ user }: { user: SessionUser }) {
  const now = new Date();
  const [t, figures, atRisk] = await Promise.all([
    getTranslations("disputes"),
    disputeFiguresForChief(user, now),
    openRiskDisputes(user),
  ]);
  if (!figures) return null;
  const year = chinaDate(now).slice(0, 4);
  const closed = figures.resolved + figures.unresolved;
  return (
    <div className="mb-6 space-y-4">
      <dl aria-label={t("figures.title")} className="grid gap-3 sm:grid-cols-3">
        <Stat label={t("figures.open")} value={figures.open} testId="disputes-open" />
        <Stat
          label={t("figures.openAtRisk")}
          value={figures.openAtRisk}
          tone={figures.openAtRisk > 0 ? "warn" : "default"}
          testId="disputes-at-risk"
        />
        <Stat
          label={t("figures.resolutionRate", { year })}
          value={figures.resolutionRate === null ? "—" : `${Math.round(figures.resolutionRate * 100)}%`}
          hint={closed === 0 ? t("figures.rateNone") : t("figures.rateHint", { closed, resolved: figures.resolved })}
          testId="disputes-rate"
        />
      </dl>
      <Section title={t("figures.atRiskTitle")} id="at-risk">
        {atRisk.length === 0 ? (
          <EmptyState>{t("figures.atRiskNone")}</EmptyState>
        ) : (
          <DisputeTable rows={atRisk} caption={t("figures.atRiskTitle")} />
        )}
      </Section>
    </div>
  );
}

export default async function DisputesPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeDisputes);
  const query = await searchParams;
  // Unknown values in the URL show everything rather than an error page.
  const status = STATUSES.find((s) => s === one(query.status));
  const kind = KINDS.find((k) => k === one(query.kind));
  const risk = one(query.risk) === "1";
  // Only narrows the user's own scope, so any id here is harmless.
  const enterpriseId = one(query.enterpriseId)?.slice(0, 64) || undefined;
  const page = parsePage(query.page);
  const [t, { rows, total }] = await Promise.all([
    getTranslations("disputes"),
    listDisputes(user, { status, kind, risk, enterpriseId, page }),
  ]);
  const filtered = Boolean(status || kind || risk || enterpriseId);
  const select = "mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm";
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <ChiefFigures user={user} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-3">
          {enterpriseId ? <input type="hidden" name="enterpriseId" value={enterpriseId} /> : null}
          <div>
            <label htmlFor="status" className="block text-sm font-medium text-slate-700">
              {t("filterStatus")}
            </label>
            <select id="status" name="status" defaultValue={status ?? ""} className={select}>
              <option value="">{t("allStatuses")}</option>
              {STATUSES.map((s) => (
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
            <input type="checkbox" name="risk" value="1" defaultChecked={risk} />
            {t("riskOnly")}
          </label>
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50"
          >
            {t("apply")}
          </button>
          {filtered ? (
            <Link href="/disputes" className="py-2 text-sm text-brand-600 hover:underline">
              {t("clear")}
            </Link>
          ) : null}
        </form>
        <Link
          href={enterpriseId ? `/disputes/new?enterpriseId=${encodeURIComponent(enterpriseId)}` : "/disputes/new"}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("new")}
        </Link>
      </div>
      {enterpriseId ? <p className="mb-2 text-sm text-slate-600">{t("enterpriseFilter")}</p> : null}
      <Section title={t("title")} id="disputes">
        {rows.length === 0 ? (
          <EmptyState>{filtered ? t("noneFiltered") : t("none")}</EmptyState>
        ) : (
          <DisputeTable rows={rows} caption={t("caption")} />
        )}
        <Pagination
          page={page}
          pageSize={DISPUTE_PAGE_SIZE}
          total={total}
          basePath="/disputes"
          query={{ status, kind, risk: risk ? "1" : undefined, enterpriseId }}
        />
      </Section>
    </>
  );
}
