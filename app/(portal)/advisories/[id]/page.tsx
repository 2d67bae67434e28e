import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { markAdvisoryRead } from "@/lib/advisories/commands";
import { percent } from "@/lib/advisories/percent";
import { canAcknowledgeAdvisories, canFollowUpAdvisories, canSeeAdvisories } from "@/lib/advisories/policy";
import { getAdvisoryForUser, PENDING_PAGE_SIZE, pendingRecipients, type PendingFilter } from "@/lib/advisories/queries";
import { targetNamesOf } from "@/lib/advisories/target-names";
import { NAME_LIST } from "@/lib/i18n/list-style";
import type { SessionUser } from "@/lib/auth/session-user";
import type { SearchParams } from "@/lib/forms/url-filters";
import { chinaDate, chinaDateTime } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Link } from "@/components/ui/link";
import { localized } from "@/components/ui/localized";
import { parsePage } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { UrgencyBadge } from "@/components/advisories/urgency-badge";
import { acknowledgeAdvisory, remindAdvisory } from "../actions";
import { AdvisoryButtonForm } from "./button-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };
type Advisory = NonNullable<Awaited<ReturnType<typeof getAdvisoryForUser>>>;
type PendingRow = Awaited<ReturnType<typeof pendingRecipients>>["rows"][number];

export async function generateMetadata({ params }: Props) {
  const advisory = await getAdvisoryForUser(await requirePermission(canSeeAdvisories), (await params).id);
  return { title: advisory?.title };
}

export default async function AdvisoryPage({ params, searchParams }: Props) {
  const user = await requirePermission(canSeeAdvisories);
  const { id } = await params;
  // Opening the advisory is what counts as the enterprise having read it (before it is shown, so the
  // page already says "read").
  if (canAcknowledgeAdvisories(user) && (await getAdvisoryForUser(user, id)))
    await markAdvisoryRead(user, { advisoryId: id });
  const advisory = await getAdvisoryForUser(user, id);
  if (!advisory) notFound();
  const sender = !canAcknowledgeAdvisories(user);
  const [t, locale, targets] = await Promise.all([
    getTranslations("advisories"),
    getLocale(),
    sender ? targetNamesOf(user, advisory) : null,
  ]);
  const now = clock.now();
  const expired = advisory.expiresAt !== null && advisory.expiresAt <= now;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="min-w-0 space-y-4">
        <div>
          <h1 className="text-2xl font-semibold break-words text-brand-900">
            {advisory.title}
            <UrgencyBadge urgent={advisory.urgency === "URGENT"} />
          </h1>
          {expired ? <p className="mt-1 text-sm text-slate-600">{t("expired")}</p> : null}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm break-words whitespace-pre-wrap">{advisory.body}</p>
        </div>
        {advisory.attachments.length ? (
          <Section title={t("attachment")} id="attachment">
            <AttachmentList attachments={advisory.attachments} />
          </Section>
        ) : null}
        {canAcknowledgeAdvisories(user) ? (
          <Section title={t("acknowledged")} id="acknowledge">
            {advisory.own?.acknowledgedAt ? (
              <p className="text-sm" data-testid="acknowledged">
                {t("acknowledgedOn", { time: chinaDateTime(advisory.own.acknowledgedAt) })}
              </p>
            ) : (
              <AdvisoryButtonForm
                action={acknowledgeAdvisory}
                advisoryId={advisory.id}
                label={t("acknowledge")}
                working={t("working")}
                done={t("done.acknowledged")}
                hint={t("pleaseAcknowledge")}
                testId="acknowledge"
              />
            )}
          </Section>
        ) : (
          <FollowUp user={user} advisory={advisory} searchParams={await searchParams} expired={expired} />
        )}
      </div>
      <aside>
        <Section title={t("details")} id="details">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("sentBy")}</dt>
            <dd>{localized(locale, advisory.sender.name, advisory.sender.nameEn)}</dd>
            <dt className="text-slate-600">{t("sentAt")}</dt>
            <dd className="tabular-nums">{chinaDateTime(advisory.createdAt)}</dd>
            <dt className="text-slate-600">{t("expiresAt")}</dt>
            <dd className="tabular-nums">{advisory.expiresAt ? chinaDate(advisory.expiresAt) : t("noExpiry")}</dd>
            <dt className="text-slate-600">{t("fields.urgency")}</dt>
            <dd>{t(`urgencies.${advisory.urgency}`)}</dd>
            {targets ? (
              <>
                <dt className="text-slate-600">{t("target")}</dt>
                <dd data-testid="advisory-target">
                  {t(`targets.${advisory.targetKind}`)}
                  {targets.names.length ? (
                    <span className="block break-words text-slate-700">
                      {t("targetNames", {
                        names: new Intl.ListFormat(locale, NAME_LIST).format(
                          targets.names.map((n) => localized(locale, n.zh, n.en)),
                        ),
                        more: targets.total - targets.names.length,
                      })}
                    </span>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
        </Section>
      </aside>
    </div>
  );
}

/** The sender's side: the rates, the reminder, and who has not read or acknowledged, a page at a time. */
async function FollowUp({
  user,
  advisory,
  searchParams,
  expired,
}: {
  user: SessionUser;
  advisory: Advisory;
  searchParams: SearchParams;
  expired: boolean;
}) {
  const filter: PendingFilter = searchParams.show === "unacknowledged" ? "unacknowledged" : "unread";
  const page = parsePage(searchParams.page);
  const [t, locale, pending] = await Promise.all([
    getTranslations("advisories"),
    getLocale(),
    pendingRecipients(user, advisory.id, filter, page),
  ]);
  const { recipients, read, acknowledged } = advisory.rates;
  const base = `/advisories/${advisory.id}`;
  const columns: Column<PendingRow>[] = [
    {
      key: "enterprise",
      header: t("columns.enterprise"),
      rowHeader: true,
      cell: (r) => localized(locale, r.enterprise.name, r.enterprise.nameEn),
    },
    {
      key: "station",
      header: t("columns.station"),
      cell: (r) => localized(locale, r.enterprise.workstation.station.name, r.enterprise.workstation.station.nameEn),
    },
    {
      key: "readAt",
      header: t("columns.readAt"),
      className: "tabular-nums",
      cell: (r) => (r.readAt ? chinaDateTime(r.readAt) : "—"),
    },
    { key: "reminded", header: t("columns.reminded"), align: "end", cell: (r) => r.remindCount },
  ];
  const tab = (value: PendingFilter, label: string) => (
    <Link
      href={value === "unread" ? base : `${base}?show=unacknowledged`}
      aria-current={filter === value ? "page" : undefined}
      className={`inline-flex min-h-11 items-center rounded-md px-3 text-sm sm:min-h-8 ${
        filter === value ? "bg-brand-600 text-white" : "border border-slate-300 text-slate-700"
      }`}
    >
      {label}
    </Link>
  );
  return (
    <>
      <Section title={t("rates")} id="rates">
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Stat label={t("recipients")} value={recipients} testId="advisory-recipients" />
          <Stat label={t("read")} value={read} hint={`${percent(read, recipients)}%`} testId="advisory-read" />
          <Stat
            label={t("acknowledged")}
            value={acknowledged}
            hint={`${percent(acknowledged, recipients)}%`}
            testId="advisory-acknowledged"
          />
        </dl>
        {canFollowUpAdvisories(user) && !expired && acknowledged < recipients ? (
          <div className="mt-4">
            <AdvisoryButtonForm
              action={remindAdvisory}
              advisoryId={advisory.id}
              label={t("remind")}
              working={t("working")}
              done={t("done.reminded")}
              hint={
                advisory.lastRemindedAt
                  ? `${t("remindHint")} ${t("lastReminded", { time: chinaDateTime(advisory.lastRemindedAt) })}`
                  : t("remindHint")
              }
              testId="remind"
            />
          </div>
        ) : null}
      </Section>
      <Section title={t("pending")} id="pending">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <div className="flex gap-2">
            {tab("unread", t("showUnread"))}
            {tab("unacknowledged", t("showUnacknowledged"))}
          </div>
          {/* A plain link: a file download, not a page to prefetch. */}
          <a href={`${base}/export?show=${filter}`} className="text-sm text-brand-600 underline">
            {t("export")}
          </a>
        </div>
        <DataTable
          caption={t("pendingCaption", { filter: t(`filters.${filter}`) })}
          columns={columns}
          rows={pending.rows}
          rowKey={(r) => r.enterprise.id}
          empty={t("pendingNone")}
          pagination={{
            page,
            pageSize: PENDING_PAGE_SIZE,
            total: pending.total,
            basePath: base,
            query: { show: filter === "unread" ? undefined : filter },
          }}
        />
      </Section>
    </>
  );
}
