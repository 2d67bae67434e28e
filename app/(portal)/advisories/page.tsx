import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { canAcknowledgeAdvisories, canSeeAdvisories, canSendAdvisories } from "@/lib/advisories/policy";
import { ADVISORY_PAGE_SIZE, listReceivedAdvisories, listSentAdvisories } from "@/lib/advisories/queries";
import type { SearchParams } from "@/lib/forms/url-filters";
import { chinaDate } from "@/lib/time/china";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Link } from "@/components/ui/link";
import { localized } from "@/components/ui/localized";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { PageTitle, Section } from "@/components/ui/section";
import { Rate } from "@/components/advisories/rate";
import { ReceivedList } from "@/components/advisories/received-list";
import { UrgencyBadge } from "@/components/advisories/urgency-badge";

export async function generateMetadata() {
  return { title: (await getTranslations("advisories"))("title") };
}

type Props = { searchParams: Promise<SearchParams> };
type SentRow = Awaited<ReturnType<typeof listSentAdvisories>>["rows"][number];

export default async function AdvisoriesPage({ searchParams }: Props) {
  const user = await requirePermission(canSeeAdvisories);
  const page = parsePage((await searchParams).page);
  const [t, locale] = await Promise.all([getTranslations("advisories"), getLocale()]);

  if (canAcknowledgeAdvisories(user)) {
    const { rows, total } = await listReceivedAdvisories(user, { page });
    return (
      <>
        <PageTitle subtitle={t("receivedSubtitle")}>{t("title")}</PageTitle>
        <Section title={t("receivedCaption")} id="received">
          <ReceivedList rows={rows} empty={t("noneReceived")} />
          <Pagination page={page} pageSize={ADVISORY_PAGE_SIZE} total={total} basePath="/advisories" />
        </Section>
      </>
    );
  }

  const { rows, total } = await listSentAdvisories(user, page);
  const columns: Column<SentRow>[] = [
    {
      key: "title",
      header: t("columns.title"),
      rowHeader: true,
      cell: (a) => (
        <>
          <Link href={`/advisories/${a.id}`} className="font-medium text-brand-600 hover:underline">
            {a.title}
          </Link>
          <UrgencyBadge urgent={a.urgency === "URGENT"} />
        </>
      ),
    },
    { key: "sentAt", header: t("columns.sentAt"), className: "tabular-nums", cell: (a) => chinaDate(a.createdAt) },
    { key: "sender", header: t("columns.sender"), cell: (a) => localized(locale, a.sender.name, a.sender.nameEn) },
    { key: "recipients", header: t("columns.recipients"), align: "end", cell: (a) => a.rates.recipients },
    {
      key: "read",
      header: t("columns.readRate"),
      align: "end",
      className: "tabular-nums",
      cell: (a) => <Rate count={a.rates.read} total={a.rates.recipients} />,
    },
    {
      key: "acknowledged",
      header: t("columns.ackRate"),
      align: "end",
      className: "tabular-nums",
      cell: (a) => <Rate count={a.rates.acknowledged} total={a.rates.recipients} />,
    },
  ];
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      {canSendAdvisories(user) ? (
        <div className="mb-4 flex justify-end">
          <ButtonLink href="/advisories/new" icon={Plus} size="sm">
            {t("new")}
          </ButtonLink>
        </div>
      ) : null}
      <Section title={t("caption")} id="sent">
        <DataTable
          caption={t("caption")}
          columns={columns}
          rows={rows}
          rowKey={(a) => a.id}
          empty={t("none")}
          pagination={{ page, pageSize: ADVISORY_PAGE_SIZE, total, basePath: "/advisories" }}
        />
      </Section>
    </>
  );
}
