import { Link } from "@/components/ui/link";
import { Inbox } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NAME_LIST } from "@/lib/i18n/list-style";
import { requirePermission } from "@/lib/auth/current-user";
import { canUseOfficerDesk } from "@/lib/dashboard/policy";
import { officerDesk } from "@/lib/dashboard/desks";
import { queueSummary } from "@/lib/dashboard/queue-summary";
import { listEnterprisesForUser } from "@/lib/enterprises/queries";
import { listHazards } from "@/lib/hazards/queries";
import { DUE_SOON_DAYS } from "@/lib/visits/cadence";
import { cadenceListForOfficer } from "@/lib/visits/queries";
import { clock } from "@/lib/time/clock";
import { EnterpriseTable } from "@/components/enterprises/enterprise-table";
import { HazardTable } from "@/components/hazards/hazard-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { localized } from "@/components/ui/localized";
import { ViewAllLink } from "@/components/ui/view-all-link";

/** How many enterprises (due a visit, or of the officer's) and hazards to verify the desk shows before linking on. */
const SHORT_LIST = 8;

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("officerTitle") };
}

export default async function OfficerHome() {
  const user = await requirePermission(canUseOfficerDesk);
  const now = clock.now();
  const [t, locale, queue, cadence, verify, list, desk] = await Promise.all([
    getTranslations(),
    getLocale(),
    queueSummary(user, now),
    cadenceListForOfficer(user, now),
    listHazards(user, { status: "PENDING_VERIFICATION", pageSize: SHORT_LIST, now }),
    listEnterprisesForUser(user, { pageSize: SHORT_LIST }),
    officerDesk(user),
  ]);
  const format = await getFormatter();
  const due = cadence.filter((c) => c.status !== "ok");
  return (
    <>
      <PageTitle subtitle={t("home.officerSubtitle")}>{t("home.officerTitle")}</PageTitle>
      <section aria-labelledby="queue-title" className="mb-6">
        <h2 id="queue-title" className="mb-2 text-base font-semibold text-slate-900">
          {t("home.queue")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={t("home.newTickets")} value={queue.fresh} testId="queue-new" />
          <Stat
            label={t("home.overdueNow")}
            value={queue.overdue}
            tone={queue.overdue ? "warn" : "default"}
            testId="queue-overdue"
          />
          <Stat label={t("home.dueToday")} value={queue.dueToday} testId="queue-due-today" />
          <Stat label={t("home.assignedEnterprises")} value={list.total} />
        </dl>
        <p className="mt-3 flex flex-wrap gap-3 text-sm">
          <ButtonLink href="/tickets" icon={Inbox}>
            {t("home.openQueue")}
          </ButtonLink>
          <Link href="/tickets?status=SUBMITTED" className="py-2 text-brand-600 underline">
            {t("home.newTickets")}
          </Link>
          <Link href="/tickets?overdue=1" className="py-2 text-brand-600 underline">
            {t("home.overdueNow")}
          </Link>
        </p>
      </section>

      <div className="mb-6 grid gap-4 lg:grid-cols-2">
        <Section title={t("home.tonightPatrol")} id="tonight">
          {desk.tonight.length ? (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="tonight-patrol">
              {desk.tonight.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <Link href={`/patrols/shifts/${s.id}`} className="font-medium text-brand-600 hover:underline">
                      {s.team.name}
                    </Link>
                    {s.team.routeName ? <span className="text-slate-600"> · {s.team.routeName}</span> : null}
                    <span className="block text-xs text-slate-600">
                      {t("home.onDutyEnterprises", {
                        names: format.list(
                          s.enterprises.map((e) => localized(locale, e.name, e.nameEn)),
                          NAME_LIST,
                        ),
                      })}
                    </span>
                  </span>
                  {s.logged ? (
                    <span className="text-xs text-slate-600">{t("home.tonightLogged")}</span>
                  ) : (
                    <ButtonLink href={`/patrols/shifts/${s.id}`} variant="secondary" size="sm">
                      {t("home.tonightLog")}
                    </ButtonLink>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("home.tonightNone")}</EmptyState>
          )}
        </Section>
        <Section title={t("home.residencyReviews")} id="residency-reviews">
          <dl className="grid grid-cols-2 gap-3">
            <Stat
              label={t("home.waitingRequests")}
              value={desk.reviewsWaiting}
              hint={t("home.residencyReviewsHint")}
              tone={desk.reviewsWaiting ? "warn" : "default"}
              testId="residency-waiting"
            />
          </dl>
          <Link href="/residency" className="mt-3 inline-block text-sm text-brand-600 underline">
            {t("home.openReviewQueue")}
          </Link>
        </Section>
        <Section title={t("home.visitsDue")} id="visits-due">
          <p className="mb-2 text-xs text-slate-600">{t("home.visitsDueHint", { days: DUE_SOON_DAYS })}</p>
          {due.length ? (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="visits-due">
              {due.slice(0, SHORT_LIST).map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <Link href={`/enterprises/${c.id}`} className="font-medium text-brand-600 hover:underline">
                      {localized(locale, c.name, c.nameEn)}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {c.status === "overdue"
                        ? t("home.cadence.overdue", { days: c.daysOverdue })
                        : t(`home.cadence.${c.status}`)}
                      {c.dueOn ? ` · ${t("home.dueOn")} ${c.dueOn}` : ""}
                    </span>
                  </span>
                  <ButtonLink href={`/visits/new?enterprise=${c.id}`} variant="secondary" size="sm">
                    {t("home.logVisit")}
                  </ButtonLink>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("home.visitsNone")}</EmptyState>
          )}
          <ViewAllLink href="/visits" shown={Math.min(due.length, SHORT_LIST)} total={due.length}>
            {t("home.viewAll")}
          </ViewAllLink>
        </Section>
        <Section title={t("home.awaitingVerification")} id="verify">
          {verify.rows.length ? (
            <HazardTable rows={verify.rows} now={now} />
          ) : (
            <EmptyState>{t("home.verifyNone")}</EmptyState>
          )}
          <ViewAllLink href="/hazards?status=PENDING_VERIFICATION" shown={verify.rows.length} total={verify.total}>
            {t("home.viewAll")}
          </ViewAllLink>
        </Section>
      </div>

      <Section title={t("home.myEnterprises")} id="mine">
        <EnterpriseTable rows={list.rows} />
        <ViewAllLink href="/enterprises" shown={list.rows.length} total={list.total}>
          {t("home.viewAll")}
        </ViewAllLink>
      </Section>
    </>
  );
}
