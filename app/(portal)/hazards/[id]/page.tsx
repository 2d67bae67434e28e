import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { pageHistory } from "@/lib/audit/queries";
import type { SearchParams } from "@/lib/forms/url-filters";
import { isHazardOverdue } from "@/lib/hazards/machine";
import { canSeeHazards } from "@/lib/hazards/policy";
import { getHazardForUser } from "@/lib/hazards/queries";
import { chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { RecordHistory } from "@/components/history/record-history";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { HazardActions } from "./hazard-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  const hazard = await getHazardForUser(await requirePermission(canSeeHazards), (await params).id);
  return { title: hazard?.description.slice(0, 40) };
}

export default async function HazardPage({ params, searchParams }: Props) {
  // Admins see no hazards; the query's scope answers "not found" for every out-of-scope id.
  const user = await requirePermission(canSeeHazards);
  const hazard = await getHazardForUser(user, (await params).id);
  if (!hazard) notFound();
  const history = await pageHistory(user, "Hazard", hazard.id, await searchParams, `/hazards/${hazard.id}`);
  const [t, tv, locale] = await Promise.all([getTranslations("hazards"), getTranslations("visits"), getLocale()]);
  const now = clock.now();
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : "—");
  // Photos taken when listing come from the listing officer; the enterprise's come with its report.
  const listingPhotos = hazard.attachments.filter((a) => a.uploadedById === hazard.listedById);
  const rectificationPhotos = hazard.attachments.filter((a) => a.uploadedById !== hazard.listedById);
  const source = hazard.ticket
    ? t("sourceTicketShort", { number: hazard.ticket.number })
    : hazard.visit
      ? t("sourceVisit", { date: chinaDate(hazard.visit.visitedAt), kind: tv(`kinds.${hazard.visit.kind}`) })
      : t(`sources.${hazard.source}`);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold text-brand-900">{hazard.description}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <span className="rounded bg-slate-100 px-1.5">{t(`statuses.${hazard.status}`)}</span>
            <span>{t(`severities.${hazard.severity}`)}</span>
            {isHazardOverdue(hazard, now) ? (
              <span className="rounded bg-red-100 px-1.5 text-red-800">{t("overdueLine")}</span>
            ) : null}
          </div>
        </div>
        {hazard.repeatOf ? (
          <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">
            <Link href={`/hazards/${hazard.repeatOf.id}`} className="hover:underline">
              {t("repeatOf", { date: chinaDate(hazard.repeatOf.createdAt), description: hazard.repeatOf.description })}
            </Link>
          </p>
        ) : null}
        {listingPhotos.length ? (
          <Section title={t("fields.photos")} id="photos">
            <AttachmentList attachments={listingPhotos} />
          </Section>
        ) : null}
        {hazard.rectifyNote || rectificationPhotos.length ? (
          <Section title={t("rectifyNote")} id="rectification">
            {hazard.rectifyNote ? <p className="whitespace-pre-wrap text-sm">{hazard.rectifyNote}</p> : null}
            {rectificationPhotos.length ? (
              <div className="mt-3">
                <AttachmentList attachments={rectificationPhotos} />
              </div>
            ) : null}
          </Section>
        ) : null}
        {hazard.sendBackReason && hazard.status !== "CLOSED" ? (
          <p className="rounded bg-slate-100 p-2 text-sm">
            {t("sendBackReason")}: {hazard.sendBackReason}
          </p>
        ) : null}
        <HazardActions user={user} hazard={hazard} />
        <RecordHistory {...history} />
      </div>
      <aside>
        <Section title={t("details")} id="details">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-500">{t("enterprise")}</dt>
            <dd>{name(hazard.enterprise)}</dd>
            <dt className="text-slate-500">{t("source")}</dt>
            <dd>
              {hazard.ticket ? (
                <Link href={`/tickets/${hazard.ticket.id}`} className="text-brand-600 hover:underline">
                  {source}
                </Link>
              ) : (
                source
              )}
            </dd>
            <dt className="text-slate-500">{t("location")}</dt>
            <dd>{hazard.location || "—"}</dd>
            <dt className="text-slate-500">{t("deadline")}</dt>
            <dd className="tabular-nums">{chinaDate(hazard.deadline)}</dd>
            <dt className="text-slate-500">{t("listedBy")}</dt>
            <dd>{name(hazard.listedBy)}</dd>
            <dt className="text-slate-500">{t("listedAt")}</dt>
            <dd className="tabular-nums">{chinaDate(hazard.createdAt)}</dd>
            {hazard.rectifiedAt ? (
              <>
                <dt className="text-slate-500">{t("rectifiedAt")}</dt>
                <dd className="tabular-nums">{chinaDate(hazard.rectifiedAt)}</dd>
              </>
            ) : null}
            {hazard.verifiedBy ? (
              <>
                <dt className="text-slate-500">{t("verifiedBy")}</dt>
                <dd>{name(hazard.verifiedBy)}</dd>
              </>
            ) : null}
            {hazard.closedAt ? (
              <>
                <dt className="text-slate-500">{t("closedAt")}</dt>
                <dd className="tabular-nums">{chinaDate(hazard.closedAt)}</dd>
              </>
            ) : null}
          </dl>
        </Section>
      </aside>
    </div>
  );
}
