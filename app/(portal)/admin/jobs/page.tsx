import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canSeeJobs } from "@/lib/jobs/policy";
import { jobQueueOverview } from "@/lib/jobs/queries";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { QueueCard } from "@/components/jobs/queue-card";

export async function generateMetadata() {
  return { title: (await getTranslations("jobs"))("title") };
}

/** Each background job's queue: schedule, retry settings, jobs by state, latest runs and failure. */
export default async function JobsPage() {
  await requirePermission(canSeeJobs);
  const [t, queues] = await Promise.all([getTranslations("jobs"), jobQueueOverview()]);
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      {queues.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <div className="space-y-4">
          {queues.map((queue) => (
            <QueueCard key={queue.name} queue={queue} />
          ))}
        </div>
      )}
    </>
  );
}
