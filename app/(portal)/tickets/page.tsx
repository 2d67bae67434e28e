import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { filterQuery, type SearchParams } from "@/lib/forms/url-filters";
import { parseTicketFilters } from "@/lib/tickets/filters";
import { listTicketsForUser } from "@/lib/tickets/list";
import {
  canFileTickets,
  canSeeTickets,
  canSeeTicketsAcrossEnterprises,
  ticketListIsOwnQueue,
} from "@/lib/tickets/policy";
import { clock } from "@/lib/time/clock";
import { enterpriseFilterOptions } from "@/lib/enterprises/queries";
import { TicketFilterBar } from "@/components/tickets/ticket-filters";
import { TicketTable } from "@/components/tickets/ticket-table";
import { ButtonLink } from "@/components/ui/button";
import { PageTitle, Section } from "@/components/ui/section";
import { TicketEnterpriseFilter } from "./enterprise-filter";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("listTitle") };
}

type Props = { searchParams: Promise<SearchParams> };

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
    acrossEnterprises ? enterpriseFilterOptions(user, filters.enterprise) : { complete: true, options: [] },
  ]);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageTitle subtitle={t("count", { count: list.total })}>
          {filters.attention ? t("attentionTitle") : ticketListIsOwnQueue(user) ? t("queueTitle") : t("listTitle")}
        </PageTitle>
        {canFileTickets(user) ? (
          <ButtonLink href="/tickets/new" icon={Plus}>
            {t("new")}
          </ButtonLink>
        ) : null}
      </div>
      <TicketFilterBar
        filters={filters}
        counts={list.counts}
        user={user}
        enterprises={enterprises}
        enterprisePicker={
          <TicketEnterpriseFilter
            key={enterprises.options[0]?.id ?? "none"}
            chosen={enterprises.options[0]}
            label={t("fields.enterprise")}
            noneChosen={t("filters.anyEnterprise")}
          />
        }
      />
      <Section title={t("listCaption")} id="tickets">
        <TicketTable
          rows={list.rows}
          now={now}
          showEnterprise={acrossEnterprises}
          pagination={{
            page: list.page,
            pageSize: list.pageSize,
            total: list.total,
            basePath: "/tickets",
            query: filterQuery(filters),
          }}
        />
      </Section>
    </>
  );
}
