import { Link } from "@/components/ui/link";
import { ArrowLeft, Download } from "lucide-react";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NAME_LIST } from "@/lib/i18n/list-style";
import { requirePermission } from "@/lib/auth/current-user";
import { fromDbDate, monthOf, nextMonth, parseMonth, todayInChina } from "@/lib/patrols/dates";
import { canManagePatrols, canSeePatrolTeams } from "@/lib/patrols/policy";
import { getRota } from "@/lib/patrols/queries";
import { dutyTotals } from "@/lib/patrols/rota-calendar";
import { bureauHolidays, restNightTest } from "@/lib/patrols/holidays";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { TicketActionForm } from "@/components/tickets/action-form";
import { NightDate } from "@/components/patrols/night-date";
import { PrintButton } from "@/components/patrols/print-button";
import { RotaCalendar } from "@/components/patrols/rota-calendar";
import { generateRota, publishRota } from "../../../../actions";
import { NightEditForm } from "./night-edit-form";

type Props = { params: Promise<{ id: string; month: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `${(await getTranslations("patrols"))("rotas")} ${(await params).month}` };
}

function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/*
 * The rota is a hand-written table, not a DataTable: its cells carry the print sizes (8pt, tight rows)
 * that fit a month on one sheet, which DataTable's table and header cells do not take, and DataTable's
 * phone card layout would spread the month over several pages on a sheet narrower than its breakpoint.
 *
 * Printing: the portal header and this page's controls are hidden (no-print / print:hidden), the page
 * is A4 with small margins, and a month of up to 31 nights with three enterprises each fits one
 * portrait sheet at 8pt with tight rows (checked by the browser test).
 */
const PRINT_CSS = `@page { size: A4 portrait; margin: 10mm; }
@media print { main { padding: 0 !important; max-width: none !important; } }`;

export default async function RotaPage({ params }: Props) {
  const user = await requirePermission(canSeePatrolTeams);
  const { id, month: raw } = await params;
  const month = parseMonth(raw);
  if (!month) notFound();
  const data = await getRota(user, id, month);
  if (!data) notFound();
  const { team, rota, shifts, blackouts = [] } = data;
  const [t, locale, format, holidays] = await Promise.all([
    getTranslations("patrols"),
    getLocale(),
    getFormatter(),
    bureauHolidays(user),
  ]);
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : "—");
  const today = todayInChina();
  const manager = canManagePatrols(user) && team.active;
  const canGenerate = manager && rota?.status !== "PUBLISHED" && month >= monthOf(today);
  const away = new Set(blackouts.map((b) => `${b.enterpriseId}|${b.date}`));
  const unfilled = shifts
    .filter((s) => s.status === "PLANNED" && s.enterprises.length < team.guardsPerNight)
    .map((s) => fromDbDate(s.date));
  const enterpriseNames = new Map<string, string>(team.members.map((m) => [m.enterpriseId, name(m.enterprise)]));
  for (const s of shifts) for (const e of s.enterprises) enterpriseNames.set(e.enterpriseId, name(e.enterprise));
  const counted = shifts
    .filter((s) => s.status !== "CANCELLED")
    .map((s) => ({ date: fromDbDate(s.date), enterpriseIds: s.enterprises.map((e) => e.enterpriseId) }));
  const isRestNight = restNightTest(holidays);
  const totals = dutyTotals(
    counted,
    team.members.map((m) => m.enterpriseId),
    isRestNight,
  ).map((total) => ({ ...total, name: enterpriseNames.get(total.enterpriseId) ?? "—" }));
  return (
    <>
      <style>{PRINT_CSS}</style>
      <nav className="mb-3 flex flex-wrap items-center gap-3 text-sm print:hidden">
        <Link
          href={`/patrols/teams/${team.id}`}
          className="inline-flex items-center gap-1 text-brand-700 hover:underline"
        >
          <ArrowLeft aria-hidden="true" className="size-4 shrink-0" />
          {team.name}
        </Link>
        <Link
          href={`/patrols/teams/${team.id}/rota/${previousMonth(month)}`}
          className="text-brand-700 hover:underline"
        >
          {t("prevMonth")}
        </Link>
        <Link href={`/patrols/teams/${team.id}/rota/${nextMonth(month)}`} className="text-brand-700 hover:underline">
          {t("nextMonth")}
        </Link>
      </nav>
      <div className="mb-4 flex flex-wrap items-start gap-3 print:hidden">
        {canGenerate ? (
          <div className="max-w-md">
            <TicketActionForm
              action={generateRota}
              hidden={{ teamId: team.id, month }}
              submitLabel={t("generate")}
              tone={rota ? "secondary" : "primary"}
              testId="generate-rota"
            />
            <p className="mt-1 text-xs text-slate-500">{t("generateHint")}</p>
          </div>
        ) : null}
        {manager && rota?.status === "DRAFT" && shifts.length ? (
          <div className="max-w-md">
            <TicketActionForm
              action={publishRota}
              hidden={{ rotaId: rota.id, version: rota.version }}
              submitLabel={t("publish")}
              testId="publish-rota"
            />
            <p className="mt-1 text-xs text-slate-500">{t("publishHint")}</p>
          </div>
        ) : null}
        {shifts.length ? (
          <div className="flex items-center gap-3">
            <PrintButton label={t("print")} />
            {/* A file download from a route handler: a plain link, not a client-side navigation. */}
            <a
              href={`/patrols/teams/${team.id}/rota/${month}/xlsx`}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              <Download aria-hidden="true" className="size-4 shrink-0" />
              <span>{t("exportXlsx")}</span>
            </a>
          </div>
        ) : null}
      </div>
      {unfilled.length ? (
        <p className="mb-3 rounded bg-amber-50 p-2 text-sm text-amber-900 print:hidden">
          {t("unfilled", { dates: format.list(unfilled, NAME_LIST) })}
        </p>
      ) : null}
      <div id="rota-sheet" className="rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0">
        <h1 className="text-xl font-semibold text-brand-900 print:text-base">
          {t("rotaTitle", { team: team.name, month })}
          <span
            className={`ml-2 rounded px-2 align-middle text-sm ${
              rota?.status === "PUBLISHED" ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-700"
            }`}
            data-testid="rota-status"
          >
            {t(`rotaStatuses.${rota?.status ?? "NONE"}`)}
          </span>
        </h1>
        <p className="mt-1 text-sm text-slate-600 print:text-[8pt]">
          {name(team.station)} · {t("leaderNamed", { name: name(team.leadOfficer) })} · {team.routeName}
        </p>
        {shifts.length === 0 ? (
          <div className="mt-3">
            <EmptyState>{t("rotaNone")}</EmptyState>
          </div>
        ) : (
          <table className="mt-3 w-full text-left text-sm print:mt-1 print:text-[8pt] print:leading-tight">
            <caption className="sr-only">{t("rotaTitle", { team: team.name, month })}</caption>
            <thead className="text-slate-500 print:text-black">
              <tr>
                <th scope="col" className="py-1.5 pr-3 print:py-0.5">
                  {t("columns.date")}
                </th>
                <th scope="col" className="py-1.5 pr-3 print:py-0.5">
                  {t("columns.onDuty")}
                </th>
                <th scope="col" className="py-1.5 pr-3 print:py-0.5">
                  {t("columns.leader")}
                </th>
                <th scope="col" className="py-1.5 print:py-0.5">
                  {t("columns.shiftStatus")}
                </th>
              </tr>
            </thead>
            <tbody>
              {shifts.map((s) => {
                const date = fromDbDate(s.date);
                const editable = manager && s.status === "PLANNED" && date >= today;
                return (
                  <tr
                    key={s.id}
                    className="border-t border-slate-100 align-top print:border-slate-400"
                    data-testid={`night-${date}`}
                  >
                    <td className="whitespace-nowrap py-1.5 pr-3 print:py-0.5">
                      <Link href={`/patrols/shifts/${s.id}`} className="hover:underline print:no-underline">
                        <NightDate date={date} locale={locale} />
                      </Link>
                    </td>
                    <td className="py-1.5 pr-3 print:py-0.5">
                      {format.list(
                        s.enterprises.map((e) => name(e.enterprise)),
                        NAME_LIST,
                      ) || "—"}
                      {editable ? (
                        <details className="print:hidden">
                          <summary className="cursor-pointer text-xs text-brand-700">{t("editNight")}</summary>
                          <NightEditForm
                            shiftId={s.id}
                            version={s.version}
                            date={date}
                            max={team.guardsPerNight}
                            onDuty={s.enterprises.map((e) => e.enterpriseId)}
                            members={team.members.map((m) => ({
                              id: m.enterpriseId,
                              label: name(m.enterprise),
                              unavailable: away.has(`${m.enterpriseId}|${date}`),
                            }))}
                          />
                        </details>
                      ) : null}
                    </td>
                    <td className="whitespace-nowrap py-1.5 pr-3 print:py-0.5">{name(s.leadOfficer)}</td>
                    <td className="whitespace-nowrap py-1.5 print:py-0.5">
                      {t(`shiftStatuses.${s.status}`)}
                      {s.log?.late ? <span className="ml-1 text-xs text-amber-700">{t("lateNote")}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      {shifts.length ? (
        <RotaCalendar
          month={month}
          locale={locale}
          nights={shifts.map((s) => ({
            date: fromDbDate(s.date),
            enterprises: s.enterprises.map((e) => name(e.enterprise)),
            cancelled: s.status === "CANCELLED",
          }))}
          totals={totals}
          holidays={holidays}
        />
      ) : null}
    </>
  );
}
