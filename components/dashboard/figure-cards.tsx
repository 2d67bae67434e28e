import { getLocale, getTranslations } from "next-intl/server";
import type { CountyFigures } from "@/lib/dashboard/figures";
import type { LinkedFigure } from "@/lib/dashboard/drill-down";
import { FigureCard } from "./figure-card";
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
export async function FigureCards({
  figures,
  links,
}: {
  figures: CountyFigures;
  /** Where the linked figures lead (see figureLinks); none on the printed report. */
  links?: Record<LinkedFigure, string>;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  // A figure with records behind it opens them; the rest (rates, medians, averages, patrols, disputes) stay plain.
  const to = (figure: LinkedFigure) => (links ? { href: links[figure], opens: t(`figureLinks.${figure}`) } : {});
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
        <FigureCard
          label={t("figures.received")}
          value={f.num(tk.received)}
          {...to("received")}
          testId="tickets-received"
        />
        <FigureCard
          label={t("figures.resolved")}
          value={f.num(tk.resolved)}
          {...to("resolved")}
          testId="tickets-resolved"
        />
        <FigureCard label={t("figures.open")} value={f.num(tk.open)} {...to("open")} testId="tickets-open" />
        <FigureCard
          label={t("figures.overdue")}
          value={f.num(tk.overdue)}
          {...to("overdue")}
          testId="tickets-overdue"
          tone={tk.overdue ? "warn" : "default"}
        />
        <FigureCard label={t("figures.onTimeAcceptance")} value={onTimeAccept.value} hint={onTimeAccept.hint} />
        <FigureCard label={t("figures.onTimeResolution")} value={onTimeResolve.value} hint={onTimeResolve.hint} />
        <FigureCard
          label={t("figures.medianResolve")}
          value={median === null ? dash : t("figures.hours", { hours: median })}
          hint={median === null ? noneHint : t("figures.medianHint")}
        />
        <FigureCard
          label={t("figures.averageRating")}
          value={rating === null ? dash : t("figures.ratingValue", { value: rating })}
          hint={rating === null ? noneHint : ratings}
        />
        <FigureCard
          label={t("figures.lowRatingShare")}
          value={f.pct(tk.lowRatingShare) ?? dash}
          hint={tk.lowRatingShare === null ? noneHint : ratings}
          tone={tk.lowRatingShare ? "warn" : "default"}
        />
        <FigureCard label={t("figures.escalations")} value={f.num(tk.escalations)} {...to("escalations")} />
      </Group>
      <Group title={t("sections.hazards")} id="fig-hazards">
        <FigureCard label={t("figures.hazardsListed")} value={f.num(hz.listed)} {...to("hazardsListed")} />
        <FigureCard label={t("figures.hazardsClosed")} value={f.num(hz.closed)} {...to("hazardsClosed")} />
        <FigureCard
          label={t("figures.hazardsOverdue")}
          value={f.num(hz.overdue)}
          {...to("hazardsOverdue")}
          testId="hazards-overdue"
          tone={hz.overdue ? "warn" : "default"}
        />
      </Group>
      <Group title={t("sections.disputes")} id="fig-disputes">
        <FigureCard label={t("figures.disputesRecorded")} value={f.num(ds.recorded)} />
        <FigureCard label={t("figures.disputesResolved")} value={f.num(ds.resolved)} />
        <FigureCard label={t("figures.disputeRate")} value={disputeRate.value} hint={disputeRate.hint} />
        <FigureCard
          label={t("figures.disputesAtRisk")}
          value={f.num(ds.openAtRisk)}
          tone={ds.openAtRisk ? "warn" : "default"}
        />
      </Group>
      <Group title={t("sections.coverage")} id="fig-coverage">
        <FigureCard label={t("figures.visitCoverage")} value={visit.value} {...to("visitCoverage")} hint={visit.hint} />
        <FigureCard
          label={t("figures.officerCoverage")}
          value={officer.value}
          {...to("officerCoverage")}
          hint={officer.hint}
          testId="officer-coverage"
        />
      </Group>
      <Group title={t("sections.patrols")} id="fig-patrols" note={pt ? undefined : t("figures.byStationOnly")}>
        {pt ? (
          <>
            <FigureCard label={t("figures.shiftsRun")} value={f.num(pt.shiftsRun)} testId="patrol-shifts" />
            <FigureCard label={t("figures.guardPersonTimes")} value={f.num(pt.guardPersonTimes)} />
            <FigureCard label={t("figures.personsChecked")} value={f.num(pt.personsChecked)} />
            <FigureCard label={t("figures.vehiclesChecked")} value={f.num(pt.vehiclesChecked)} />
            <FigureCard label={t("figures.videoPatrols")} value={f.num(pt.videoPatrols)} />
            <FigureCard label={t("figures.patrolHazards")} value={f.num(pt.hazardsFound)} />
          </>
        ) : null}
      </Group>
      <Group title={t("sections.residency")} id="fig-residency" note={rs ? undefined : t("figures.byStationOnly")}>
        {rs ? (
          <>
            <FigureCard
              label={t("figures.residencyCompleted")}
              value={f.num(rs.completed)}
              {...to("residencyCompleted")}
              testId="residency-completed"
            />
            <FigureCard
              label={t("figures.greenShare")}
              value={rs.completed ? f.pct(rs.greenShare)! : dash}
              {...(rs.completedGreen ? to("residencyGreen") : {})}
              hint={
                rs.completed ? t("figures.greenOf", { green: rs.completedGreen, completed: rs.completed }) : noneHint
              }
            />
            <FigureCard
              label={t("figures.residencyWaiting")}
              value={f.num(rs.waitingReviews)}
              {...to("residencyWaiting")}
              testId="residency-waiting"
              tone={rs.waitingReviews ? "warn" : "default"}
            />
          </>
        ) : null}
      </Group>
    </div>
  );
}
