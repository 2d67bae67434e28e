import { getFormatter, getTranslations } from "next-intl/server";
import type { JobRun, QueueOverview } from "@/lib/jobs/queries";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";

/** One queue on /admin/jobs: what it is, when it runs, its jobs by state, latest runs and failure. */
export async function QueueCard({ queue }: { queue: QueueOverview }) {
  const [t, format] = await Promise.all([getTranslations("jobs"), getFormatter()]);
  const title = t.has(`names.${queue.name}`) ? t(`names.${queue.name}`) : queue.name;
  const when = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "short", timeStyle: "medium" }) : "—");
  const columns: Column<JobRun>[] = [
    {
      key: "created",
      header: t("created"),
      rowHeader: true,
      className: "tabular-nums",
      cell: (r) => when(r.createdAt),
    },
    { key: "state", header: t("state"), cell: (r) => t(`states.${r.state}`) },
    { key: "attempt", header: t("attempt"), align: "end", className: "tabular-nums", cell: (r) => r.attempt },
    { key: "finished", header: t("finished"), className: "tabular-nums", cell: (r) => when(r.completedAt) },
    { key: "error", header: t("error"), className: "break-all text-xs", cell: (r) => r.error ?? "" },
  ];
  const id = `queue-${queue.name}`;
  return (
    <div data-testid={id} data-queue={queue.name}>
      <Section title={title} id={id}>
        <dl className="mb-3 space-y-1 text-sm text-slate-700">
          <div className="flex flex-wrap gap-x-2">
            <dt className="font-medium">{t("schedule")}</dt>
            <dd className="font-mono" data-testid="schedule">
              {queue.schedule ?? t("scheduleNone")}
            </dd>
            {queue.timeZone ? <dd className="text-slate-600">{t("timeZone", { zone: queue.timeZone })}</dd> : null}
          </div>
          <div className="flex flex-wrap gap-x-2">
            <dt className="font-medium">{t("retryLabel")}</dt>
            <dd className="text-slate-600">
              {t("retries", {
                limit: queue.retryLimit,
                delay: queue.retryDelaySeconds,
                max: queue.retryDelayMaxSeconds ?? queue.retryDelaySeconds,
              })}
            </dd>
          </div>
        </dl>
        <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={t("queued")} value={queue.queued} testId="queued" />
          <Stat label={t("active")} value={queue.active} testId="active" />
          <Stat label={t("completed")} value={queue.completed} testId="completed" />
          <Stat label={t("failed")} value={queue.failed} tone={queue.failed ? "warn" : "default"} testId="failed" />
        </dl>
        <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("lastFailure")}</h3>
        {queue.lastFailure ? (
          <p className="mb-4 text-sm text-slate-800" data-testid="last-failure">
            <span className="tabular-nums">{when(queue.lastFailure.completedAt ?? queue.lastFailure.createdAt)}</span>
            {" · "}
            <span className="break-all">{queue.lastFailure.error ?? ""}</span>
          </p>
        ) : (
          <p className="mb-4 text-sm text-slate-600" data-testid="last-failure">
            {t("noFailure")}
          </p>
        )}
        <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("lastRuns")}</h3>
        <DataTable
          caption={t("lastRunsCaption", { queue: title })}
          columns={columns}
          rows={queue.lastRuns}
          rowKey={(r) => r.id}
          rowData={(r) => ({ state: r.state })}
          empty={t("noRuns")}
        />
      </Section>
    </div>
  );
}
