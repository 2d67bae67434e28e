import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canAssign } from "@/lib/assignments/policy";
import { assignableOfficers, assignmentCoverage, officersWithEnterprises } from "@/lib/assignments/queries";
import { TicketActionForm } from "@/components/tickets/action-form";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { localized } from "@/components/ui/localized";
import { handOverEnterprises } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("assignments"))("title") };
}

export default async function AssignmentsPage() {
  const user = await requirePermission(canAssign);
  const [t, locale, coverage, holders, officers] = await Promise.all([
    getTranslations("assignments"),
    getLocale(),
    assignmentCoverage(user),
    officersWithEnterprises(user),
    assignableOfficers(user),
  ]);
  if (!coverage) return null;
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(coverage.share);
  const name = (p: { name: string; nameEn: string }) => localized(locale, p.name, p.nameEn);
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Stat
          label={t("coverage")}
          value={pct}
          hint={t("coveredOf", { covered: coverage.covered, total: coverage.total })}
          testId="coverage"
        />
        <Stat
          label={t("uncoveredCount")}
          value={coverage.uncoveredCount}
          tone={coverage.uncoveredCount ? "warn" : "default"}
        />
      </dl>
      <div className="grid gap-4 md:grid-cols-2">
        <Section title={t("uncoveredTitle")} id="uncovered">
          {coverage.uncovered.length === 0 ? (
            <EmptyState>{t("allCovered")}</EmptyState>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="uncovered">
              {coverage.uncovered.map((e) => (
                <li key={e.id}>
                  <Link href={`/enterprises/${e.id}`} className="text-brand-600 underline">
                    {name(e)}
                  </Link>
                  <span className="text-slate-500"> · {name(e.workstation)}</span>
                </li>
              ))}
            </ul>
          )}
          {coverage.uncoveredCount > coverage.uncovered.length ? (
            <p className="mt-2 text-xs text-slate-500">
              {t("uncoveredMore", { shown: coverage.uncovered.length, total: coverage.uncoveredCount })}
            </p>
          ) : null}
        </Section>
        <Section title={t("handOverTitle")} id="hand-over">
          <p className="mb-3 text-sm text-slate-600">{t("handOverHelp")}</p>
          <TicketActionForm
            action={handOverEnterprises}
            hidden={{}}
            fields={[
              {
                name: "fromOfficerId",
                label: t("fromOfficer"),
                kind: "select",
                required: true,
                options: holders.map((o) => ({
                  value: o.id,
                  label: `${name(o)} (${t("enterpriseCount", { count: o._count.responsibleFor })})${o.active ? "" : ` · ${t("inactive")}`}`,
                })),
              },
              {
                name: "toOfficerId",
                label: t("toOfficer"),
                kind: "select",
                required: true,
                options: officers.map((o) => ({ value: o.id, label: name(o) })),
              },
              { name: "reason", label: t("reason"), kind: "textarea", required: true, maxLength: 500 },
            ]}
            submitLabel={t("handOver")}
            tone="danger"
            confirm={false}
            testId="hand-over"
          />
        </Section>
      </div>
    </>
  );
}
