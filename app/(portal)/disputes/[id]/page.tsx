import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { pageHistory } from "@/lib/audit/queries";
import type { SearchParams } from "@/lib/forms/url-filters";
import { canSeeDisputes } from "@/lib/disputes/policy";
import { parseOutcome } from "@/lib/disputes/outcome";
import { getDisputeForUser } from "@/lib/disputes/queries";
import { chinaDateTime } from "@/lib/time/china";
import { RecordHistory } from "@/components/history/record-history";
import { RiskBadge } from "@/components/disputes/dispute-table";
import { localized } from "@/components/ui/localized";
import { EmptyState, Section } from "@/components/ui/section";
import { DisputeActions } from "./dispute-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** China date and time, minutes precision. */

export async function generateMetadata({ params }: Props) {
  const dispute = await getDisputeForUser(await requirePermission(canSeeDisputes), (await params).id);
  return { title: dispute?.parties.slice(0, 40) };
}

export default async function DisputePage({ params, searchParams }: Props) {
  // Liaisons and admins see no disputes; the query's scope answers "not found" for every out-of-scope id.
  const user = await requirePermission(canSeeDisputes);
  const dispute = await getDisputeForUser(user, (await params).id);
  if (!dispute) notFound();
  const history = await pageHistory(user, "Dispute", dispute.id, await searchParams, `/disputes/${dispute.id}`);
  const [t, locale] = await Promise.all([getTranslations("disputes"), getLocale()]);
  const name = (p: { name: string; nameEn: string | null } | null) => (p ? localized(locale, p.name, p.nameEn) : "—");
  const outcome = dispute.outcome ? parseOutcome(dispute.outcome) : null;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold text-brand-900">{dispute.parties}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <span className="rounded bg-slate-100 px-1.5">{t(`statuses.${dispute.status}`)}</span>
            <span>{t(`kinds.${dispute.kind}`)}</span>
            {dispute.escalationRisk ? <RiskBadge label={t("risk")} /> : null}
          </div>
        </div>
        <Section title={t("description")} id="description">
          <p className="whitespace-pre-wrap text-sm">{dispute.description}</p>
        </Section>
        {outcome ? (
          <Section title={t("outcome")} id="outcome">
            {outcome.referredTo ? (
              <p className="mb-1 text-sm font-medium">
                {t("referredToLine", { where: t(`referrals.${outcome.referredTo}`) })}
              </p>
            ) : null}
            <p className="whitespace-pre-wrap text-sm">{outcome.text}</p>
          </Section>
        ) : null}
        <Section title={t("sessions")} id="sessions">
          {dispute.sessions.length === 0 ? (
            <EmptyState>{t("noSessions")}</EmptyState>
          ) : (
            <ol aria-label={t("sessionsCaption")} className="divide-y divide-slate-100 text-sm">
              {dispute.sessions.map((s) => (
                <li key={s.id} className="py-2">
                  <p className="flex flex-wrap gap-x-3 text-slate-600">
                    <span className="tabular-nums">{chinaDateTime(s.heldAt)}</span>
                    <span>
                      {t("mediator")}: {name(s.mediator)}
                    </span>
                  </p>
                  <p className="mt-1 whitespace-pre-wrap">{s.notes}</p>
                </li>
              ))}
            </ol>
          )}
        </Section>
        <DisputeActions dispute={dispute} />
        <RecordHistory {...history} />
      </div>
      <aside>
        <Section title={t("details")} id="details">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-500">{t("enterprise")}</dt>
            <dd>
              {dispute.enterprise ? (
                <Link href={`/enterprises/${dispute.enterprise.id}`} className="text-brand-600 hover:underline">
                  {name(dispute.enterprise)}
                </Link>
              ) : (
                t("noEnterprise")
              )}
            </dd>
            <dt className="text-slate-500">{t("station")}</dt>
            <dd>{name(dispute.station)}</dd>
            <dt className="text-slate-500">{t("recordedBy")}</dt>
            <dd>{name(dispute.recordedBy)}</dd>
            <dt className="text-slate-500">{t("recordedAt")}</dt>
            <dd className="tabular-nums">{chinaDateTime(dispute.createdAt)}</dd>
            {dispute.closedAt ? (
              <>
                <dt className="text-slate-500">{t("closedAt")}</dt>
                <dd className="tabular-nums">{chinaDateTime(dispute.closedAt)}</dd>
              </>
            ) : null}
          </dl>
        </Section>
      </aside>
    </div>
  );
}
