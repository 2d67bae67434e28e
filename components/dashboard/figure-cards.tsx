import { getLocale, getTranslations } from "next-intl/server";
import type { CountyFigures } from "@/lib/dashboard/figures";
import { Stat } from "@/components/ui/stat";
import { formats } from "./format";

function Group({
  title,
  id,
  note,
  children,
}: {
  title: string;
  id: string;
  note?: string;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="break-inside-avoid">
      <h2 id={`${id}-title`} className="mb-2 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {note ? <p className="mb-2 text-xs text-slate-600">{note}</p> : null}
      {children ? <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">{children}</dl> : null}
    </section>
  );
}

/** The headline figures as cards, grouped by capability; a figure with nothing to measure shows a dash and says why. */
export async function FigureCards({ figures }: { figures: CountyFigures }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const f = formats(locale);
  const { tickets: tk, hazards: hz, disputes: ds, coverage: cv, patrols: pt, residency: rs } = figures;
  const dash = t("figures.none");
  const noneHint = t("figures.noneHint");
  const rate = (v: number | null, hint: string) => ({ value: f.pct(v) ?? dash, hint: v === null ? noneHint : hint });
  const onTimeAccept = rate(
    tk.onTimeAcceptance,
    t("figures.onTimeHint", { onTime: tk.acceptOnTime, due: tk.acceptDue }),
  );
  const onTimeResolve = rate(
    tk.onTimeResolution,
    t("figures.onTimeHint", { onTime: tk.resolveOnTime, due: tk.resolveDue }),
  );
  const median = f.dec(tk.medianResolveHours);
  const rating = f.dec(tk.averageRating);
  const ratings = t("figures.ratingsHint", { count: tk.ratings });
  const disputeRate = rate(ds.resolutionRate, t("figures.disputeRateHint", { closed: ds.resolved + ds.unresolved }));
  const visit = rate(
    cv.enterprises ? cv.visitedInCadence / cv.enterprises : null,
    t("figures.visitedOf", { visited: cv.visitedInCadence, total: cv.enterprises, days: cv.cadenceDays }),
  );
  const officer = rate(
    cv.enterprises ? cv.covered / cv.enterprises : null,
    t("figures.coveredOf", { covered: cv.covered, total: cv.enterprises }),
  );
  return (
    <div className="space-y-6">
      <Group title={t("sections.tickets")} id="fig-tickets">
        <Stat label={t("figures.received")} value={f.num(tk.received)} testId="tickets-received" />
        <Stat label={t("figures.resolved")} value={f.num(tk.resolved)} testId="tickets-resolved" />
        <Stat label={t("figures.open")} value={f.num(tk.open)} />
        <Stat label={t("figures.overdue")} value={f.num(tk.overdue)} tone={tk.overdue ? "warn" : "default"} />
        <Stat label={t("figures.onTimeAcceptance")} value={onTimeAccept.value} hint={onTimeAccept.hint} />
        <Stat label={t("figures.onTimeResolution")} value={onTimeResolve.value} hint={onTimeResolve.hint} />
        <Stat
          label={t("figures.medianResolve")}
          value={median === null ? dash : t("figures.hours", { hours: median })}
          hint={median === null ? noneHint : undefined}
        />
        <Stat
          label={t("figures.averageRating")}
          value={rating === null ? dash : t("figures.ratingValue", { value: rating })}
          hint={rating === null ? noneHint : ratings}
        />
        <Stat
          label={t("figures.lowRatingShare")}
          value={f.pct(tk.lowRatingShare) ?? dash}
          hint={tk.lowRatingShare === null ? noneHint : ratings}
          tone={tk.lowRatingShare ? "warn" : "default"}
        />
        <Stat label={t("figures.escalations")} value={f.num(tk.escalations)} />
      </Group>
      <Group title={t("sections.hazards")} id="fig-hazards">
        <Stat label={t("figures.hazardsListed")} value={f.num(hz.listed)} />
        <Stat label={t("figures.hazardsClosed")} value={f.num(hz.closed)} />
        <Stat label={t("figures.hazardsOverdue")} value={f.num(hz.overdue)} tone={hz.overdue ? "warn" : "default"} />
      </Group>
      <Group title={t("sections.disputes")} id="fig-disputes">
        <Stat label={t("figures.disputesRecorded")} value={f.num(ds.recorded)} />
        <Stat label={t("figures.disputesResolved")} value={f.num(ds.resolved)} />
        <Stat label={t("figures.disputeRate")} value={disputeRate.value} hint={disputeRate.hint} />
        <Stat
          label={t("figures.disputesAtRisk")}
          value={f.num(ds.openAtRisk)}
          tone={ds.openAtRisk ? "warn" : "default"}
        />
      </Group>
      <Group title={t("sections.coverage")} id="fig-coverage">
        <Stat label={t("figures.visitCoverage")} value={visit.value} hint={visit.hint} />
        <Stat
          label={t("figures.officerCoverage")}
          value={officer.value}
          hint={officer.hint}
          testId="officer-coverage"
        />
      </Group>
      <Group title={t("sections.patrols")} id="fig-patrols" note={pt ? undefined : t("figures.byStationOnly")}>
        {pt ? (
          <>
            <Stat label={t("figures.shiftsRun")} value={f.num(pt.shiftsRun)} testId="patrol-shifts" />
            <Stat label={t("figures.guardPersonTimes")} value={f.num(pt.guardPersonTimes)} />
            <Stat label={t("figures.personsChecked")} value={f.num(pt.personsChecked)} />
            <Stat label={t("figures.vehiclesChecked")} value={f.num(pt.vehiclesChecked)} />
            <Stat label={t("figures.videoPatrols")} value={f.num(pt.videoPatrols)} />
            <Stat label={t("figures.patrolHazards")} value={f.num(pt.hazardsFound)} />
          </>
        ) : null}
      </Group>
      <Group title={t("sections.residency")} id="fig-residency" note={rs ? undefined : t("figures.byStationOnly")}>
        {rs ? (
          <>
            <Stat label={t("figures.residencyCompleted")} value={f.num(rs.completed)} testId="residency-completed" />
            <Stat
              label={t("figures.greenShare")}
              value={rs.completed ? f.pct(rs.greenShare)! : dash}
              hint={
                rs.completed ? t("figures.greenOf", { green: rs.completedGreen, completed: rs.completed }) : noneHint
              }
            />
            <Stat
              label={t("figures.residencyWaiting")}
              value={f.num(rs.waitingReviews)}
              tone={rs.waitingReviews ? "warn" : "default"}
            />
          </>
        ) : null}
      </Group>
    </div>
  );
}
