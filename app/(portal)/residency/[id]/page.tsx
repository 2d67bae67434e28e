import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { pageHistory } from "@/lib/audit/queries";
import type { SearchParams } from "@/lib/forms/url-filters";
import { canFileResidency, canSeeResidency } from "@/lib/residency/policy";
import { getRequestForUser } from "@/lib/residency/queries";
import { chinaDate } from "@/lib/time/china";
import { RecordHistory } from "@/components/history/record-history";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { ApplicantForm } from "@/components/residency/applicant-form";
import { applicantOptions } from "@/components/residency/options";
import { NextSteps } from "@/components/residency/next-steps";
import { editDraft } from "../actions";
import { ChecklistSection } from "./checklist-section";
import { RequestActions } from "./request-actions";
import { AppointmentSection } from "./appointment-section";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  const request = await getRequestForUser(await requirePermission(canSeeResidency), (await params).id);
  return { title: request?.number };
}

export default async function ResidencyRequestPage({ params, searchParams }: Props) {
  // Admins see no requests; the query's scope answers "not found" for every out-of-scope id.
  const user = await requirePermission(canSeeResidency);
  const request = await getRequestForUser(user, (await params).id);
  if (!request) notFound();
  const history = await pageHistory(
    user,
    "ResidencyRequest",
    request.id,
    await searchParams,
    `/residency/${request.id}`,
  );
  const [t, locale] = await Promise.all([getTranslations("residency"), getLocale()]);
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : "—");
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold text-brand-900">
            {t(`kinds.${request.kind}`)} · {request.applicantName}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <span className="tabular-nums text-slate-600">{request.number}</span>
            <span className="rounded bg-slate-100 px-1.5" data-testid="request-status">
              {t(`statuses.${request.status}`)}
            </span>
            {request.greenChannel ? (
              <span className="rounded bg-emerald-100 px-1.5 text-emerald-800">{t("green")}</span>
            ) : null}
          </div>
        </div>
        {request.status === "NEEDS_MATERIALS" && request.materialsNote ? (
          <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" role="note">
            {t("materialsNote")}: {request.materialsNote}
          </p>
        ) : null}
        {request.status === "REJECTED" && request.rejectReason ? (
          <p className="rounded bg-red-50 p-2 text-sm text-red-900" role="note">
            {t("rejectReason")}: {request.rejectReason}
          </p>
        ) : null}
        {canFileResidency(user) ? <NextSteps request={request} /> : null}
        <ChecklistSection user={user} request={request} />
        <RequestActions user={user} request={request} />
        <AppointmentSection user={user} request={request} />
        {canFileResidency(user) && request.status === "DRAFT" ? (
          <Section title={t("editDraft")} id="edit">
            <ApplicantForm
              action={editDraft}
              draft={{ requestId: request.id, version: request.version }}
              values={{
                applicantName: request.applicantName,
                // The liaison filed the number but sees it masked; editing asks for it again in full.
                applicantIdNumber: "",
                applicantPhone: "",
                education: request.education ?? "",
                serviceMode: request.serviceMode,
                greenChannel: request.greenChannel,
                greenChannelReason: request.greenChannelReason ?? "",
              }}
              {...await applicantOptions()}
              submitLabel={t("saveDraft")}
              cancelHref={`/residency/${request.id}`}
            />
          </Section>
        ) : null}
        <RecordHistory {...history} />
      </div>
      <aside>
        <Section title={t("details")} id="details">
          {request.fullApplicant ? (
            <p className="mb-2 rounded bg-slate-50 p-2 text-xs text-slate-600">{t("fullViewNotice")}</p>
          ) : null}
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {row(t("fields.applicantName"), request.applicantName)}
            {row(
              t("fields.applicantIdNumber"),
              <span className="font-mono">{request.applicantIdNumber}</span>,
              "applicant-id",
            )}
            {row(
              t("fields.applicantPhone"),
              <span className="font-mono">{request.applicantPhone}</span>,
              "applicant-phone",
            )}
            {row(t("fields.education"), request.education ? t(`educations.${request.education}`) : "—")}
            {row(t("fields.serviceMode"), t(`modes.${request.serviceMode}`))}
            {request.greenChannel ? row(t("fields.greenChannelReason"), request.greenChannelReason ?? "—") : null}
            {row(t("enterprise"), name(request.enterprise))}
            {row(t("filedBy"), name(request.createdBy))}
            {row(t("submittedAt"), request.submittedAt ? chinaDate(request.submittedAt) : "—")}
            {row(t("reviewer"), name(request.reviewer))}
            {request.serviceOfficer ? row(t("fields.serviceOfficer"), name(request.serviceOfficer)) : null}
            {request.serviceDate ? row(t("fields.serviceDate"), chinaDate(request.serviceDate)) : null}
            {request.completedAt ? row(t("completedAt"), chinaDate(request.completedAt)) : null}
          </dl>
        </Section>
      </aside>
    </div>
  );
}
