import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NAME_LIST } from "@/lib/i18n/list-style";
import type { SessionUser } from "@/lib/auth/session-user";
import { DOCUMENT_REVIEW_STATUSES, EDITABLE_STATUSES, missingItems } from "@/lib/residency/machine";
import { canFileResidency, canReviewResidency } from "@/lib/residency/policy";
import type { ResidencyDetail } from "@/lib/residency/queries";
import { TicketActionForm } from "@/components/tickets/action-form";
import { localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { reviewDocument, uploadDocument } from "../actions";
import { ChecklistFileField, ChecklistUpload } from "./checklist-upload";
import { SingleAttachment } from "@/components/attachments/single-attachment";

const BADGES = {
  MISSING: "bg-slate-100 text-slate-700",
  RECEIVED: "bg-sky-100 text-sky-800",
  ACCEPTED: "bg-emerald-100 text-emerald-800",
  REJECTED: "bg-red-100 text-red-800",
} as const;

/** The document checklist: each item's state and file, and what this user may do with it now. */
export async function ChecklistSection({ user, request }: { user: SessionUser; request: ResidencyDetail }) {
  const [t, ta, locale, format] = await Promise.all([
    getTranslations("residency"),
    getTranslations("attachments"),
    getLocale(),
    getFormatter(),
  ]);
  const canUpload = canFileResidency(user) && EDITABLE_STATUSES.includes(request.status);
  const canReview = canReviewResidency(user) && DOCUMENT_REVIEW_STATUSES.includes(request.status);
  const ref = { requestId: request.id, version: request.version };
  const missing = missingItems(request.documents.map((d) => ({ ...d.requirement, status: d.status })));
  const list = (
    <ul className="divide-y divide-slate-100">
      {request.documents.map((d, index) => (
        <li key={d.id} className="py-3" data-testid={`doc-${d.requirement.code}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium">
              {localized(locale, d.requirement.label, d.requirement.labelEn)}
              <span className="ml-2 text-xs font-normal text-slate-500">
                {d.requirement.required ? t("required") : t("optional")}
              </span>
            </span>
            <span className={`rounded px-1.5 text-sm ${BADGES[d.status]}`} data-testid="doc-status">
              {t(`docStatuses.${d.status}`)}
            </span>
          </div>
          {d.attachment ? <SingleAttachment attachment={d.attachment} /> : null}
          {d.status === "REJECTED" && d.rejectReason ? (
            <p className="mt-1 text-sm text-red-800">
              {t("docRejectReason")}: {d.rejectReason}
            </p>
          ) : null}
          {canUpload ? (
            <ChecklistFileField
              index={index}
              documentId={d.id}
              label={ta(d.attachment ? "checklist.replaceFor" : "checklist.fileFor", {
                item: localized(locale, d.requirement.label, d.requirement.labelEn),
              })}
              testId={`upload-${d.requirement.code}`}
            />
          ) : null}
          {canReview && d.status !== "MISSING" ? (
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {d.status !== "ACCEPTED" ? (
                <TicketActionForm
                  action={reviewDocument}
                  hidden={{ ...ref, documentId: d.id, decision: "ACCEPT" }}
                  submitLabel={t("do.acceptDoc")}
                  tone="secondary"
                  testId={`accept-${d.requirement.code}`}
                />
              ) : (
                <span />
              )}
              {d.status !== "REJECTED" ? (
                <TicketActionForm
                  action={reviewDocument}
                  hidden={{ ...ref, documentId: d.id, decision: "REJECT" }}
                  fields={[
                    {
                      name: "reason",
                      label: t("fields.docReason"),
                      kind: "textarea",
                      required: true,
                      maxLength: 500,
                    },
                  ]}
                  submitLabel={t("do.rejectDoc")}
                  tone="danger"
                  confirm={false}
                  testId={`reject-${d.requirement.code}`}
                />
              ) : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <Section title={t("checklist")} id="checklist">
      {canUpload && missing.length ? (
        <p className="mb-3 rounded bg-amber-50 p-2 text-sm text-amber-900">
          {t("missingLine", {
            items: format.list(
              missing.map((m) => localized(locale, m.label, m.labelEn)),
              NAME_LIST,
            ),
          })}
        </p>
      ) : null}
      {canUpload ? (
        <ChecklistUpload action={uploadDocument} requestId={request.id} version={request.version}>
          {list}
        </ChecklistUpload>
      ) : (
        list
      )}
    </Section>
  );
}
