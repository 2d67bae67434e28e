import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { filtersToQuery, parseTicketFilters } from "@/lib/tickets/filters";
import { listTicketsForUser } from "@/lib/tickets/list";
import { canFileTickets, canSeeTickets, canSeeTicketsAcrossEnterprises } from "@/lib/tickets/policy";
import { clock } from "@/lib/time/clock";
import { enterpriseOptionsForUser } from "@/lib/enterprises/queries";
import { TicketFilterBar } from "@/components/tickets/ticket-filters";
import { TicketTable } from "@/components/tickets/ticket-table";
import { Pagination } from "@/components/ui/pagination";
import { PageTitle, Section } from "@/components/ui/section";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("listTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TicketsPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeTickets);
  const params = await searchParams;
  const filters = parseTicketFilters(params);
  const acrossEnterprises = canSeeTicketsAcrossEnterprises(user);
  // Police start on the open work; an enterprise sees all its tickets.
  if (!("status" in params) && acrossEnterprises) filters.status = "open";
  const now = clock.now();
  const [t, list, enterprises] = await Promise.all([
    getTranslations("tickets"),
    listTicketsForUser(user, filters, now),
    acrossEnterprises ? enterpriseOptionsForUser(user) : [],
  ]);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageTitle subtitle={t("count", { count: list.total })}>
          {filters.attention ? t("attentionTitle") : t("listTitle")}
        </PageTitle>
        {canFileTickets(user) ? (
          <Link
            href="/tickets/new"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      <TicketFilterBar filters={filters} counts={list.counts} user={user} enterprises={enterprises} />
      <Section title={t("listCaption")} id="tickets">
        <TicketTable rows={list.rows} now={now} showEnterprise={acrossEnterprises} />
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          basePath="/tickets"
          query={Object.fromEntries(new URLSearchParams(filtersToQuery(filters)))}
        />
      </Section>
    </>
  );
}
