import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import type { SearchParams } from "@/lib/forms/url-filters";
import { canManageSlots } from "@/lib/residency/policy";
import { currentMonday, mondayDate, weekdayOf, weekParam } from "@/lib/residency/slot-plan";
import { MAX_WEEKS_AHEAD } from "@/lib/residency/slot-schemas";
import { slotStations, weekSlots } from "@/lib/residency/slot-queries";
import { chinaDayNumber, chinaTime, dayNumberToDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { localized } from "@/components/ui/localized";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { CloseDayForm } from "@/components/residency/close-day-form";
import { OpenSlotsForm } from "@/components/residency/open-slots-form";
import { closeDay, openSlots } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("residency"))("slots.title") };
}

type Props = { searchParams: Promise<SearchParams> };

/** How far back the week list may be browsed: enough to check last month's bookings. */
const WEEKS_BACK = 4;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SlotsPage({ searchParams }: Props) {
  const user = await requirePermission(canManageSlots);
  const query = await searchParams;
  const [t, locale, stations] = await Promise.all([getTranslations("residency"), getLocale(), slotStations(user)]);
  const title = <PageTitle subtitle={t("slots.subtitle")}>{t("slots.title")}</PageTitle>;
  if (stations.length === 0)
    return (
      <>
        {title}
        <EmptyState>{t("slots.noStation")}</EmptyState>
      </>
    );
  const station = stations.find((s) => s.id === one(query.station)) ?? stations[0]!;
  const now = clock.now();
  const today = chinaDayNumber(now);
  const thisMonday = currentMonday(now);
  const [first, last] = [thisMonday - 7 * WEEKS_BACK, thisMonday + 7 * MAX_WEEKS_AHEAD];
  const asked = weekParam(one(query.week));
  const monday = asked !== null && asked >= first && asked <= last ? asked : thisMonday;
  const days = await weekSlots(user, station.id, monday);

  const stationName = localized(locale, station.name, station.nameEn);
  const dayLabel = (day: number) => `${t(`slots.weekdays.${weekdayOf(day)}`)} ${dayNumberToDate(day)}`;
  const weekLabel = (m: number) => t("slots.weekOf", { from: mondayDate(m), to: dayNumberToDate(m + 6) });
  const href = (m: number) =>
    `/residency/slots?${new URLSearchParams({ ...(stations.length > 1 ? { station: station.id } : {}), week: mondayDate(m) })}`;
  const weeks = Array.from({ length: MAX_WEEKS_AHEAD + 1 }, (_, i) => thisMonday + 7 * i).map((m) => ({
    value: mondayDate(m),
    label: t("slots.open.weekOption", { from: mondayDate(m), to: dayNumberToDate(m + 6) }),
  }));
  const nav = "inline-flex min-h-11 items-center px-2 text-sm text-brand-600 hover:underline";

  return (
    <>
      {title}
      {stations.length > 1 ? (
        <FilterForm action="/residency/slots" hidden={{ week: mondayDate(monday) }} applyLabel={t("slots.show")}>
          <FilterSelect
            name="station"
            label={t("slots.station")}
            allLabel={null}
            defaultValue={station.id}
            options={stations.map((s) => ({ value: s.id, label: localized(locale, s.name, s.nameEn) }))}
          />
        </FilterForm>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_24rem]">
        <Section
          title={t("slots.weekCaption", {
            station: stationName,
            from: mondayDate(monday),
            to: dayNumberToDate(monday + 6),
          })}
          id="week"
        >
          <nav aria-label={weekLabel(monday)} className="mb-3 flex flex-wrap gap-x-2">
            {monday > first ? (
              <Link href={href(monday - 7)} className={nav}>
                {t("slots.previousWeek")}
              </Link>
            ) : null}
            {monday !== thisMonday ? (
              <Link href={href(thisMonday)} className={nav}>
                {t("slots.thisWeek")}
              </Link>
            ) : null}
            {monday < last ? (
              <Link href={href(monday + 7)} className={nav}>
                {t("slots.nextWeek")}
              </Link>
            ) : null}
          </nav>
          <ol className="space-y-4" data-testid="slot-week">
            {days.map(({ day, slots }) => (
              <li key={day} className="border-t border-slate-100 pt-3" data-testid={`day-${dayNumberToDate(day)}`}>
                <h3 className="text-sm font-semibold text-slate-900">{dayLabel(day)}</h3>
                {slots.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-500">{t("slots.dayEmpty")}</p>
                ) : (
                  <ul className="mt-2 grid gap-1 sm:grid-cols-2">
                    {slots.map((slot) => (
                      <li
                        key={slot.id}
                        className="flex items-center justify-between gap-2 rounded bg-slate-50 px-2 py-1 text-sm"
                        data-testid="slot"
                      >
                        <span className="tabular-nums">
                          {chinaTime(slot.startsAt)}–{chinaTime(slot.endsAt)}
                        </span>
                        <span className="tabular-nums text-slate-600">
                          {t("slots.places", { booked: slot.booked, capacity: slot.capacity })}
                          {slot.startsAt <= now
                            ? ` · ${t("slots.past")}`
                            : slot.booked >= slot.capacity
                              ? ` · ${t("slots.full")}`
                              : ""}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {slots.length > 0 && day >= today ? (
                  <div className="mt-2">
                    <CloseDayForm
                      action={closeDay}
                      stationId={station.id}
                      date={dayNumberToDate(day)}
                      dayLabel={dayLabel(day)}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
          <p className="mt-4 text-xs text-slate-500">{t("slots.close.explain")}</p>
        </Section>
        <Section title={t("slots.open.title")} id="open">
          <OpenSlotsForm
            action={openSlots}
            stationId={station.id}
            weeks={weeks}
            week={mondayDate(monday >= thisMonday ? monday : thisMonday)}
          />
        </Section>
      </div>
    </>
  );
}
