import { getFormatter, getTranslations } from "next-intl/server";
import { NAME_LIST } from "@/lib/i18n/list-style";
import { isWeekendNight } from "@/lib/patrols/dates";
import { restNightTest } from "@/lib/patrols/holidays";
import { monthWeeks, WEEK_DATES, type DutyTotal } from "@/lib/patrols/rota-calendar";
import { DataTable, type Column } from "@/components/ui/data-table";
import { NightDate } from "./night-date";

export type CalendarNight = { date: string; enterprises: string[]; cancelled: boolean };

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * A rota as a month calendar with each enterprise's nights and weekend nights beside it, so a chief
 * sees at a glance that nobody takes every weekend. On wide screens a week grid; on phones (below
 * `md`, where seven columns of enterprise names no longer fit) the same nights as a list of days.
 *
 * The grid is a hand-written table: a calendar is not a list of records, so DataTable's one-row-per-
 * record layout and phone cards do not apply; its headers are the weekdays and each cell names its
 * date. Weekend nights are shaded and also named in text, so the marking does not rest on colour.
 */
export async function RotaCalendar({
  month,
  locale,
  nights,
  totals,
  holidays,
}: {
  month: string;
  locale: string;
  nights: CalendarNight[];
  totals: (DutyTotal & { name: string })[];
  /** The bureau's holidays: their nights are marked and counted like weekend nights. */
  holidays: string[];
}) {
  const isRestNight = restNightTest(holidays);
  const [t, format] = await Promise.all([getTranslations("patrols"), getFormatter()]);
  const byDate = new Map(nights.map((n) => [n.date, n]));
  const onDuty = (date: string) => {
    const night = byDate.get(date);
    if (!night || night.enterprises.length === 0)
      return <span className="text-slate-500">{t("calendar.noNight")}</span>;
    return (
      <>
        <ul className={night.cancelled ? "text-slate-500 line-through" : undefined}>
          {night.enterprises.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        {night.cancelled ? <span className="text-slate-500">{t("shiftStatuses.CANCELLED")}</span> : null}
      </>
    );
  };
  const holidaySet = new Set(holidays);
  const restWord = (date: string) => t(holidaySet.has(date) ? "calendar.holiday" : "calendar.weekend");
  const restLabel = (date: string) => (
    <span className="rounded bg-amber-100 px-1 text-xs font-normal text-amber-900">{restWord(date)}</span>
  );
  const columns: Column<DutyTotal & { name: string }>[] = [
    { key: "enterprise", header: t("columns.enterprise"), rowHeader: true, cell: (r) => r.name },
    { key: "nights", header: t("calendar.nights"), align: "end", className: "tabular-nums", cell: (r) => r.nights },
    {
      key: "weekendNights",
      header: t("calendar.weekendNights"),
      align: "end",
      className: "tabular-nums",
      cell: (r) => r.weekendNights,
    },
  ];
  const caption = t("calendar.caption", { month });
  return (
    <section aria-labelledby="rota-calendar-title" className="mt-6 print:hidden" data-testid="rota-calendar">
      <h2 id="rota-calendar-title" className="text-base font-semibold text-slate-900">
        {t("calendar.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("calendar.hint")}</p>
      <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-2 md:p-3">
          <table className="hidden w-full table-fixed border-collapse text-xs md:table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {WEEK_DATES.map((d) => (
                  <th
                    key={d}
                    scope="col"
                    className={`px-1 py-1.5 text-center font-medium ${isWeekendNight(d) ? "bg-amber-50 text-amber-900" : "text-slate-600"}`}
                  >
                    <abbr
                      title={format.dateTime(utc(d), { weekday: "long", timeZone: "UTC" })}
                      className="no-underline"
                    >
                      {format.dateTime(utc(d), { weekday: "short", timeZone: "UTC" })}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthWeeks(month).map((week) => (
                <tr key={week.find(Boolean)}>
                  {week.map((date, i) =>
                    date ? (
                      <td
                        key={date}
                        className={`h-20 border border-slate-100 p-1 align-top break-words ${isRestNight(date) ? "bg-amber-50" : ""}`}
                        data-testid={`calendar-${date}`}
                      >
                        <div className="font-semibold tabular-nums text-slate-800">
                          <time dateTime={date}>{format.dateTime(utc(date), { day: "numeric", timeZone: "UTC" })}</time>
                          {isRestNight(date) ? <span className="sr-only"> {restWord(date)}</span> : null}
                        </div>
                        {onDuty(date)}
                      </td>
                    ) : (
                      <td key={`blank-${i}`} className="border border-slate-100" />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <ol aria-label={caption} className="divide-y divide-slate-100 text-sm md:hidden">
            {monthWeeks(month)
              .flat()
              .filter((d): d is string => d !== null)
              .map((date) => {
                const night = byDate.get(date);
                return (
                  <li
                    key={date}
                    className={`flex flex-wrap items-baseline gap-x-3 gap-y-1 px-1 py-2 ${isRestNight(date) ? "bg-amber-50" : ""}`}
                    data-testid={`calendar-day-${date}`}
                  >
                    <span className="font-medium">
                      <NightDate date={date} locale={locale} />
                    </span>
                    {isRestNight(date) ? restLabel(date) : null}
                    <span className="basis-full">
                      {night?.enterprises.length ? (
                        <span className={night.cancelled ? "text-slate-500 line-through" : undefined}>
                          {format.list(night.enterprises, NAME_LIST)}
                        </span>
                      ) : (
                        <span className="text-slate-500">{t("calendar.noNight")}</span>
                      )}
                      {night?.cancelled ? (
                        <span className="ml-2 text-slate-500">{t("shiftStatuses.CANCELLED")}</span>
                      ) : null}
                    </span>
                  </li>
                );
              })}
          </ol>
        </div>
        <div data-testid="rota-totals">
          <DataTable
            caption={t("calendar.totalsCaption", { month })}
            captionVisible
            columns={columns}
            rows={totals}
            rowKey={(r) => r.enterpriseId}
            empty={t("calendar.noNight")}
          />
        </div>
      </div>
    </section>
  );
}
