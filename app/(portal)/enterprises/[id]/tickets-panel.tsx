import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { listTicketsForUser } from "@/lib/tickets/list";
import { clock } from "@/lib/time/clock";
import { enterpriseTicketsHref, parseTicketFilters } from "@/lib/tickets/filters";
import { canFileTickets } from "@/lib/tickets/policy";
import { TicketTable } from "@/components/tickets/ticket-table";
import { EmptyState, Section } from "@/components/ui/section";

/** The enterprise's open tickets that this user may see, earliest deadline first, with a link to the full list. */
export async function TicketsPanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  const filters = parseTicketFilters({ enterprise: enterpriseId, status: "open" });
  const now = clock.now();
  const [t, list] = await Promise.all([getTranslations("tickets"), listTicketsForUser(user, filters, now)]);
  return (
    <Section title={t("panelTitle", { count: list.total })} id="tickets">
      {list.total === 0 ? (
        <EmptyState>{t("panelNone")}</EmptyState>
      ) : (
        <TicketTable rows={list.rows.slice(0, 5)} now={now} showEnterprise={false} />
      )}
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link href={enterpriseTicketsHref(enterpriseId)} className="text-brand-600 hover:underline">
          {t("panelAll")}
        </Link>
        {canFileTickets(user) ? (
          <Link href="/tickets/new" className="text-brand-600 hover:underline">
            {t("new")}
          </Link>
        ) : null}
      </p>
    </Section>
  );
}
