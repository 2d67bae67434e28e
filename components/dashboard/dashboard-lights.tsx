import { getLocale, getTranslations } from "next-intl/server";
import type { BreakdownRow } from "@/lib/dashboard/breakdowns";
import type { CountyView } from "@/lib/dashboard/county-view";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import {
  ON_TIME_GREEN,
  ON_TIME_RED,
  OVERDUE_AMBER_MAX,
  SATISFACTION_GREEN,
  SATISFACTION_RED,
} from "@/lib/dashboard/traffic-light";
import { Link } from "@/components/ui/link";
import { Section } from "@/components/ui/section";
import { formats } from "./format";
import { LightTable } from "./light-table";

/**
 * The dashboard's traffic lights: stations, and the officers and workstations shown (the worst unless
 * all were asked for), each row linking to the lists narrowed to it.
 */
export async function DashboardLights({
  breakdowns,
  officers,
  allOfficersHref,
  workstations,
  allWorkstationsHref,
  detailsOf,
}: {
  breakdowns: CountyView["breakdowns"];
  officers: BreakdownRow[];
  /** Where the full officer table is, shown when some officers are left out. */
  allOfficersHref: string;
  workstations: BreakdownRow[];
  allWorkstationsHref: string;
  /** The lists narrowed as given (the row's place replacing what it must). */
  detailsOf: (narrowed: Partial<DashboardFilters>) => string;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const f = formats(locale);
  return (
    <>
      <Section title={t("lights.title")} id="lights">
        <p className="mb-3 text-xs text-slate-600">
          {t("lights.legend", {
            onTimeGreen: f.pct(ON_TIME_GREEN)!,
            onTimeRed: f.pct(ON_TIME_RED)!,
            overdueMax: OVERDUE_AMBER_MAX,
            ratingGreen: f.dec(SATISFACTION_GREEN)!,
            ratingRed: f.dec(SATISFACTION_RED)!,
          })}
        </p>
        <div className="space-y-6">
          <LightTable
            rows={breakdowns.stations}
            caption={t("lights.stationsCaption")}
            nameHeader={t("lights.stations")}
            hrefOf={(r) => detailsOf({ station: r.id, workstation: undefined, officer: undefined })}
            testId="station-lights"
          />
          <div>
            <LightTable
              rows={officers}
              caption={t("lights.officersCaption")}
              nameHeader={t("lights.officers")}
              hrefOf={(r) => detailsOf({ officer: r.id })}
              testId="officer-lights"
            />
            {officers.length < breakdowns.officers.length ? (
              <AllRowsLink href={allOfficersHref} testId="all-officers">
                {t("lights.allOfficers", { shown: officers.length, count: breakdowns.officers.length })}
              </AllRowsLink>
            ) : null}
          </div>
        </div>
      </Section>

      <Section title={t("workstations.title")} id="workstations">
        <LightTable
          rows={workstations}
          caption={t("workstations.caption")}
          nameHeader={t("filters.workstation")}
          hrefOf={(r) => detailsOf({ workstation: r.id, officer: undefined })}
          testId="workstation-lights"
        />
        {workstations.length < breakdowns.workstations.length ? (
          <AllRowsLink href={allWorkstationsHref} testId="all-workstations">
            {t("workstations.all", { shown: workstations.length, count: breakdowns.workstations.length })}
          </AllRowsLink>
        ) : null}
      </Section>
    </>
  );
}

/** Under a table that shows only its worst rows: the way to all of them. */
function AllRowsLink({ href, testId, children }: { href: string; testId: string; children: React.ReactNode }) {
  return (
    <p className="mt-2 text-sm">
      <Link className="text-brand-600 underline" href={href} data-testid={testId}>
        {children}
      </Link>
    </p>
  );
}
