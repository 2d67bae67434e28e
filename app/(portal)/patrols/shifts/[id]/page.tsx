import { Link } from "@/components/ui/link";
import { ArrowLeft } from "lucide-react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { PatrolKind, Severity } from "@/lib/domain/enums";
import { MAX_DEADLINE_DAYS } from "@/lib/hazards/schemas";
import { addDays, fromDbDate, todayInChina } from "@/lib/patrols/dates";
import { canLogShift, canSeePatrolLogs } from "@/lib/patrols/policy";
import { getShift } from "@/lib/patrols/queries";
import { MAX_PATROL_HAZARDS } from "@/lib/patrols/schemas";
import { chinaDate, chinaDateTime, DAY_MS } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { EmptyState, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { LogShiftForm } from "./log-shift-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const shift = await getShift(await requirePermission(canSeePatrolLogs), (await params).id);
  return { title: shift ? `${shift.team.name} ${fromDbDate(shift.date)}` : "" };
}

export default async function ShiftPage({ params }: Props) {
  // Patrol logs are police records; liaisons see their nights on /patrols.
  const user = await requirePermission(canSeePatrolLogs);
  const shift = await getShift(user, (await params).id);
  if (!shift) notFound();
  const [t, th, locale] = await Promise.all([getTranslations("patrols"), getTranslations("hazards"), getLocale()]);
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : "—");
  const date = fromDbDate(shift.date);
  const today = todayInChina();
  const log = shift.log;
  const loggable = !log && shift.status === "PLANNED" && canLogShift(user, shift);
  const now = clock.now();
  return (
    <>
      <div className="mb-6">
        <Link
          href={`/patrols/teams/${shift.teamId}/rota/${date.slice(0, 7)}`}
          className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
        >
          <ArrowLeft aria-hidden="true" className="size-4 shrink-0" />
          {shift.team.name}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-brand-900">
          {t("shiftTitle", { team: shift.team.name, date })}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {t(`shiftStatuses.${shift.status}`)} · {t("leaderNamed", { name: name(shift.leadOfficer) })} ·{" "}
          {shift.team.routeName}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          {log ? (
            <Section title={t("logTitle")} id="log">
              <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-slate-500">{t("fields.kind")}</dt>
                  <dd>{t(`kinds.${log.kind}`)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">
                    {t("fields.startedAt")} – {t("fields.endedAt")}
                  </dt>
                  <dd>
                    {chinaDateTime(log.startedAt)} – {chinaDateTime(log.endedAt)}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("fields.personsChecked")}</dt>
                  <dd>{log.personsChecked}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("fields.vehiclesChecked")}</dt>
                  <dd>{log.vehiclesChecked}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("fields.guardPersonTimes")}</dt>
                  <dd>{log.guardPersonTimes}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("fields.checkpointsPassed")}</dt>
                  <dd>{log.checkpointsPassed.join(" → ") || "—"}</dd>
                </div>
                {log.incidents ? (
                  <div className="sm:col-span-2">
                    <dt className="text-slate-500">{t("fields.incidents")}</dt>
                    <dd className="whitespace-pre-wrap">{log.incidents}</dd>
                  </div>
                ) : null}
                {log.notes ? (
                  <div className="sm:col-span-2">
                    <dt className="text-slate-500">{t("fields.notes")}</dt>
                    <dd className="whitespace-pre-wrap">{log.notes}</dd>
                  </div>
                ) : null}
              </dl>
              <p className="mt-3 text-xs text-slate-500">
                {t("recordedBy", { name: name(log.recordedBy), at: chinaDateTime(log.createdAt) })}
                {log.late ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-800">{t("late")}</span> : null}
              </p>
              <h3 className="mt-4 text-sm font-semibold text-slate-800">{t("hazardsFound")}</h3>
              {log.hazards.length === 0 ? (
                <p className="text-sm text-slate-500">{t("noHazardsFound")}</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm">
                  {log.hazards.map((h) => (
                    <li key={h.id} className="flex flex-wrap gap-2">
                      <Link href={`/hazards/${h.id}`} className="text-brand-700 hover:underline">
                        {h.description}
                      </Link>
                      <span className="text-slate-500">
                        {name(h.enterprise)} · {th(`severities.${h.severity}`)} · {th(`statuses.${h.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          ) : shift.status === "CANCELLED" ? (
            <EmptyState>{t("cancelledShift")}</EmptyState>
          ) : loggable && date <= today ? (
            <Section title={t("logFormTitle")} id="log-form">
              <LogShiftForm
                shiftId={shift.id}
                version={shift.version}
                kinds={Object.values(PatrolKind).map((value) => ({ value, label: t(`kinds.${value}`) }))}
                checkpoints={shift.team.checkpoints}
                enterprises={shift.team.members
                  .filter((m) => m.enterprise.active)
                  .map((m) => ({ value: m.enterpriseId, label: name(m.enterprise) }))}
                defaults={{
                  startedAt: `${date}T21:00`,
                  endedAt: `${addDays(date, 1)}T00:00`,
                  guardPersonTimes: shift.enterprises.reduce((sum, e) => sum + e.guards, 0),
                }}
                hazardLimits={{
                  severities: Object.values(Severity).map((value) => ({ value, label: th(`severities.${value}`) })),
                  today: chinaDate(now),
                  latest: chinaDate(new Date(now.getTime() + MAX_DEADLINE_DAYS * DAY_MS)),
                  maxDays: MAX_DEADLINE_DAYS,
                  max: MAX_PATROL_HAZARDS,
                }}
              />
            </Section>
          ) : (
            <EmptyState>{date > today ? t("notYet") : t("notLogged")}</EmptyState>
          )}
        </div>
        <Section title={t("onDuty")} id="on-duty">
          <ul className="space-y-1 text-sm">
            {shift.enterprises.map((e) => (
              <li key={e.enterpriseId}>
                <Link href={`/enterprises/${e.enterpriseId}`} className="hover:underline">
                  {name(e.enterprise)}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </>
  );
}
