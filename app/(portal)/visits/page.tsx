import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { type CadenceStatus } from "@/lib/visits/cadence";
import { canSeeCountyCadence, canSeeVisits } from "@/lib/visits/policy";
import { chinaDate } from "@/lib/time/china";
import {
  cadenceDaysFor,
  cadencePageForOfficer,
  countyOverduePage,
  overdueByOfficer,
  VISIT_PAGE_SIZE,
  type CadenceRow,
  type OfficerOverdue,
  type OverdueRow,
} from "@/lib/visits/queries";
import { DataTable, type Column, type DataTablePagination } from "@/components/ui/data-table";
import { parsePage } from "@/components/ui/pagination";
import { PageTitle, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";

type T = Awaited<ReturnType<typeof getTranslations<"visits">>>;

export async function generateMetadata() {
  return { title: (await getTranslations("visits"))("title") };
}

export default async function VisitsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission(canSeeVisits);
  const page = parsePage((await searchParams).page);
  const [t, locale, days] = await Promise.all([getTranslations("visits"), getLocale(), cadenceDaysFor(user.bureauId)]);
  const chief = canSeeCountyCadence(user);
  return (
    <>
      <PageTitle subtitle={t(chief ? "chiefSubtitle" : "officerSubtitle", { days })}>{t("title")}</PageTitle>
      {chief ? (
        <ChiefView user={user} t={t} locale={locale} page={page} />
      ) : (
        <OfficerView user={user} t={t} locale={locale} page={page} />
      )}
    </>
  );
}

type ViewProps = { user: SessionUser; t: T; locale: string; page: number };

const pagination = (page: number, total: number): DataTablePagination => ({
  page,
  pageSize: VISIT_PAGE_SIZE,
  total,
  basePath: "/visits",
});

async function OfficerView({ user, t, locale, page }: ViewProps) {
  const { rows, total } = await cadencePageForOfficer(user, page);
  return (
    <Section title={t("myEnterprises")} id="my-enterprises">
      <CadenceTable
        rows={rows}
        t={t}
        locale={locale}
        caption={t("myEnterprisesCaption")}
        empty={t("noEnterprises")}
        pagination={pagination(page, total)}
      />
    </Section>
  );
}

async function ChiefView({ user, t, locale, page }: ViewProps) {
  const [officers, overdue] = await Promise.all([overdueByOfficer(user), countyOverduePage(user, page)]);
  const columns: Column<OfficerOverdue>[] = [
    { key: "officer", header: t("officer"), rowHeader: true, cell: (o) => localized(locale, o.name, o.nameEn) },
    { key: "assigned", header: t("assigned"), align: "end", className: "tabular-nums", cell: (o) => o.assigned },
    {
      key: "overdue",
      header: t("overdueCount"),
      align: "end",
      className: "tabular-nums",
      cell: (o) => <span className={o.overdue ? "font-semibold text-red-700" : undefined}>{o.overdue}</span>,
    },
  ];
  return (
    <div className="space-y-4">
      <Section title={t("byOfficer")} id="by-officer">
        <DataTable
          caption={t("byOfficerCaption")}
          columns={columns}
          rows={officers}
          rowKey={(o) => o.id}
          empty={t("noOfficers")}
        />
      </Section>
      <Section title={t("countyOverdue")} id="county-overdue">
        <CadenceTable
          rows={overdue.rows}
          t={t}
          locale={locale}
          caption={t("countyOverdueCaption")}
          empty={t("noneOverdue")}
          pagination={pagination(page, overdue.total)}
        />
      </Section>
    </div>
  );
}

const BADGE: Record<CadenceStatus, string> = {
  overdue: "bg-red-100 text-red-800",
  never: "bg-amber-100 text-amber-800",
  dueSoon: "bg-yellow-50 text-yellow-800",
  ok: "bg-emerald-50 text-emerald-800",
};

/** Enterprises with their cadence; with an officer column when the rows carry one (the chief's county list). */
function CadenceTable({
  rows,
  t,
  locale,
  caption,
  empty,
  pagination,
}: {
  rows: (CadenceRow | OverdueRow)[];
  t: T;
  locale: string;
  caption: string;
  empty: string;
  pagination: DataTablePagination;
}) {
  type Row = CadenceRow | OverdueRow;
  const withOfficer = rows.some((r) => "officer" in r);
  const name = (r: Row) => localized(locale, r.name, r.nameEn);
  const columns: (Column<Row> | false)[] = [
    {
      key: "enterprise",
      header: t("enterprise"),
      rowHeader: true,
      cell: (r) => (
        <Link href={`/enterprises/${r.id}`} className="text-brand-600 hover:underline">
          {name(r)}
        </Link>
      ),
    },
    withOfficer && {
      key: "officer",
      header: t("officer"),
      cell: (r) => ("officer" in r && r.officer ? localized(locale, r.officer.name, r.officer.nameEn) : "—"),
    },
    {
      key: "lastVisit",
      header: t("lastVisit"),
      className: "tabular-nums",
      cell: (r) => (r.lastVisitAt ? chinaDate(r.lastVisitAt) : t("never")),
    },
    { key: "dueOn", header: t("dueOn"), className: "tabular-nums", cell: (r) => r.dueOn ?? "—" },
    {
      key: "status",
      header: t("status"),
      cell: (r) => (
        <>
          <span className={`rounded px-1.5 py-0.5 text-xs ${BADGE[r.status]}`}>{t(`statuses.${r.status}`)}</span>
          {r.status === "overdue" ? (
            <span className="ml-2 text-xs text-red-700">{t("daysOverdue", { days: r.daysOverdue })}</span>
          ) : null}
        </>
      ),
    },
    {
      key: "logVisit",
      header: t("logVisit"),
      align: "end",
      cell: (r) => (
        <Link
          href={`/visits/new?enterprise=${r.id}`}
          aria-label={t("logVisitFor", { name: name(r) })}
          className="whitespace-nowrap text-brand-600 hover:underline"
        >
          {t("logVisit")}
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      pagination={pagination}
    />
  );
}
