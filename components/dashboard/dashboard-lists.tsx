import { getTranslations } from "next-intl/server";
import type { CountyView } from "@/lib/dashboard/county-view";
import { Section } from "@/components/ui/section";
import { EnterpriseList, TicketList } from "./list-tables";

/** The dashboard's lists: overdue and escalated tickets, enterprises not visited and without an officer. */
export async function DashboardLists({ lists }: { lists: CountyView["lists"] }) {
  const t = await getTranslations("dashboard");
  return (
    <div id="lists" className="grid gap-4 lg:grid-cols-2">
      <Section title={t("lists.overdueTitle")} id="list-overdue">
        <TicketList list={lists.overdue} caption={t("lists.overdueTitle")} when="dueAt" />
      </Section>
      <Section title={t("lists.escalatedTitle")} id="list-escalated">
        <TicketList list={lists.escalated} caption={t("lists.escalatedTitle")} when="escalatedAt" />
      </Section>
      <Section title={t("lists.notVisitedTitle")} id="list-not-visited">
        <EnterpriseList list={lists.notVisited} caption={t("lists.notVisitedTitle")} showLastVisit />
      </Section>
      <Section title={t("lists.uncoveredTitle")} id="list-uncovered">
        <EnterpriseList list={lists.uncovered} caption={t("lists.uncoveredTitle")} showLastVisit={false} />
      </Section>
    </div>
  );
}
